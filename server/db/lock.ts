import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";

// PGlite has no postmaster: two processes opening one folder both run, diverge, and lose each
// other's writes. The folder is guarded by `<dataDir>.lock` beside it (not inside, so a data dump
// never carries a lock back in). The file names its owner; an owner that is no longer running
// (or whose PID now belongs to another process) does not keep it.

export type LockOwner = { pid: number; host: string; procStart: string | null; startedAt: string; command: string };

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(
      `The embedded database folder ${dataDir} is in use by another Concord process (PID ${owner.pid} on ${owner.host}, ` +
        `started ${owner.startedAt}: ${owner.command}). Only one process may open it at a time: stop that process first, ` +
        `or point CONCORD_DATA_DIR at another folder. (If that process is gone, delete ${lockPath(dataDir)}.)`,
    );
    this.name = "DataDirLockedError";
  }
}

export const lockPath = (dataDir: string) => `${dataDir}.lock`;

/** The kernel's start time of a process (clock ticks since boot), so a reused PID is told apart. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

function alive(owner: LockOwner): boolean {
  // Another machine's process (a shared folder) cannot be checked from here: assume it runs.
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  const start = processStart(owner.pid);
  return start === null || owner.procStart === null || start === owner.procStart;
}

function readOwner(file: string): LockOwner | null {
  try {
    const value = JSON.parse(readFileSync(file, "utf8")) as Partial<LockOwner>;
    if (typeof value.pid !== "number" || typeof value.host !== "string") return null;
    return {
      pid: value.pid,
      host: value.host,
      procStart: value.procStart ?? null,
      startedAt: value.startedAt ?? "?",
      command: value.command ?? "?",
    };
  } catch {
    return null;
  }
}

const self = (): LockOwner => ({
  pid: process.pid,
  host: hostname(),
  procStart: processStart(process.pid),
  startedAt: new Date(performance.timeOrigin).toISOString(),
  command: process.argv.slice(1).join(" ").slice(0, 200),
});

const isSelf = (owner: LockOwner) =>
  owner.pid === process.pid && owner.host === hostname() && owner.procStart === processStart(process.pid);

// Shared through globalThis: the scripts and Next's server bundle load separate copies of this module.
const held = ((globalThis as { concordDataDirLocks?: Map<string, number> }).concordDataDirLocks ??= new Map());

function tryCreate(file: string, owner: LockOwner): boolean {
  // Written in full to a private file, then linked into place: link fails if the lock exists, and a
  // reader never sees a half-written lock.
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(temp, JSON.stringify(owner), { mode: 0o600 });
  try {
    linkSync(temp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    unlinkSync(temp);
  }
}

/** Moves a dead owner's lock aside; if another process replaced it meanwhile, puts theirs back. */
function takeOver(file: string, stale: LockOwner) {
  const aside = `${file}.stale.${process.pid}`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  const moved = readOwner(aside);
  if (moved && (moved.pid !== stale.pid || moved.procStart !== stale.procStart)) {
    try {
      linkSync(aside, file);
    } catch {
      // Someone else holds it now; the next attempt reads who.
    }
  }
  unlinkSync(aside);
}

/**
 * Takes (or, in a process that already holds it, shares) the lock on an embedded data folder.
 * Throws DataDirLockedError naming the running owner. Each call is paired with `releaseDataDirLock`;
 * the file goes when the last holder releases it, or when the process exits.
 */
export function acquireDataDirLock(dataDir: string): void {
  const count = held.get(dataDir) ?? 0;
  if (count > 0) {
    held.set(dataDir, count + 1);
    return;
  }
  const file = lockPath(dataDir);
  mkdirSync(path.dirname(file), { recursive: true });
  const me = self();
  for (let attempt = 0; ; attempt++) {
    if (tryCreate(file, me)) break;
    const owner = readOwner(file);
    if (owner && isSelf(owner)) break;
    if (owner && alive(owner)) throw new DataDirLockedError(dataDir, owner);
    if (attempt >= 5) throw new Error(`Could not take the lock ${file}; remove it if no Concord process uses ${dataDir}.`);
    // An unreadable lock is a dead owner's or one being replaced: either way take it over and retry.
    takeOver(file, owner ?? { ...me, pid: -1 });
  }
  held.set(dataDir, 1);
  const flags = globalThis as { concordDataDirLockExitHook?: boolean };
  if (!flags.concordDataDirLockExitHook) {
    flags.concordDataDirLockExitHook = true;
    process.once("exit", releaseAllDataDirLocks);
  }
}

export function releaseDataDirLock(dataDir: string): void {
  const count = held.get(dataDir) ?? 0;
  if (count > 1) {
    held.set(dataDir, count - 1);
    return;
  }
  if (count === 1) {
    held.delete(dataDir);
    removeIfOurs(dataDir);
  }
}

/** The process is ending: drop every folder lock it holds, whatever the count. */
export function releaseAllDataDirLocks(): void {
  for (const dataDir of [...held.keys()]) {
    held.delete(dataDir);
    removeIfOurs(dataDir);
  }
}

function removeIfOurs(dataDir: string) {
  const file = lockPath(dataDir);
  const owner = readOwner(file);
  if (!owner || !isSelf(owner)) return;
  try {
    unlinkSync(file);
  } catch {
    // Already gone.
  }
}

/** Who holds the folder now, if a live process does (used by backup to refuse a live folder). */
export function dataDirLockOwner(dataDir: string): LockOwner | null {
  const owner = readOwner(lockPath(dataDir));
  return owner && !isSelf(owner) && alive(owner) ? owner : null;
}
