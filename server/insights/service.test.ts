import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeCity, makeNetwork, makeThemes } from "@/server/test/factories";
import { insight } from "./cache";
import { insightResponse } from "./http";
import { demandFirst } from "./service";

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
