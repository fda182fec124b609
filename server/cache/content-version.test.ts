import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeThemes } from "@/server/test/factories";
import { contentAreas, contentVersions, privateTables, versionKey } from "./content-version";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await makeThemes(t.db, ["cv-theme"]);
});
afterAll(async () => t.close());

describe("content versions", () => {
  it("has a counter trigger on exactly the content tables, with the area this module names", async () => {
    const tables = await t.db.$queryRaw<{ name: string }[]>`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
    const triggers = await t.db.$queryRaw<{ table: string; args: string }[]>`
      SELECT c.relname AS "table", encode(tg.tgargs, 'escape') AS args
      FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid
      WHERE tg.tgname LIKE '%\_content\_version' AND NOT tg.tgisinternal`;
    const expected = Object.entries(contentAreas).flatMap(([area, names]) => names.map((table) => `${table}=${area}`));
    expect(triggers.map((tr) => `${tr.table}=${tr.args.replace(/\\000$/, "")}`).sort()).toEqual(expected.sort());
    // A new table must be put in an area or declared private, so no cache forgets it.
    const known = new Set<string>([...Object.values(contentAreas).flat(), ...privateTables]);
    expect(tables.map((r) => r.name).filter((name) => !known.has(name))).toEqual([]);
  });

  it("bumps an area once per transaction, and only when it commits", async () => {
    const before = await contentVersions(t.db);
    const theme = await t.db.theme.findFirstOrThrow();
    await t.db.$transaction(async (tx) => {
      await tx.network.create({ data: { slug: "cv-one", name: "CV One", scope: "GLOBAL", region: "Europe", membershipModel: "open" } });
      await tx.network.create({ data: { slug: "cv-two", name: "CV Two", scope: "GLOBAL", region: "Europe", membershipModel: "open" } });
      await tx.theme.update({ where: { id: theme.id }, data: { position: theme.position } });
      // Inside the transaction nothing is visible yet: the bump happens at commit.
      expect((await contentVersions(tx)).registry).toBe(before.registry);
    });
    const after = await contentVersions(t.db);
    expect(BigInt(after.registry) - BigInt(before.registry)).toBe(1n);
    expect(after.forum).toBe(before.forum);
    expect(versionKey(after, ["registry", "forum"])).not.toBe(versionKey(before, ["registry", "forum"]));
    expect(versionKey(after, ["forum"])).toBe(versionKey(before, ["forum"]));

    await expect(
      t.db.$transaction(async (tx) => {
        await tx.network.create({ data: { slug: "cv-three", name: "CV Three", scope: "GLOBAL", region: "Europe", membershipModel: "open" } });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect((await contentVersions(t.db)).registry).toBe(after.registry);
  });

  it("lets concurrent transactions over several areas commit without deadlocks", async () => {
    const before = await contentVersions(t.db);
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.db.$transaction(async (tx) => {
          const theme = () => tx.theme.create({ data: { slug: `cv-t${i}`, position: 100 + i, nameEn: "t", nameZh: "t", nameFr: "t", nameEs: "t" } });
          const category = () => tx.forumCategory.create({ data: { slug: `cv-c${i}`, position: 100 + i } });
          // Half write forum then registry rows, half the other way round; the counters lock in one order.
          if (i % 2) await category().then(theme);
          else await theme().then(category);
        }),
      ),
    );
    const after = await contentVersions(t.db);
    expect(BigInt(after.registry) - BigInt(before.registry)).toBe(12n);
    expect(BigInt(after.forum) - BigInt(before.forum)).toBe(12n);
  });
});
