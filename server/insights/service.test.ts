import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeCity, makeNetwork, makeThemes } from "@/server/test/factories";
import { insight } from "./cache";
import { insightResponse } from "./http";
import { clustersOf, demandFirst } from "./service";

let t: TestDb;
const ids: Record<string, string> = {};
const id = (key: string) => ids[key]!;

beforeAll(async () => {
  t = await createTestDb();
  await makeThemes(t.db, ["climate", "culture", "health"]);
  const theme = async (slug: string) => (await t.db.theme.findUniqueOrThrow({ where: { slug } })).id;
  const [a, b, c] = await Promise.all([makeNetwork(t.db, { name: "Alpha" }), makeNetwork(t.db, { name: "Beta" }), makeNetwork(t.db, { name: "Gamma" })]);
  await t.db.network.update({ where: { id: a.id }, data: { foundedYear: 1990, region: "Europe" } });
  await t.db.network.update({ where: { id: b.id }, data: { foundedYear: 2005, region: "Europe", scope: "REGIONAL" } });
  await t.db.network.update({ where: { id: c.id }, data: { foundedYear: 2005, region: "Asia" } });
  Object.assign(ids, { a: a.id, b: b.id, c: c.id, climate: await theme("climate"), culture: await theme("culture"), health: await theme("health") });
  await t.db.networkTheme.createMany({ data: [{ networkId: a.id, themeId: id("climate") }, { networkId: b.id, themeId: id("climate") }, { networkId: c.id, themeId: id("culture") }] });
  const [lyon, paris, wuhan] = await Promise.all([
    makeCity(t.db, { name: "Lyon", region: "Europe" }),
    makeCity(t.db, { name: "Paris", region: "Europe" }),
    makeCity(t.db, { name: "Wuhan", countryCode: "CN", region: "Asia" }),
  ]);
  await t.db.city.update({ where: { id: lyon.id }, data: { latitude: 45.76, longitude: 4.84 } });
  // Alpha {Lyon, Paris}, Beta {Lyon}, Gamma {Lyon, Wuhan}: Alpha–Beta 1/2, Alpha–Gamma 1/3, Beta–Gamma 1/2.
  await t.db.networkMembership.createMany({
    data: [
      { networkId: a.id, cityId: lyon.id }, { networkId: a.id, cityId: paris.id }, { networkId: b.id, cityId: lyon.id },
      { networkId: c.id, cityId: lyon.id }, { networkId: c.id, cityId: wuhan.id },
    ],
  });
  const challenge = await t.db.cityChallenge.create({ data: { slug: "heat", cityId: wuhan.id, title: "Heat", problem: "p", helpNeeded: "h", supportCount: 2, themes: { create: { themeId: id("health") } } } });
  ids.challenge = challenge.id;
  await t.db.initiative.create({
    data: { slug: "cool", title: "Cool", summary: "s", body: "", state: "PUBLISHED", startDate: new Date("2020-01-01"), themes: { create: { themeId: id("climate") } }, owners: { create: { networkId: a.id, status: "ACCEPTED", isLead: true } } },
  });
  const practice = await t.db.practice.create({ data: { slug: "bike", title: "Bike", problem: "p", solution: "s", results: "r", replication: "r", translationGroupId: "g1", networkId: a.id } });
  await t.db.adoption.createMany({
    data: [
      { practiceId: practice.id, level: "CITY", status: "ADOPTED", adopterName: "Lyon", cityId: lyon.id, adoptedOn: new Date("2019-05-01"), viaNetworkId: a.id },
      { practiceId: practice.id, level: "NATIONAL", status: "ADOPTED", adopterName: "France", countryCode: "FR", adoptedOn: new Date("2021-05-01"), viaNetworkId: b.id },
      { practiceId: practice.id, level: "CITY", status: "ADOPTED", adopterName: "Wuhan", cityId: wuhan.id, adoptedOn: new Date("2021-06-01"), viaNetworkId: c.id },
    ],
  });
});
afterAll(() => t.close());

