import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor, type Actor, type Context } from "@/server/auth/actor";
import { AppError } from "@/server/errors";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor, makeCity, makeNetwork } from "@/server/test/factories";
import { CITY_PAGE_SIZE } from "./input";
import {
  citiesSharingNetworks,
  claimCity,
  cityFacets,
  getCity,
  listCities,
  mostConnectedCities,
  pendingCityClaims,
  reviewCityClaim,
  updateCity,
} from "./service";

let t: TestDb;
const ctx = (actor: Actor | null): Context => ({ db: t.db, actor });
const codeOf = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => (e instanceof AppError ? e.code : e));

// A small world: three networks, five cities; Lyon and Turin share two networks, Wuhan is in a pending one too.
let world: {
  c40: { id: string };
  iclei: { id: string };
  pending: { id: string };
  lyon: { id: string; slug: string };
  turin: { id: string; slug: string };
  wuhan: { id: string; slug: string };
  quito: { id: string; slug: string };
  nairobi: { id: string; slug: string };
};

beforeAll(async () => {
  t = await createTestDb();
  const [c40, iclei, uclg, pending] = await Promise.all([
    makeNetwork(t.db, { name: "C40 Cities", acronym: "C40" }),
    makeNetwork(t.db, { name: "ICLEI", acronym: "ICLEI" }),
    makeNetwork(t.db, { name: "United Cities", acronym: "UCLG" }),
    makeNetwork(t.db, { name: "Pending Net", acronym: "PND", status: "PENDING" }),
  ]);
  const lyon = await makeCity(t.db, { name: "Lyon", countryCode: "FR", region: "Europe" });
  const turin = await makeCity(t.db, { name: "Turin", countryCode: "IT", region: "Europe" });
  const wuhan = await makeCity(t.db, { name: "Wuhan", countryCode: "CN", region: "Asia" });
  const quito = await makeCity(t.db, { name: "Quito", countryCode: "EC", region: "Latin America" });
  const nairobi = await makeCity(t.db, { name: "Nairobi", countryCode: "KE", region: "Africa" });
  await makeCity(t.db, { name: "Łódź", countryCode: "PL", region: "Eastern Europe" });
  await t.db.city.update({ where: { id: wuhan.id }, data: { nameLocal: "武汉", population: 13_000_000, populationYear: 2023 } });
  await t.db.city.update({ where: { id: quito.id }, data: { population: 2_800_000, populationYear: 2022 } });
  const member = (networkId: string, cityId: string) => ({ networkId, cityId, yearJoined: 2015 });
  await t.db.networkMembership.createMany({
    data: [
      member(c40.id, lyon.id),
      member(iclei.id, lyon.id),
      member(uclg.id, lyon.id),
      member(c40.id, turin.id),
      member(iclei.id, turin.id),
      member(c40.id, wuhan.id),
      member(pending.id, wuhan.id),
      member(pending.id, lyon.id),
      member(uclg.id, quito.id),
    ],
  });
  world = { c40, iclei, pending, lyon, turin, wuhan, quito, nairobi };
});
afterAll(() => t.close());

describe("listing cities", () => {
  it("searches by name, local name and country name in any of our languages", async () => {
    const names = async (q: string) => (await listCities(ctx(null), { q })).items.map((c) => c.name);
    expect(await names("lyo")).toEqual(["Lyon"]);
    expect(await names("武汉")).toEqual(["Wuhan"]);
    expect(await names("Chine")).toEqual(["Wuhan"]);
    expect(await names("Kenya")).toEqual(["Nairobi"]);
    expect(await names("100%")).toEqual([]);
    expect(await names("lodz")).toEqual(["Łódź"]);
    expect(await names("ŁÓDŹ")).toEqual(["Łódź"]);
  });

  it("filters by region, country and network (only verified networks count)", async () => {
    expect((await listCities(ctx(null), { region: "Europe" })).items.map((c) => c.name)).toEqual(["Lyon", "Turin"]);
    expect((await listCities(ctx(null), { country: "ec" })).items.map((c) => c.name)).toEqual(["Quito"]);
    expect((await listCities(ctx(null), { network: "c40" })).items.map((c) => c.name)).toEqual(["Lyon", "Turin", "Wuhan"]);
    expect((await listCities(ctx(null), { network: "pnd" })).total).toBe(0);
    const byUclg = await listCities(ctx(null), { network: "uclg" });
    expect(byUclg.items.map((c) => c.networks[0]?.label)).toEqual(["UCLG", "UCLG"]);
    const empty = await listCities(ctx(null), { region: "Europe", country: "KE" });
    expect(empty).toMatchObject({ items: [], total: 0, pageCount: 1 });
  });

  it("sorts by population and by number of networks, showing the networks' acronyms", async () => {
    const byPopulation = await listCities(ctx(null), { sort: "population" });
    expect(byPopulation.items.map((c) => c.name).slice(0, 2)).toEqual(["Wuhan", "Quito"]);
    const byNetworks = await listCities(ctx(null), { sort: "networks" });
    expect(byNetworks.items.filter((c) => c.networkCount > 0).map((c) => [c.name, c.networkCount])).toEqual([
      ["Lyon", 3],
      ["Turin", 2],
      ["Quito", 1],
      ["Wuhan", 1],
    ]);
    expect(byNetworks.total).toBe(6);
    expect(byNetworks.items[0]!.networks.map((n) => n.label)).toEqual(["C40", "ICLEI", "UCLG"]);
  });

  it("pages by 24 and tolerates nonsense in the query string", async () => {
    const page = await listCities(ctx(null), { page: "2", sort: "bogus" as "name", country: "nowhere" });
    expect(page.input).toMatchObject({ page: 2, sort: "name", country: undefined });
    expect(page.items).toEqual([]);
    expect(CITY_PAGE_SIZE).toBe(24);
  });

  it("offers facets and the most connected cities", async () => {
    const facets = await cityFacets(ctx(null));
    expect(facets.regions).toEqual(["Africa", "Asia", "Eastern Europe", "Europe", "Latin America"]);
    expect(facets.networks.map((n) => n.label)).toEqual(["C40", "ICLEI", "UCLG"]);
    expect((await mostConnectedCities(ctx(null), 2)).map((c) => c.name)).toEqual(["Lyon", "Turin"]);
  });
});

