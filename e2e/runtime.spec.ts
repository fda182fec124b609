import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { test, expect } from "@playwright/test";
import { openAdapter } from "../server/db/connection";

// `npm start` as an operator and a supervisor meet it: real processes on their own folders and
// ports (beside the suite's own server, whose build they reuse).
const basePort = Number(process.env.E2E_PORT ?? 3100);
const PASSWORD = "runtime-check-password-2026";
test.describe.configure({ mode: "serial", timeout: 240_000 });

let root: string;
test.beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "concord-runtime-"));
});
test.afterAll(() => rmSync(root, { recursive: true, force: true }));

type Started = { child: ChildProcess; port: number; output: () => string; exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }> };

function npm(args: string[], env: Record<string, string>): { cmd: string; args: string[]; env: NodeJS.ProcessEnv } {
  // NODE_ENV is blanked (not production), which next-auth's typing of ProcessEnv does not allow for.
  const merged: Record<string, string | undefined> = { ...process.env, DATABASE_URL: "", NEXTAUTH_SECRET: "", NODE_ENV: "", CONCORD_SKIP_BUILD: "1", CONCORD_DEMO: "0", SMTP_URL: "", ...env };
  return { cmd: "npm", args, env: merged as NodeJS.ProcessEnv };
}

function start(dataDir: string, port: number): Started {
  const { cmd, args, env } = npm(["start"], { PORT: String(port), CONCORD_DATA_DIR: dataDir, NEXTAUTH_URL: `http://localhost:${port}` });
  const child = spawn(cmd, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, port, output: () => output, exit };
}

async function healthy(server: Started) {
  for (let i = 0; i < 240; i++) {
    const ok = await fetch(`http://localhost:${server.port}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    if (server.child.exitCode !== null) throw new Error(`server exited early:\n${server.output()}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server never became healthy:\n${server.output()}`);
}

const lockOwner = (dataDir: string) => (JSON.parse(readFileSync(`${dataDir}.lock`, "utf8")) as { pid: number }).pid;
const email = (tag: string) => `runtime-${tag}-${randomBytes(3).toString("hex")}@example.org`;
const signUpBody = (address: string) => JSON.stringify({ json: { name: "Runtime Check", email: address, password: PASSWORD } });

async function signUp(port: number, address: string) {
  const response = await fetch(`http://localhost:${port}/api/trpc/accounts.signUp`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: `http://localhost:${port}` },
    body: signUpBody(address),
  });
  expect(response.status, await response.clone().text()).toBe(200);
}

/** The accounts among `emails` that the folder holds (opened here, so no server may hold it). */
async function storedEmails(dataDir: string, emails: string[]): Promise<string[]> {
  const adapter = await openAdapter({ kind: "embedded", dataDir });
  try {
    const { rows } = await adapter.pglite!.query<{ email: string }>(`SELECT email FROM "User" WHERE email = ANY($1) ORDER BY email`, [emails]);
    return rows.map((r) => r.email);
  } finally {
    await adapter.close();
  }
}

test("a second npm start on the same folder is refused, and no acknowledged write is lost", async () => {
  const dataDir = path.join(root, "shared");
  const first = start(dataDir, basePort + 1);
  await healthy(first);
  const owner = lockOwner(dataDir);

  const second = start(dataDir, basePort + 2);
  const refused = await second.exit;
  expect(refused.code).not.toBe(0);
  expect(second.output()).toContain(dataDir);
  expect(second.output()).toContain(`PID ${owner}`);

  const written = Array.from({ length: 20 }, (_, i) => email(`w${i}`));
  for (const address of written) await signUp(first.port, address);
  first.child.kill("SIGTERM");
  expect(await first.exit).toEqual({ code: 0, signal: null });
  expect(existsSync(`${dataDir}.lock`)).toBe(false);
  expect(await storedEmails(dataDir, written)).toEqual([...written].sort());
});

