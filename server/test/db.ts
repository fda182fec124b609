import { readFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { inject } from "vitest";
import { createPrismaClient, type Db } from "@/server/db/client";
import { openAdapter, openPGlite, PGliteAdapterFactory } from "@/server/db/connection";
import { applyMigrations } from "@/server/db/schema-engine";

export type TestDb = { db: Db; kind: "pglite" | "postgres"; factory: SqlMigrationAwareDriverAdapterFactory; close(): Promise<void> };

/** A fresh, migrated database for one test file: a PGlite copy, or a new database on the server. */
export async function createTestDb(): Promise<TestDb> {
  if (process.env.CONCORD_TEST_DB === "postgres") return createServerDb();
  const template = await readFile(inject("pgliteTemplate"));
  const pglite = await openPGlite({ loadDataDir: new Blob([template]) });
  const factory = new PGliteAdapterFactory(pglite);
  const db = createPrismaClient(factory);
  return {
    db,
    kind: "pglite",
    factory,
    close: async () => {
      await db.$disconnect();
      await pglite.close();
    },
  };
}

async function createServerDb(): Promise<TestDb> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DATABASE_URL is not set");
  const name = `concord_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const adapter = await openAdapter({ kind: "server", url: url.toString() });
  await applyMigrations(adapter.factory);
  const db = createPrismaClient(adapter.factory);
  return {
    db,
    kind: "postgres",
    factory: adapter.factory,
    close: async () => {
      await db.$disconnect();
      const cleanup = new pg.Client({ connectionString: base });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
