import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { search } from "@/server/search/query";
import { createTestDb, type TestDb } from "@/server/test/db";
import { seed } from "./seed";
import { seedChallengeData, seedChallenges } from "./seed-challenges";
import { seedPeople } from "./seed-people";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seed(t.db, { demo: false });
}, 600_000);
afterAll(() => t.close());

const load = () =>
  t.db.cityChallenge.findMany({
    where: { isSeed: true },
    orderBy: { slug: "asc" },
    select: {
      slug: true,
      supportCount: true,
      responseCount: true,
      city: { select: { slug: true } },
      author: { select: { cityOfficers: { select: { city: { select: { slug: true } } } } } },
      themes: { select: { theme: { select: { slug: true } } } },
      supports: { select: { city: { select: { slug: true } } } },
      offers: { select: { disclosure: true, partner: { select: { slug: true } } } },
      responses: {
        select: {
          kind: true,
          network: { select: { slug: true } },
          initiative: { select: { slug: true, owners: { select: { network: { select: { slug: true } } } } } },
          practice: { select: { slug: true } },
          commitment: true,
        },
      },
    },
  });

describe("seeded city challenges", () => {
  it("are posted by the city personas, each with themes, for the seven persona cities", async () => {
    const challenges = await load();
    expect(challenges).toHaveLength(seedChallengeData.length);
    expect(new Set(challenges.map((c) => c.city.slug))).toEqual(new Set(["nairobi", "wuhan", "seoul", "medellin", "lyon", "durban", "barcelona"]));
    for (const c of challenges) {
      expect(c.themes.length).toBeGreaterThan(0);
      expect(c.author?.cityOfficers.map((o) => o.city.slug)).toContain(c.city.slug);
    }
  });

  it("keep their support and response counts equal to their rows, with supports from other cities only", async () => {
    for (const c of await load()) {
      expect(c.supportCount).toBe(c.supports.length);
      expect(c.responseCount).toBe(c.responses.length);
      expect(c.supports.map((s) => s.city.slug)).not.toContain(c.city.slug);
    }
    // Every support, offer and response of the data set was written: none silently skipped.
    const sum = (f: (c: (typeof seedChallengeData)[number]) => number) => seedChallengeData.reduce((n, c) => n + f(c), 0);
    const counts = await Promise.all([t.db.challengeSupport.count(), t.db.challengeOffer.count(), t.db.challengeResponse.count()]);
    expect(counts).toEqual([sum((c) => c.supports.length), sum((c) => c.offers?.length ?? 0), sum((c) => c.responses.length)]);
  });

  it("link real seeded initiatives (owned by the responding network) and practices, leave at least one unanswered, and disclose partner interests", async () => {
    const challenges = await load();
    const responses = challenges.flatMap((c) => c.responses);
    const initiatives = responses.filter((r) => r.kind === "INITIATIVE");
    const practices = responses.filter((r) => r.kind === "PRACTICE");
    expect(initiatives.length).toBeGreaterThan(0);
    expect(practices.length).toBeGreaterThan(0);
    for (const r of initiatives) expect(r.initiative?.owners.map((o) => o.network.slug)).toContain(r.network.slug);
    for (const r of practices) expect(r.practice?.slug).toBeTruthy();
    expect(responses.some((r) => r.kind === "COMMITMENT" && (r.commitment?.length ?? 0) > 30)).toBe(true);
    expect(challenges.some((c) => c.responseCount === 0)).toBe(true);
    const offers = challenges.flatMap((c) => c.offers);
    expect(offers.length).toBeGreaterThan(0);
    for (const o of offers) expect(o.disclosure.length).toBeGreaterThan(10);
  });

  it("are in the search index, in their own languages", async () => {
    const hits = await search(t.db, { q: "内涝", kind: "CHALLENGE", limit: 5, offset: 0 });
    expect(hits.hits.map((h) => h.slug)).toContain("wuhan-waterlogging-in-older-districts");
    const flooding = await search(t.db, { q: "informal settlements flooding", kind: "CHALLENGE", limit: 5, offset: 0 });
    expect(flooding.hits.map((h) => h.slug)).toContain("nairobi-flooding-in-informal-settlements");
  });

  it("is insert-only and idempotent: what a city changed stays, nothing is duplicated", async () => {
    await t.db.cityChallenge.update({ where: { slug: "lyon-desealing-soils-across-the-metropolis" }, data: { status: "ADDRESSED" } });
    const before = await Promise.all([t.db.cityChallenge.count(), t.db.challengeSupport.count(), t.db.challengeResponse.count(), t.db.challengeOffer.count()]);
    await seedChallenges(t.db, await seedPeople(t.db));
    const after = await Promise.all([t.db.cityChallenge.count(), t.db.challengeSupport.count(), t.db.challengeResponse.count(), t.db.challengeOffer.count()]);
    expect(after).toEqual(before);
    expect((await t.db.cityChallenge.findUniqueOrThrow({ where: { slug: "lyon-desealing-soils-across-the-metropolis" } })).status).toBe("ADDRESSED");
  });
});