describe("coverage", () => {
  it("counts networks per theme beside the published shares, and demand against supply", async () => {
    const r = await insight(t.db, "coverage", {});
    expect(r.totalNetworks).toBe(3);
    const climate = r.themes.find((x) => x.slug === "climate")!;
    expect(climate).toMatchObject({ networks: 2, initiatives: 1, challenges: 0, publishedShare: 0.29 });
    expect(climate.share).toBeCloseTo(2 / 3);
    const health = r.themes.find((x) => x.slug === "health")!;
    expect(health).toMatchObject({ networks: 0, challenges: 1, supports: 2, orphaned: true, publishedShare: null });
    expect(demandFirst(r.themes)[0]!.slug).toBe("health");
  });

  it("filters by region and period", async () => {
    const europe = await insight(t.db, "coverage", { region: "Europe" });
    expect(europe.totalNetworks).toBe(2);
    expect(europe.themes.find((x) => x.slug === "culture")!.networks).toBe(0);
    const later = await insight(t.db, "coverage", { from: 2021 });
    expect(later.themes.find((x) => x.slug === "climate")!.initiatives).toBe(0);
  });

  it("shows a newly published initiative at once (the cache is keyed by the data's version)", async () => {
    const before = (await insight(t.db, "coverage", {})).themes.find((x) => x.slug === "culture")!.initiatives;
    await t.db.initiative.create({
      data: { slug: "museum", title: "Museum", summary: "s", body: "", state: "PUBLISHED", themes: { create: { themeId: id("culture") } }, owners: { create: { networkId: id("c"), status: "ACCEPTED", isLead: true } } },
    });
    const after = (await insight(t.db, "coverage", {})).themes.find((x) => x.slug === "culture")!.initiatives;
    expect([before, after]).toEqual([0, 1]);
  });
});

describe("coverage heatmap", () => {
  it("puts initiatives per network and theme in cells, the top networks by initiatives first", async () => {
    const { heatmap } = await insight(t.db, "coverage", {});
    // Alpha owns "cool" (climate); Gamma owns "museum" (culture), published by the test above.
    // One initiative each: the tie is broken by id, so only the set of rows is known here.
    expect(heatmap.networks.map((n) => n.slug).sort()).toEqual(["alpha", "gamma"]);
    expect(heatmap.cells).toEqual(
      expect.arrayContaining([
        { network: "alpha", theme: "climate", initiatives: 1 },
        { network: "gamma", theme: "culture", initiatives: 1 },
      ]),
    );
    expect(heatmap.cells).toHaveLength(2);
    expect(heatmap.otherNetworks).toBe(0);
  });
});

describe("duplication", () => {
  it("groups initiatives linked by marks and proposals into clusters spanning networks", () => {
    const owned = (slug: string, ...networks: string[]) => ({ id: slug, slug, title: slug.toUpperCase(), owners: networks.map((n) => ({ network: { slug: n, name: n } })) });
    const r = clustersOf(
      [
        { a: "i1", b: "i2", kind: "DUPLICATE", status: null },
        { a: "i2", b: "i3", kind: "PROPOSAL", status: "ACCEPTED" },
        { a: "i3", b: "i1", kind: "PROPOSAL", status: "PENDING" },
        { a: "i4", b: "i5", kind: "RELATED", status: null },
        // Both in the same network: a network's own overlap, not duplication across networks.
        { a: "i6", b: "i7", kind: "DUPLICATE", status: null },
      ],
      [owned("i1", "a"), owned("i2", "b"), owned("i3", "c", "a"), owned("i4", "a"), owned("i5", "d"), owned("i6", "e"), owned("i7", "e")],
    );
    expect(r.clusters).toEqual([
      {
        id: 1,
        initiatives: [{ slug: "i1", title: "I1", networks: ["a"] }, { slug: "i2", title: "I2", networks: ["b"] }, { slug: "i3", title: "I3", networks: ["c", "a"] }],
        networks: [{ slug: "a", name: "a" }, { slug: "b", name: "b" }, { slug: "c", name: "c" }],
        duplicates: 1,
        related: 0,
        proposals: { pending: 1, accepted: 1, declined: 0 },
      },
      { id: 2, initiatives: [{ slug: "i4", title: "I4", networks: ["a"] }, { slug: "i5", title: "I5", networks: ["d"] }], networks: [{ slug: "a", name: "a" }, { slug: "d", name: "d" }], duplicates: 0, related: 1, proposals: { pending: 0, accepted: 0, declined: 0 } },
    ]);
    expect(r.totals).toEqual({ clusters: 2, initiatives: 5, networks: 4, proposals: 2 });
  });

  it("reads the stored marks and proposals of published initiatives", async () => {
    const [museum, cool] = await Promise.all(["museum", "cool"].map((slug) => t.db.initiative.findUniqueOrThrow({ where: { slug } })));
    await t.db.initiativeRelation.create({ data: { initiativeAId: cool!.id, initiativeBId: museum!.id, kind: "DUPLICATE" } });
    await t.db.collaborationProposal.create({ data: { fromInitiativeId: museum!.id, toInitiativeId: cool!.id, message: "Join?" } });
    const r = await insight(t.db, "duplication", {});
    expect(r.clusters).toHaveLength(1);
    expect(r.clusters[0]).toMatchObject({ networks: [{ slug: "alpha" }, { slug: "gamma" }], duplicates: 1, proposals: { pending: 1 } });
    expect((await insight(t.db, "duplication", { region: "Asia" })).clusters).toEqual([]);
    const csv = await (await insightResponse(() => t.db, new Request("http://concord.test/api/v1/insights/duplication?format=csv"), "duplication")).text();
    expect(csv.split(/\r?\n/).slice(0, 3)).toEqual(["cluster,initiative,title,networks,cluster_networks,duplicate_marks,related_marks,proposals", "1,cool,Cool,alpha,2,1,0,1", "1,museum,Museum,gamma,2,1,0,1"]);
  });
});

