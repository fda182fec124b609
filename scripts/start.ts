import { spawn, spawnSync } from "node:child_process";
import { constants } from "node:os";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { prepareDatabase } from "../server/db/prepare";
import { databaseTargetFromEnv } from "../server/db/connection";

// `npm start`: migrate and seed the database, build when the sources changed, then serve.
const production = process.env.NODE_ENV === "production";
const port = process.env.PORT ?? "3000";
process.env.CONCORD_DEMO ??= production ? "0" : "1";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

if (!process.env.NEXTAUTH_SECRET) {
  if (production) {
    console.error("NEXTAUTH_SECRET must be set when NODE_ENV=production.");
    process.exit(1);
  }
  // A local, per-machine secret kept beside the embedded data (never committed).
  const target = databaseTargetFromEnv();
  const dir = target.kind === "embedded" && target.dataDir ? target.dataDir : path.resolve(".data");
  const file = `${dir}.secret`;
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  process.env.NEXTAUTH_SECRET = readFileSync(file, "utf8").trim();
}

await prepareDatabase({ seed: true, demo: process.env.CONCORD_DEMO === "1" });

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
const sources = ["app", "components", "lib", "server", "messages", "next.config.js", "package.json"];
const stale =
  !existsSync(buildId) ||
  newestSourceTime(sources.filter((s) => !s.includes("."))) > statSync(buildId).mtimeMs ||
  sources.filter((s) => s.includes(".")).some((f) => existsSync(f) && statSync(f).mtimeMs > statSync(buildId).mtimeMs);
if (stale && process.env.CONCORD_SKIP_BUILD !== "1") {
  console.log("Building Concord (first start or changed sources)…");
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
// A supervisor must see a dead server as a failure: the child's code, or 128 + signal number as a shell reports it.
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 + constants.signals[signal] : 1)));
