import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import http, { type ServerResponse } from "node:http";
import type { Server } from "node:net";
import path from "node:path";
import { stampPeerAddress } from "../server/auth/client-address";
import { servePGliteBackups } from "../server/db/backup";
import { databaseTargetFromEnv, servingPGlite } from "../server/db/connection";
import { acquireDataDirLock, DataDirLockedError, releaseDataDirLock } from "../server/db/lock";
import { prepareDatabase } from "../server/db/prepare";
import { withRequestSignal } from "../server/runtime/request-signal";
import { runShutdownHooks, onShutdown } from "../server/runtime/shutdown";

// `npm start`: take the embedded folder, build when the sources changed, migrate and seed, then
// serve Next in this same process (no `next start` child: one process, one PGlite, and SIGTERM
// reaches the code that can drain requests and close the database).
const production = process.env.NODE_ENV === "production";
const port = Number(process.env.PORT ?? "3000");
const shutdownTimeout = Number(process.env.CONCORD_SHUTDOWN_TIMEOUT_MS ?? 10_000);
process.env.CONCORD_DEMO ??= production ? "0" : "1";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

const target = databaseTargetFromEnv();
const dataDir = target.kind === "embedded" ? target.dataDir : undefined;
if (dataDir) {
  try {
    acquireDataDirLock(dataDir);
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

if (!process.env.NEXTAUTH_SECRET) {
  if (production) {
    console.error("NEXTAUTH_SECRET must be set when NODE_ENV=production.");
    process.exit(1);
  }
  // A local, per-machine secret kept beside the embedded data (never committed).
  const file = `${dataDir ?? path.resolve(".data")}.secret`;
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  process.env.NEXTAUTH_SECRET = readFileSync(file, "utf8").trim();
}

function newestSourceTime(dirs: string[]): number {
  let newest = 0;
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  dirs.forEach(walk);
  return newest;
}

const buildId = path.resolve(process.env.CONCORD_DIST_DIR || ".next", "BUILD_ID");
const sources = ["app", "components", "lib", "server", "messages", "next.config.js", "proxy.ts", "instrumentation.ts", "package.json"];
const stale =
  !existsSync(buildId) ||
  newestSourceTime(sources.filter((s) => !s.includes("."))) > statSync(buildId).mtimeMs ||
  sources.filter((s) => s.includes(".")).some((f) => existsSync(f) && statSync(f).mtimeMs > statSync(buildId).mtimeMs);
if (stale && process.env.CONCORD_SKIP_BUILD !== "1") {
  console.log("Building Concord (first start or changed sources)…");
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Migrating and seeding use their own PGlite instance, closed when done; the app opens its own at its
// first query (sharing one instance, starts under heavy load hung every query of the app).
await prepareDatabase({ seed: true, demo: process.env.CONCORD_DEMO === "1" });
if (dataDir) onShutdown("the data folder lock", () => releaseDataDirLock(dataDir));

// What `next start` does for itself: React and Next pick their production builds from NODE_ENV.
Object.assign(process.env, { NODE_ENV: "production" });
const { default: next } = await import("next");
const app = next({ dev: false, dir: process.cwd(), port });
await app.prepare();
const handle = app.getRequestHandler();
// instrumentation.ts stamps the peer address too; stamping here as well does not depend on Next running it first.
stampPeerAddress(http);

const inFlight = new Set<ServerResponse>();
const server = http.createServer((req, res) => {
  inFlight.add(res);
  res.on("close", () => {
    inFlight.delete(res);
    if (shuttingDown) server.closeIdleConnections();
  });
  void withRequestSignal(res, () => handle(req, res));
});
server.on("error", (error) => {
  console.error(`Concord could not serve on port ${port}: ${error.message}`);
  process.exit(1);
});
let shuttingDown = false;
const backups: { server?: Server } = {};
async function shutdown(signal: NodeJS.Signals) {
  if (shuttingDown) {
    console.error(`${signal} again: exiting without waiting.`);
    process.exit(1);
  }
  shuttingDown = true;
  // Closing the database can itself hang (a database that stopped answering): a supervisor still gets an exit.
  setTimeout(() => {
    console.error("Shutdown did not finish in time; exiting.");
    process.exit(1);
  }, shutdownTimeout + 5_000).unref();
  console.log(`${signal}: no new connections; waiting for ${inFlight.size} request(s) to finish.`);
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  // Event streams never finish by themselves; their browsers reconnect (to another instance, or to this one restarted).
  for (const res of inFlight) if (String(res.getHeader("content-type") ?? "").startsWith("text/event-stream")) res.destroy();
  let timer: NodeJS.Timeout | undefined;
  const drained = await Promise.race([
    closed.then(() => true),
    new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), shutdownTimeout))),
  ]);
  clearTimeout(timer);
  if (!drained) {
    console.error(`${inFlight.size} request(s) still running after ${shutdownTimeout} ms; closing them.`);
    server.closeAllConnections();
  }
  backups.server?.close();
  await app.close().catch(() => undefined);
  const closedAll = await runShutdownHooks();
  process.exit(drained && closedAll ? 0 : 1);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, (s) => void shutdown(s));

await new Promise<void>((resolve) => server.listen(port, resolve));
console.log(`Concord is serving on http://localhost:${port} (process ${process.pid}).`);
// The first request opens the app's database: make it now, so the first visitor and a backup need not wait.
await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => undefined);
if (dataDir) backups.server = await servePGliteBackups(dataDir, () => servingPGlite()?.pglite);