describe("overlap between networks", () => {
  it("ranks the cities sharing the most verified networks, naming them", async () => {
    const sharing = await citiesSharingNetworks(ctx(null), world.lyon.id);
    expect(sharing.map((s) => [s.name, s.shared, s.networks])).toEqual([
      ["Turin", 2, ["C40", "ICLEI"]],
      ["Quito", 1, ["UCLG"]],
      ["Wuhan", 1, ["C40"]],
    ]);
    expect(await citiesSharingNetworks(ctx(null), world.nairobi.id)).toEqual([]);
  });

  it("shows a city's verified networks only", async () => {
    const page = await getCity(ctx(null), world.wuhan.slug);
    expect(page?.city.memberships.map((m) => m.network.acronym)).toEqual(["C40"]);
    expect(page?.can).toEqual({ claim: false, review: false, edit: false });
    expect(await getCity(ctx(null), "atlantis")).toBeNull();
  });
});

describe("claiming a city", () => {
  const claim = { title: "Head of international relations", message: "I run the city's international office." };

  it("refuses anonymous claims", async () => {
    expect(await codeOf(claimCity(ctx(null), { cityId: world.lyon.id, ...claim }))).toBe("UNAUTHORIZED");
  });

  it("claim → verified by a moderator → officer may edit the facts; claimant notified; audited", async () => {
    const person = await makeActor(t.db);
    await claimCity(ctx(person), { cityId: world.lyon.id, ...claim });
    expect(await codeOf(claimCity(ctx(person), { cityId: world.lyon.id, ...claim }))).toBe("CONFLICT");
    const moderator = await makeActor(t.db, { moderator: true });
    const queue = await pendingCityClaims(ctx(moderator));
    expect(queue.find((c) => c.userId === person.id)).toMatchObject({ cityName: "Lyon", title: claim.title, message: claim.message });

    await reviewCityClaim(ctx(moderator), { cityId: world.lyon.id, userId: person.id, decision: "VERIFIED" });
    const officer = (await loadActor(t.db, person.id))!;
    expect(officer.cities.has(world.lyon.id)).toBe(true);
    expect((await getCity(ctx(null), world.lyon.slug))?.city.officers.map((o) => o.user.name)).toContain(person.name);
    expect(await t.db.notification.count({ where: { userId: person.id, kind: "cities.notify.claimVerified" } })).toBe(1);
    expect(await t.db.auditLog.count({ where: { action: "city.claim.verify", actorId: moderator.id } })).toBe(1);
    expect(await codeOf(reviewCityClaim(ctx(moderator), { cityId: world.lyon.id, userId: person.id, decision: "VERIFIED" }))).toBe("CONFLICT");
  });

  it("the owner of a network the city belongs to may verify; the owner of another network may not", async () => {
    const person = await makeActor(t.db);
    await claimCity(ctx(person), { cityId: world.turin.id, ...claim });
    const pendingNetworkOwner = await makeActor(t.db, { owner: [world.pending.id] });
    const uclgOwner = await makeActor(t.db, { owner: [(await t.db.network.findUniqueOrThrow({ where: { slug: "uclg" } })).id] });
    const c40Editor = await makeActor(t.db, { editor: [world.c40.id] });
    const turinOfficer = await makeActor(t.db, { cityOfficer: [world.turin.id] });
    const decision = { cityId: world.turin.id, userId: person.id, decision: "VERIFIED" as const };
    for (const outsider of [pendingNetworkOwner, uclgOwner, c40Editor, turinOfficer]) {
      expect(await codeOf(reviewCityClaim(ctx(outsider), decision))).toBe("FORBIDDEN");
    }
    expect(await codeOf(pendingCityClaims(ctx(turinOfficer)))).toBe("FORBIDDEN");
    // Owning a network that is not verified yet gives no say over its member cities.
    await t.db.networkMembership.create({ data: { networkId: world.pending.id, cityId: world.turin.id } });
    expect((await pendingCityClaims(ctx(pendingNetworkOwner))).some((c) => c.cityId === world.turin.id)).toBe(false);
    expect((await pendingCityClaims(ctx(uclgOwner))).some((c) => c.cityId === world.turin.id)).toBe(false);

    const c40Owner = await makeActor(t.db, { owner: [world.c40.id] });
    expect((await pendingCityClaims(ctx(c40Owner))).map((c) => c.userId)).toContain(person.id);
    expect((await getCity(ctx(c40Owner), world.turin.slug))?.pendingClaims.map((c) => c.userId)).toEqual([person.id]);
    await reviewCityClaim(ctx(c40Owner), decision);
    expect((await loadActor(t.db, person.id))!.cities.has(world.turin.id)).toBe(true);
  });

  it("a rejection needs a reason, reaches the claimant, and lets them claim again", async () => {
    const person = await makeActor(t.db);
    await claimCity(ctx(person), { cityId: world.quito.id, ...claim });
    const moderator = await makeActor(t.db, { moderator: true });
    const reject = { cityId: world.quito.id, userId: person.id, decision: "REJECTED" as const };
    await expect(reviewCityClaim(ctx(moderator), reject)).rejects.toThrow();
    await reviewCityClaim(ctx(moderator), { ...reject, reason: "No city e-mail address." });
    const row = await t.db.cityOfficer.findUniqueOrThrow({ where: { cityId_userId: { cityId: world.quito.id, userId: person.id } } });
    expect(row).toMatchObject({ status: "REJECTED", reason: "No city e-mail address.", decidedById: moderator.id });
    expect(await t.db.notification.count({ where: { userId: person.id, kind: "cities.notify.claimRejected" } })).toBe(1);
    await claimCity(ctx(person), { cityId: world.quito.id, ...claim });
    expect((await getCity(ctx(person), world.quito.slug))?.myClaim?.status).toBe("PENDING");
  });
});