describe("overlap", () => {
  it("links networks by shared member cities with Jaccard weights", async () => {
    const r = await insight(t.db, "overlap", {});
    const weight = (x: string, y: string) => r.edges.find((e) => e.source === x && e.target === y)?.jaccard;
    expect(r.edges).toHaveLength(3);
    expect(weight("alpha", "beta")).toBeCloseTo(1 / 2);
    expect(weight("alpha", "gamma")).toBeCloseTo(1 / 3);
    expect(r.nodes.map((n) => n.slug)).toEqual(["alpha", "beta", "gamma"]);
    const again = await insight(t.db, "overlap", { theme: "climate" });
    expect(again.edges.map((e) => [e.source, e.target])).toEqual([["alpha", "beta"]]);
  });
});

describe("spillover", () => {
  it("ranks practices by networks crossed and counts adoptions per year", async () => {
    const r = await insight(t.db, "spillover", {});
    expect(r.practices).toEqual([{ slug: "bike", title: "Bike", adoptions: 3, levels: 2, networksCrossed: 2, countries: 2 }]);
    expect(r.timeline).toEqual([{ year: 2019, adoptions: 1 }, { year: 2021, adoptions: 2 }]);
    expect((await insight(t.db, "spillover", { region: "Asia" })).practices[0]!.adoptions).toBe(1);
  });
});

describe("ecosystem", () => {
  it("gives the cumulative founding curve, regions and scopes, and memberships per city", async () => {
    const r = await insight(t.db, "ecosystem", {});
    expect(r.founded).toEqual([{ year: 1990, founded: 1, cumulative: 1 }, { year: 2005, founded: 2, cumulative: 3 }]);
    expect(r.byRegion).toEqual([{ region: "Europe", global: 1, regional: 1 }, { region: "Asia", global: 1, regional: 0 }]);
    expect(r.membershipHistogram.map((h) => h.cities)).toEqual([2, 0, 1, 0, 0]);
    expect(r.totals).toMatchObject({ cities: 3, memberships: 5 });
    expect(r.cities.map((c) => c.slug)).toEqual(["lyon"]);
  });
});

describe("GET /api/v1/insights/*", () => {
  const get = (path: string) => insightResponse(() => t.db, new Request(`http://concord.test/api/v1/insights/${path}`), path.split("?")[0] as "coverage");
  it("answers JSON, CSV, and 400 for a bad period", async () => {
    const json = (await (await get("coverage")).json()) as { data: { totalNetworks: number } };
    expect(json.data.totalNetworks).toBe(3);
    const csv = await (await get("coverage?format=csv")).text();
    expect(csv.split("\n")[0]).toContain("theme,name,networks");
    const bad = await get("coverage?from=2020&to=2000");
    expect(bad.status).toBe(400);
  });
});
