import { describe, expect, it } from "vitest";
import { createTestDb } from "@/server/test/db";
import { openPGlite, PGliteAdapterFactory } from "./connection";
import { applyMigrations, diffMigrationsToSchema, readMigrations } from "./schema-engine";

describe("migrations", () => {
  it("apply to an empty PGlite, record Prisma's table, and a second run changes nothing", async () => {
    const pglite = await openPGlite();
    try {
      const factory = new PGliteAdapterFactory(pglite);
      const all = (await readMigrations()).migrationDirectories.map((d) => d.path);
      expect(await applyMigrations(factory)).toEqual(all);
      expect(await applyMigrations(factory)).toEqual([]);
      const rows = await pglite.query<{ migration_name: string }>("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name");
      expect(rows.rows.map((r) => r.migration_name)).toEqual(all);
    } finally {
      await pglite.close();
    }
  });

  it("leave the database matching the schema (no pending diff)", async () => {
    const pglite = await openPGlite();
    try {
      expect(await diffMigrationsToSchema(new PGliteAdapterFactory(pglite))).toBe("");
    } finally {
      await pglite.close();
    }
  });

  it("apply to each fresh test database (PGlite copy or new server database) and a second run changes nothing", async () => {
    const t = await createTestDb();
    try {
      const count = await t.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM _prisma_migrations`;
      expect(Number(count[0]!.n)).toBe((await readMigrations()).migrationDirectories.length);
      expect(await applyMigrations(t.factory)).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