describe("editing a city's facts", () => {
  const facts = { nameLocal: "Lyon", population: 522_000, populationYear: 2021, latitude: 45.76, longitude: 4.84 };

  it("lets a verified officer edit, refuses others, and detects concurrent edits", async () => {
    const officer = await makeActor(t.db, { cityOfficer: [world.lyon.id] });
    const otherOfficer = await makeActor(t.db, { cityOfficer: [world.turin.id] });
    const c40Owner = await makeActor(t.db, { owner: [world.c40.id] });
    const { version } = await t.db.city.findUniqueOrThrow({ where: { id: world.lyon.id } });
    for (const outsider of [otherOfficer, c40Owner]) {
      expect(await codeOf(updateCity(ctx(outsider), { cityId: world.lyon.id, version, ...facts }))).toBe("FORBIDDEN");
    }
    expect(await codeOf(updateCity(ctx(null), { cityId: world.lyon.id, version, ...facts }))).toBe("UNAUTHORIZED");

    const saved = await updateCity(ctx(officer), { cityId: world.lyon.id, version, ...facts });
    expect(saved.version).toBe(version + 1);
    const moderator = await makeActor(t.db, { moderator: true });
    expect(await codeOf(updateCity(ctx(moderator), { cityId: world.lyon.id, version, ...facts, population: 1 }))).toBe("CONFLICT");
    expect((await t.db.city.findUniqueOrThrow({ where: { id: world.lyon.id } })).population).toBe(522_000);
  });

  it("asks for the year of a population figure and for both coordinates", async () => {
    const moderator = await makeActor(t.db, { moderator: true });
    const { version } = await t.db.city.findUniqueOrThrow({ where: { id: world.nairobi.id } });
    const error = await updateCity(ctx(moderator), { cityId: world.nairobi.id, version, ...facts, populationYear: null, longitude: null }).catch(
      (e: unknown) => e,
    );
    expect(JSON.stringify(error)).toContain("cities.errors.yearRequired");
    expect(JSON.stringify(error)).toContain("cities.errors.coordinatesPair");
  });
});
