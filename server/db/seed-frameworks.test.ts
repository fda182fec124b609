import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getFramework, listFrameworks } from "@/server/frameworks/service";
import { search } from "@/server/search/query";
import { createTestDb, type TestDb } from "@/server/test/db";
import { seed } from "./seed";
import { seedFrameworkData, seedFrameworks } from "./seed-frameworks";
import { seedPeople } from "./seed-people";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seed(t.db, { demo: false });
}, 120_000);
afterAll(() => t.close());

describe("frameworks seed", () => {
  it("loads three real frameworks with their official pillars, sources, endorsements, mappings and changelog", async () => {
    const list = await listFrameworks(t.db);
    expect(list.filter((f) => f.isSeed).map((f) => f.slug).sort()).toEqual(seedFrameworkData.map((f) => f.slug).sort());

    const sdg = (await getFramework({ db: t.db, actor: null }, "sdg-11-sustainable-cities-and-communities"))!;
    expect(sdg.sourceUrl).toBe("https://sdgs.un.org/goals/goal11");
    expect(sdg.pillars.map((p) => p.title.split(" ")[0])).toEqual(["11.1", "11.2", "11.3", "11.4", "11.5", "11.6", "11.7", "11.a", "11.b", "11.c"]);
    expect(sdg.pillars[1]!.indicators[0]).toMatch(/^11\.2\.1 /);
    // Targets with nothing mapped are shown as gaps, not filled with invented work.
    expect(sdg.pillars.filter((p) => p.isGap).map((p) => p.title.split(" ")[0])).toEqual(["11.a", "11.c"]);
    expect(sdg.pillars[1]).toMatchObject({ initiativeCount: 1, practiceCount: 3 });
    expect(sdg.pillars[1]!.networks.map((n) => n.slug)).toContain("c40");

    const gcom = (await getFramework({ db: t.db, actor: null }, "global-covenant-of-mayors-common-reporting-framework"))!;
    expect(gcom.endorsements.map((e) => e.network.slug).sort()).toEqual(["c40", "iclei", "uclg"]);
    expect(gcom.pillars.map((p) => p.title)).toEqual(["Mitigation", "Adaptation", "Energy access", "Common Reporting Framework and reporting"]);

    const nua = (await getFramework({ db: t.db, actor: null }, "new-urban-agenda"))!;
    expect(nua.consultationOpen).toBe(true);
    expect(nua.pillars.flatMap((p) => p.comments).length).toBeGreaterThanOrEqual(3);
    for (const f of [sdg, gcom, nua]) {
      expect(f.changes.at(-1)).toMatchObject({ version: 1 });
      expect(f.changes[0]!.version).toBe(f.version);
      expect(f.changes.map((c) => c.version)).toEqual(Array.from({ length: f.version }, (_, i) => f.version - i));
    }
    const found = await search(t.db, { q: "Common Reporting Framework", kind: "FRAMEWORK", limit: 5, offset: 0 });
    expect(found.hits.map((h) => h.slug)).toContain("global-covenant-of-mayors-common-reporting-framework");
  });

  it("maps every listed initiative and practice (none missing from the knowledge seed)", async () => {
    const expected = seedFrameworkData.reduce((n, f) => n + f.pillars.reduce((m, p) => m + (p.initiatives?.length ?? 0) + (p.practices?.length ?? 0), 0), 0);
    expect(await t.db.frameworkMapping.count({ where: { status: "ACCEPTED" } })).toBe(expected);
  });

  it("adds nothing when run again", async () => {
    const count = () => Promise.all([t.db.framework.count(), t.db.frameworkPillar.count(), t.db.frameworkEndorsement.count(), t.db.frameworkMapping.count(), t.db.frameworkComment.count(), t.db.frameworkChange.count()]);
    const before = await count();
    await seedFrameworks(t.db, await seedPeople(t.db));
    expect(await count()).toEqual(before);
  });
});
