import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { openPGlite, type DatabaseTarget } from "./connection";
import { acquireDataDirLock, dataDirLockOwner, releaseDataDirLock } from "./lock";

// Backups in both modes. A server is dumped with pg_dump's custom format (restorable with
// pg_restore). An embedded folder is dumped with PGlite's dumpDataDir (a gzipped tar of the data
// directory). A running `npm start` holds the folder, so the backup asks that process for the dump
// over a socket beside the folder (`<dataDir>.sock`, owner-only like the folder): the dump is taken
// by the one instance that writes, between two statements, and so is consistent.

export const backupSocketPath = (dataDir: string) => `${dataDir}.sock`;
const secretPath = (dataDirOrFile: string) => `${dataDirOrFile}.secret`;

async function dumpPGlite(pglite: PGlite): Promise<Buffer> {
  // Flushes the WAL into the data files, so the restored copy starts without replaying it.
  await pglite.exec("CHECKPOINT");
  const blob = await pglite.dumpDataDir("gzip");
  return Buffer.from(await blob.arrayBuffer());
}

/** Run by the serving process: answers each connection on the socket with a dump of its instance. */
export async function servePGliteBackups(dataDir: string, pglite: PGlite): Promise<net.Server> {
  const socket = backupSocketPath(dataDir);
  // This process holds the folder lock: a socket file left here is a crashed owner's.
  rmSync(socket, { force: true });
  const server = net.createServer((connection) => {
    connection.once("data", () => {
      dumpPGlite(pglite).then(
        (dump) => connection.end(Buffer.concat([Buffer.from(`ok ${dump.length}\n`), dump])),
        (error: unknown) => connection.end(`error ${error instanceof Error ? error.message : String(error)}\n`),
      );
    });
    connection.on("error", () => undefined);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(socket, resolve);
  });
  chmodSync(socket, 0o600);
  server.unref();
  return server;
}

function askRunningServer(dataDir: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const connection = net.connect(backupSocketPath(dataDir), () => connection.write("dump\n"));
    connection.on("data", (chunk: Buffer) => chunks.push(chunk));
    connection.on("error", (error) => reject(new Error(`The running Concord process did not answer on ${backupSocketPath(dataDir)}: ${error.message}`)));
    connection.on("end", () => {
      const all = Buffer.concat(chunks);
      const newline = all.indexOf(10);
      const header = all.subarray(0, newline).toString();
      const body = all.subarray(newline + 1);
      if (header.startsWith("ok ") && Number(header.slice(3)) === body.length) resolve(body);
      else reject(new Error(`The running Concord process could not make a backup: ${header || "no answer"}`));
    });
  });
}

export type BackupResult = { file: string; bytes: number; secret: string | null; live: boolean };

/** Embedded: from the running server when one holds the folder, else by opening the folder here. */
export async function backupEmbedded(dataDir: string, file: string): Promise<BackupResult> {
  let dump: Buffer;
  let live = false;
  if (dataDirLockOwner(dataDir)) {
    dump = await askRunningServer(dataDir);
    live = true;
  } else {
    if (!existsSync(dataDir)) throw new Error(`There is no embedded database in ${dataDir}.`);
    acquireDataDirLock(dataDir);
    try {
      const pglite = await openPGlite({ dataDir });
      try {
        dump = await dumpPGlite(pglite);
      } finally {
        await pglite.close();
      }
    } finally {
      releaseDataDirLock(dataDir);
    }
  }
  writeFileSync(file, dump, { mode: 0o600 });
  // The session secret is not in the database; without it a restored folder signs everyone out.
  let secret: string | null = null;
  if (existsSync(secretPath(dataDir))) {
    secret = secretPath(file);
    copyFileSync(secretPath(dataDir), secret);
    chmodSync(secret, 0o600);
  }
  return { file, bytes: dump.length, secret, live };
}

/** Embedded: into a folder that does not exist yet or is empty, never over a database. */
export async function restoreEmbedded(file: string, dataDir: string): Promise<{ secret: string | null }> {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new Error(`${dataDir} is not empty. Restore into a new folder (CONCORD_DATA_DIR), or move this one away first.`);
  }
  acquireDataDirLock(dataDir);
  try {
    const pglite = await openPGlite({ dataDir, loadDataDir: new Blob([readFileSync(file)]) });
    try {
      await pglite.query(`SELECT count(*) FROM "_prisma_migrations"`);
    } finally {
      await pglite.close();
    }
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  } finally {
    releaseDataDirLock(dataDir);
  }
  let secret: string | null = null;
  if (existsSync(secretPath(file)) && !existsSync(secretPath(dataDir))) {
    copyFileSync(secretPath(file), secretPath(dataDir));
    chmodSync(secretPath(dataDir), 0o600);
    secret = secretPath(dataDir);
  }
  return { secret };
}

/** pg_dump and pg_restore get the password through the environment, not the (visible) command line. */
function pgTool(tool: "pg_dump" | "pg_restore", url: string, args: string[]) {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  const result = spawnSync(tool, [...args, `--dbname=${parsed.toString()}`], {
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
    encoding: "utf8",
  });
  if (result.error) throw new Error(`${tool} could not run (${result.error.message}); install the PostgreSQL client tools.`);
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr.trim()}`);
}

export function backupServer(url: string, file: string): void {
  pgTool("pg_dump", url, ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`]);
}

/** Server: into an empty database only (a restore over tables would mix two states). */
export async function restoreServer(file: string, url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
    );
    if (rows[0]!.n > 0) throw new Error(`The database ${new URL(url).pathname.slice(1)} is not empty; restore into a new, empty database.`);
  } finally {
    await client.end();
  }
  pgTool("pg_restore", url, ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", file]);
}

export async function backup(target: DatabaseTarget, file: string): Promise<BackupResult> {
  if (target.kind === "server") {
    backupServer(target.url, file);
    return { file, bytes: readFileSync(file).length, secret: null, live: true };
  }
  if (!target.dataDir) throw new Error("An in-memory database has nothing to back up.");
  return backupEmbedded(target.dataDir, file);
}

export async function restore(target: DatabaseTarget, file: string): Promise<{ secret: string | null }> {
  if (!existsSync(file)) throw new Error(`There is no backup file ${file}.`);
  if (target.kind === "server") {
    await restoreServer(file, target.url);
    return { secret: null };
  }
  if (!target.dataDir) throw new Error("Restore needs a data folder (CONCORD_DATA_DIR).");
  return restoreEmbedded(file, target.dataDir);
}
