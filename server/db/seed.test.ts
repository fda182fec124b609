import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/server/test/db";
import { search } from "@/server/search/query";
import { demoAccounts, seed } from "./seed";
import { personas, SEED_PEOPLE_DOMAIN } from "./seed-people";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe("seed", () => {
  it("loads every network of the data set, the SDGs, the themes and at least 150 cities with memberships", async () => {
    const summary = await seed(t.db, { demo: false });
    expect(summary.networks).toBe(60);
    expect(summary.sdgs).toBe(17);
    expect(summary.themes).toBe(18);
    expect(summary.cities).toBeGreaterThanOrEqual(150);
    expect(summary.memberships).toBeGreaterThan(summary.cities);
    // Only the personas who speak in seeded conversations, none of whom can sign in.
    expect(await t.db.user.count({ where: { NOT: { email: { endsWith: `@${SEED_PEOPLE_DOMAIN}` } } } })).toBe(0);
    expect(await t.db.user.count()).toBe(personas.length);

    const iclei = await t.db.network.findUniqueOrThrow({ where: { slug: "iclei" }, include: { themes: { include: { theme: true } } } });
    expect(iclei).toMatchObject({ foundedYear: 1990, hqCity: "Bonn", hqCountry: "DE", memberCount: 2500, memberCountYear: 2023, status: "VERIFIED", isSeed: true });
    expect(iclei.themes.map((x) => x.theme.slug).sort()).toEqual(["climate", "environment", "resilience"]);
    expect(await t.db.network.findUnique({ where: { slug: "c40" } })).not.toBeNull();
    expect(await t.db.network.findUnique({ where: { slug: "energy-cities" } })).not.toBeNull();
    // Low-confidence and unknown facts stay as they are, to be shown honestly.
    expect(await t.db.network.findUniqueOrThrow({ where: { slug: "anmc21" } })).toMatchObject({ confidence: "LOW", activity: "UNKNOWN" });
    expect(await t.db.network.findUniqueOrThrow({ where: { slug: "uclg" } })).toMatchObject({ memberCount: null });

    const wuhan = await t.db.city.findUniqueOrThrow({ where: { slug: "wuhan" }, include: { memberships: true } });
    expect(wuhan.countryCode).toBe("CN");
  }, 120_000); // the whole data set: slow on a loaded 2-core machine

  it("loads at least 60 initiatives and 80 practices in several languages, marked as seed with their sources, with adoptions", async () => {
    const [initiatives, practices, adoptions, languages, unsourced, coOwned, translations] = await Promise.all([
      t.db.initiative.count({ where: { isSeed: true, state: "PUBLISHED" } }),
      t.db.practice.count({ where: { isSeed: true, state: "PUBLISHED" } }),
      t.db.adoption.count({ where: { isSeed: true } }),
      t.db.practice.groupBy({ by: ["language"], _count: true }),
      t.db.initiative.count({ where: { sourceUrl: null } }),
      t.db.initiativeOwner.groupBy({ by: ["initiativeId"], having: { initiativeId: { _count: { gt: 1 } } } }),
      t.db.practice.count({ where: { NOT: { translationGroupId: { equals: t.db.practice.fields.id } } } }),
    ]);
    expect(initiatives).toBeGreaterThanOrEqual(60);
    expect(practices).toBeGreaterThanOrEqual(80);
    expect(adoptions).toBeGreaterThanOrEqual(50);
    expect(languages.map((l) => l.language).sort()).toEqual(["en", "es", "fr", "zh"]);
    expect(unsourced).toBe(0);
    expect(coOwned.length).toBeGreaterThan(0);
    expect(translations).toBeGreaterThan(0);
    const outcomesMissing = await t.db.practice.count({ where: { outcomes: { none: {} } } });
    expect(outcomesMissing).toBe(0);
  });

  it("writes every public record into the search index", async () => {
    const hits = async (q: string, kind: "NETWORK" | "CITY") => (await search(t.db, { q, kind, limit: 5, offset: 0 })).hits.map((h) => h.slug);
    expect(await hits("ICLEI", "NETWORK")).toContain("iclei");
    expect(await hits("Wuhan", "CITY")).toContain("wuhan");
    expect(await hits("Sao Paulo", "CITY")).toContain("sao-paulo");
    const [documents, networks, cities] = await Promise.all([
      t.db.searchDocument.count({ where: { kind: { in: ["NETWORK", "CITY"] } } }),
      t.db.network.count({ where: { status: "VERIFIED" } }),
      t.db.city.count(),
    ]);
    expect(documents).toBe(networks + cities);
    const knowledge = await t.db.searchDocument.count({ where: { kind: { in: ["INITIATIVE", "PRACTICE"] } } });
    expect(knowledge).toBe((await t.db.initiative.count({ where: { state: "PUBLISHED" } })) + (await t.db.practice.count({ where: { state: "PUBLISHED" } })));
  });

  it("is idempotent and never overwrites what an owner corrected", async () => {
    await t.db.network.update({ where: { slug: "iclei" }, data: { memberCount: 2600, memberCountYear: 2025 } });
    const before = await Promise.all([t.db.network.count(), t.db.city.count(), t.db.networkMembership.count(), t.db.partner.count()]);
    await seed(t.db, { demo: false });
    const after = await Promise.all([t.db.network.count(), t.db.city.count(), t.db.networkMembership.count(), t.db.partner.count()]);
    expect(after).toEqual(before);
    expect(await t.db.network.findUniqueOrThrow({ where: { slug: "iclei" } })).toMatchObject({ memberCount: 2600, memberCountYear: 2025 });
  });

  it("adds one demo account per role only when asked, once", async () => {
    await seed(t.db, { demo: true });
    await seed(t.db, { demo: true });
    const users = await t.db.user.findMany({ where: { NOT: { email: { endsWith: `@${SEED_PEOPLE_DOMAIN}` } } }, include: { platformRoles: true, staff: { include: { network: true } }, cityOfficers: { include: { city: true } }, partnerMembers: true } });
    expect(users.map((u) => u.email).sort()).toEqual(demoAccounts.map((a) => a.email).sort());
    const by = (email: string) => users.find((u) => u.email === email)!;
    expect(by("admin@concord.test").platformRoles.map((r) => r.role)).toEqual(["ADMIN"]);
    expect(by("moderator@concord.test").platformRoles.map((r) => r.role)).toEqual(["MODERATOR"]);
    expect(by("owner@concord.test").staff.map((s) => [s.network.slug, s.role])).toEqual([["c40", "OWNER"]]);
    expect(by("editor@concord.test").staff.map((s) => [s.network.slug, s.role])).toEqual([["iclei", "EDITOR"]]);
    expect(by("city@concord.test").cityOfficers.map((c) => [c.city.slug, c.status])).toEqual([["wuhan", "VERIFIED"]]);
    expect(by("partner@concord.test").partnerMembers).toHaveLength(1);
  });
});
