import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/server/test/db";
import { Prisma } from "@/server/db/generated/client";
import { foldColumn, foldText } from "./search";

// The SQL fold (concord_fold, which the trigram indexes on city and network names are built on)
// must fold exactly as the JavaScript one folds the query, or a search would miss.
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe("concord_fold", () => {
  it("folds like foldText", async () => {
    // The letters of the translate table (letters outside it, such as Vietnamese "ẵ", only the
    // JavaScript side folds: a known gap of the table, not of the index).
    const samples = ["Łódź", "São Paulo", "Besançon", "GDAŃSK", "Malmö", "Česká Ñandú", "Zürich", "Đà Lat"];
    const rows = await t.db.$queryRaw<{ folded: string }[]>`
      SELECT ${foldColumn(Prisma.sql`s`)} AS folded FROM unnest(${samples}::text[]) WITH ORDINALITY AS x(s, i) ORDER BY i`;
    expect(rows.map((r) => r.folded)).toEqual(samples.map(foldText));
  });

  it("lets a city name search use the trigram index", async () => {
    const plan = await t.db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN SELECT id FROM "City" c WHERE ${foldColumn(Prisma.sql`c.name`)} LIKE ${"%ville 12%"}`;
    });
    expect(plan.map((r) => r["QUERY PLAN"]).join("\n")).toContain("City_name_folded_idx");
  });
});
