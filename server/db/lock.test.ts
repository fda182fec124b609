import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirLockedError, lockPath, releaseDataDirLock } from "./lock";

let root: string;
let dataDir: string;
const children: ChildProcess[] = [];

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "concord-lock-"));
  dataDir = path.join(root, "data");
});
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  releaseDataDirLock(dataDir);
  rmSync(root, { recursive: true, force: true });
});

/** A real second process holding the lock on dataDir. */
async function holder(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", path.resolve("server/test/hold-data-dir-lock.ts"), dataDir], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolve());
    child.once("exit", (code) => reject(new Error(`lock holder exited with ${code}`)));
  });
  return child;
}

const owner = () => JSON.parse(readFileSync(lockPath(dataDir), "utf8")) as { pid: number; procStart: string | null };

describe("the embedded data folder lock", () => {
  it("refuses a second process, naming the folder and the running PID", async () => {
    const child = await holder();
    let error: unknown;
    try {
      acquireDataDirLock(dataDir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect((error as Error).message).toContain(dataDir);
    expect((error as Error).message).toContain(`PID ${child.pid}`);
    expect(owner().pid).toBe(child.pid);
  });

  it("takes over the lock of a process that was killed", async () => {
    const child = await holder();
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    expect(owner().pid).toBe(child.pid);
    acquireDataDirLock(dataDir);
    expect(owner().pid).toBe(process.pid);
  });

  it("takes over a lock whose PID now belongs to another process", () => {
    // Our own PID with another start time: what a reused PID looks like (e.g. PID 1 after a container restart).
    writeFileSync(lockPath(dataDir), JSON.stringify({ pid: process.pid, host: hostname(), procStart: "1", startedAt: "earlier", command: "old" }));
    acquireDataDirLock(dataDir);
    expect(owner()).toMatchObject({ pid: process.pid });
    expect(owner().procStart).not.toBe("1");
  });

  it("is shared within one process and removed when the last holder releases it", () => {
    acquireDataDirLock(dataDir);
    acquireDataDirLock(dataDir);
    releaseDataDirLock(dataDir);
    expect(existsSync(lockPath(dataDir))).toBe(true);
    releaseDataDirLock(dataDir);
    expect(existsSync(lockPath(dataDir))).toBe(false);
  });
});
