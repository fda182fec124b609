import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backup, restore } from "./backup";
import { openAdapter, type DatabaseTarget } from "./connection";
import { applyMigrations } from "./schema-engine";

// Back up, write more, restore into a fresh place: the restored copy holds what the backup held, and only that.
// The embedded case runs in the pglite project, the server case in the postgres one (TEST_DATABASE_URL).
const onServer = process.env.CONCORD_TEST_DB === "postgres";
let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "concord-backup-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function withDb<T>(target: DatabaseTarget, run: (query: (sql: string, params?: unknown[]) => Promise<unknown[]>) => Promise<T>): Promise<T> {
  if (target.kind === "server") {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      return await run(async (sql, params) => (await client.query(sql, params)).rows);
    } finally {
      await client.end();
    }
  }
  const adapter = await openAdapter(target);
  try {
    return await run(async (sql, params) => (await adapter.pglite!.query(sql, params)).rows);
  } finally {
    await adapter.close();
  }
}

const addUser = (target: DatabaseTarget, email: string) =>
  withDb(target, (query) =>
    query(`INSERT INTO "User" (id, name, email, "passwordHash", "updatedAt") VALUES ($1, 'Backup Check', $2, 'x', now())`, [randomBytes(8).toString("hex"), email]),
  );
const emails = (target: DatabaseTarget) =>
  withDb(target, async (query) => ((await query(`SELECT email FROM "User" ORDER BY email`)) as { email: string }[]).map((r) => r.email));

async function migrated(target: DatabaseTarget) {
  const adapter = await openAdapter(target);
  try {
    await applyMigrations(adapter.factory);
  } finally {
    await adapter.close();
  }
}

const serverDatabases: string[] = [];
async function newServerDatabase(): Promise<DatabaseTarget> {
  const base = process.env.TEST_DATABASE_URL!;
  const name = `concord_backup_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  serverDatabases.push(name);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return { kind: "server", url: url.toString() };
}
afterAll(async () => {
  if (!serverDatabases.length) return;
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  for (const name of serverDatabases) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

describe.skipIf(onServer)("embedded backup and restore", () => {
  it("restores a stopped folder's backup, with its session secret, into a fresh folder only", async () => {
    const source: DatabaseTarget = { kind: "embedded", dataDir: path.join(root, "source") };
    await migrated(source);
    writeFileSync(`${source.dataDir}.secret`, "the-session-secret");
    await addUser(source, "kept@example.org");
    const file = path.join(root, "embedded.backup");
    const result = await backup(source, file);
    expect(result).toMatchObject({ live: false, secret: `${file}.secret` });
    await addUser(source, "later@example.org");

    const fresh: DatabaseTarget = { kind: "embedded", dataDir: path.join(root, "fresh") };
    await restore(fresh, file);
    expect(await emails(fresh)).toEqual(["kept@example.org"]);
    expect(readFileSync(`${fresh.dataDir}.secret`, "utf8")).toBe("the-session-secret");
    await expect(restore(fresh, file)).rejects.toThrow(/not empty/);
    expect(existsSync(`${fresh.dataDir}.lock`)).toBe(false);
  });
});

describe.skipIf(!onServer)("server backup and restore (pg_dump / pg_restore, custom format)", () => {
  it("restores into an empty database exactly what the backup held", async () => {
    const source = await newServerDatabase();
    await migrated(source);
    await addUser(source, "kept@example.org");
    const file = path.join(root, "server.backup");
    await backup(source, file);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe("PGDMP");
    await addUser(source, "later@example.org");

    const fresh = await newServerDatabase();
    await restore(fresh, file);
    expect(await emails(fresh)).toEqual(["kept@example.org"]);
    // The restored database is a working Concord database: its migrations are recorded.
    expect(await withDb(fresh, (query) => query(`SELECT 1 FROM "_prisma_migrations" LIMIT 1`))).toHaveLength(1);
    await expect(restore(fresh, file)).rejects.toThrow(/not empty/);
  });
});