test("SIGTERM during a request: it completes, the server stops accepting, exits 0 and releases the folder", async () => {
  const dataDir = path.join(root, "drain");
  const server = start(dataDir, basePort + 1);
  await healthy(server);

  // A request whose body is still arriving when the signal comes: in flight, and as slow as we like.
  const address = email("slow");
  const body = Buffer.from(signUpBody(address));
  const socket = net.connect(server.port, "127.0.0.1");
  await new Promise((resolve) => socket.once("connect", resolve));
  let response = "";
  socket.on("data", (chunk: Buffer) => (response += chunk.toString()));
  const ended = new Promise((resolve) => socket.once("close", resolve));
  socket.write(
    `POST /api/trpc/accounts.signUp HTTP/1.1\r\nHost: localhost:${server.port}\r\nOrigin: http://localhost:${server.port}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`,
  );
  socket.write(body.subarray(0, 10));
  await new Promise((r) => setTimeout(r, 1_000));

  server.child.kill("SIGTERM");
  await expect.poll(() => server.output()).toContain("SIGTERM");
  const refused = await fetch(`http://localhost:${server.port}/api/health`).then(() => false, () => true);
  expect(refused, "a new connection during the drain is refused").toBe(true);

  socket.write(body.subarray(10));
  await ended;
  expect(response).toMatch(/^HTTP\/1\.1 200/);
  expect(await server.exit).toEqual({ code: 0, signal: null });
  expect(existsSync(`${dataDir}.lock`)).toBe(false);
  expect(await storedEmails(dataDir, [address])).toEqual([address]);
});

test("a killed server makes npm start fail, and its stale lock does not keep the folder", async () => {
  const dataDir = path.join(root, "killed");
  const server = start(dataDir, basePort + 1);
  await healthy(server);
  const address = email("before-kill");
  await signUp(server.port, address);
  process.kill(lockOwner(dataDir), "SIGKILL");
  expect((await server.exit).code).not.toBe(0);
  expect(existsSync(`${dataDir}.lock`), "the dead owner's lock is still there").toBe(true);

  const again = start(dataDir, basePort + 1);
  await healthy(again);
  expect(lockOwner(dataDir)).not.toBe(server.child.pid);
  again.child.kill("SIGTERM");
  expect((await again.exit).code).toBe(0);
  expect(await storedEmails(dataDir, [address])).toEqual([address]);
});

test("a backup of the running embedded server restores into a fresh folder with exactly what it held", async () => {
  const dataDir = path.join(root, "live");
  const server = start(dataDir, basePort + 1);
  await healthy(server);
  const before = email("in-backup");
  await signUp(server.port, before);

  const file = path.join(root, "live.backup");
  const run = (args: string[], env: Record<string, string>) => {
    const { cmd, args: full, env: fullEnv } = npm(args, env);
    return spawnSync(cmd, full, { env: fullEnv, encoding: "utf8" });
  };
  const backup = run(["run", "db:backup", "--", file], { CONCORD_DATA_DIR: dataDir });
  expect(backup.status, backup.stderr).toBe(0);
  const after = email("after-backup");
  await signUp(server.port, after);
  server.child.kill("SIGTERM");
  expect((await server.exit).code).toBe(0);

  const fresh = path.join(root, "restored");
  const restore = run(["run", "db:restore", "--", file], { CONCORD_DATA_DIR: fresh });
  expect(restore.status, restore.stderr).toBe(0);
  expect(await storedEmails(fresh, [before, after])).toEqual([before]);
  // The session secret travels with the backup, so a restored folder keeps people signed in.
  expect(readFileSync(`${fresh}.secret`, "utf8")).toBe(readFileSync(`${dataDir}.secret`, "utf8"));
  const again = run(["run", "db:restore", "--", file], { CONCORD_DATA_DIR: fresh });
  expect(again.status, "restoring over a database is refused").not.toBe(0);
  expect(again.stderr).toContain("not empty");
});
