import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { Actor, Context } from "@/server/auth/actor";
import { AppError } from "@/server/errors";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor, makeCity, makeNetwork, makePartner, makeThemes } from "@/server/test/factories";
import type { AdoptionInput, PracticeCreateInput, PracticeUpdateInput } from "./input";
import {
  cityPractices,
  createPractice,
  getPractice,
  listPractices,
  practiceFormOptions,
  practiceRegions,
  recordAdoption,
  removeAdoption,
  setPracticeState,
  spillover,
  updatePractice,
} from "./service";

let t: TestDb;
const ctx = (actor: Actor | null): Context => ({ db: t.db, actor });
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? e.code : e instanceof ZodError ? "VALIDATION" : e),
  );
const fieldsOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? e.details?.fieldErrors : e instanceof ZodError ? e.flatten().fieldErrors : e),
  );

let c40: { id: string; slug: string };
let iclei: { id: string; slug: string };
let wuhan: { id: string; slug: string }, paris: { id: string; slug: string }, lima: { id: string; slug: string };
let wri: { id: string; slug: string };
let wuhanOfficer: Actor, parisOfficer: Actor, c40Staff: Actor, icleiStaff: Actor, partnerMember: Actor, moderator: Actor, stranger: Actor;

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const tomorrow = () => new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);

const practice = (over: Partial<PracticeCreateInput> = {}): PracticeCreateInput => ({
  title: "Sponge city rain gardens",
  problem: "Heavy rain flooded low-lying districts every summer.",
  solution: "Rain gardens, **permeable** paving and wetlands absorb and store storm water.",
  results: "Flooding in pilot districts fell sharply within three seasons.",
  outcomes: [{ indicator: "Waterlogged points", baseline: 162, value: 28, unit: "points", year: 2019 }],
  costRange: "OVER_10M",
  durationMonths: 48,
  replication: "Start with one catchment, map the low points, then scale district by district.",
  themes: ["water", "climate"],
  sdgs: [6, 11],
  cities: [wuhan.slug],
  licence: "CC_BY_4_0",
  links: [{ label: "Programme page", url: "https://www.wuhan.gov.cn/" }],
  language: "en",
  ...over,
});

const adoption = (practiceId: string, over: Partial<AdoptionInput> = {}): AdoptionInput => ({
  practiceId,
  level: "CITY",
  status: "PILOTING",
  adopterName: "",
  city: paris.slug,
  date: "2021-05-01",
  note: "Two pilot streets",
  evidenceUrl: "https://www.paris.fr/",
  viaNetwork: c40.slug,
  ...over,
});

beforeAll(async () => {
  t = await createTestDb();
  await makeThemes(t.db, ["water", "climate", "mobility"]);
  [c40, iclei] = await Promise.all([makeNetwork(t.db, { name: "C40 Cities", acronym: "C40" }), makeNetwork(t.db, { name: "ICLEI", acronym: "ICLEI" })]);
  [wuhan, paris, lima] = await Promise.all([
    makeCity(t.db, { name: "Wuhan", countryCode: "CN", region: "Asia" }),
    makeCity(t.db, { name: "Paris", countryCode: "FR", region: "Europe" }),
    makeCity(t.db, { name: "Lima", countryCode: "PE", region: "Latin America" }),
  ]);
  // Wuhan and Lima belong to C40; Paris belongs only to ICLEI.
  await t.db.networkMembership.createMany({
    data: [
      { networkId: c40.id, cityId: wuhan.id },
      { networkId: c40.id, cityId: lima.id },
      { networkId: iclei.id, cityId: paris.id },
    ],
  });
  wri = await makePartner(t.db, { name: "World Resources Institute" });
  [wuhanOfficer, parisOfficer, c40Staff, icleiStaff, partnerMember, moderator, stranger] = await Promise.all([
    makeActor(t.db, { cityOfficer: [wuhan.id] }),
    makeActor(t.db, { cityOfficer: [paris.id] }),
    makeActor(t.db, { editor: [c40.id] }),
    makeActor(t.db, { owner: [iclei.id] }),
    makeActor(t.db, { partner: [wri.id] }),
    makeActor(t.db, { moderator: true }),
    makeActor(t.db),
  ]);
});
afterAll(() => t.close());

describe("posting a practice", () => {
  it("lets an officer of the city post it, and refuses anonymous people, people without a role and other cities' officers", async () => {
    expect(await codeOf(createPractice(ctx(null), practice()))).toBe("UNAUTHORIZED");
    expect(await codeOf(createPractice(ctx(stranger), practice()))).toBe("FORBIDDEN");
    expect(await codeOf(createPractice(ctx(parisOfficer), practice()))).toBe("FORBIDDEN");
    expect(await codeOf(createPractice(ctx(moderator), practice()))).toBe("FORBIDDEN");
    // An officer of one city cannot post for that city and another one.
    expect(await codeOf(createPractice(ctx(wuhanOfficer), practice({ cities: [wuhan.slug, paris.slug] })))).toBe("FORBIDDEN");
    expect(await t.db.practice.count()).toBe(0);

    const created = await createPractice(ctx(wuhanOfficer), practice());
    expect(created.slug).toBe("sponge-city-rain-gardens");
    const page = (await getPractice(ctx(null), created.slug))!;
    expect(page.licence).toBe("CC_BY_4_0");
    expect(page.cities.map((c) => c.city.slug)).toEqual([wuhan.slug]);
    expect(page.outcomes).toEqual([{ indicator: "Waterlogged points", baseline: 162, value: 28, unit: "points", year: 2019 }]);
    expect(page.themes.map((x) => x.theme.slug)).toEqual(["water", "climate"]);
    expect(page.sdgs.map((s) => s.sdgNumber)).toEqual([6, 11]);
    expect(page.canEdit).toBe(false);
    expect((await getPractice(ctx(wuhanOfficer), created.slug))!.canEdit).toBe(true);
    expect((await getPractice(ctx(parisOfficer), created.slug))!.canEdit).toBe(false);
  });

  it("lets network staff post for member cities only", async () => {
    const forMember = await createPractice(ctx(c40Staff), practice({ title: "Bus rapid transit corridors", cities: [lima.slug], network: c40.slug }));
    expect((await getPractice(ctx(null), forMember.slug))!.network?.slug).toBe(c40.slug);
    expect((await getPractice(ctx(c40Staff), forMember.slug))!.canEdit).toBe(true);
    // Paris is not a C40 member: nothing in common with the network at all …
    expect(await fieldsOf(createPractice(ctx(c40Staff), practice({ cities: [paris.slug], network: c40.slug })))).toEqual({ network: ["knowledge.errors.cityNotInNetwork"] });
    // … or only some of the cities are members.
    expect(await codeOf(createPractice(ctx(c40Staff), practice({ cities: [lima.slug, paris.slug], network: c40.slug })))).toBe("FORBIDDEN");
    // Staff cannot post without naming their network, nor through a network they do not staff.
    expect(await codeOf(createPractice(ctx(c40Staff), practice({ cities: [lima.slug] })))).toBe("FORBIDDEN");
    expect(await codeOf(createPractice(ctx(icleiStaff), practice({ cities: [lima.slug], network: c40.slug })))).toBe("FORBIDDEN");
    expect(await codeOf(createPractice(ctx(c40Staff), practice({ cities: [lima.slug], network: "no-such-network" })))).toBe("VALIDATION");
  });

  it("lets a partner member post only with a disclosure of interest", async () => {
    const asPartner = (over: Partial<PracticeCreateInput>) => practice({ title: "Urban tree canopy mapping", cities: [lima.slug], partner: wri.slug, ...over });
    expect(await fieldsOf(createPractice(ctx(partnerMember), asPartner({ partnerDisclosure: "" })))).toEqual({ partnerDisclosure: ["knowledge.errors.disclosureRequired"] });
    expect(await codeOf(createPractice(ctx(stranger), asPartner({ partnerDisclosure: "We sell the mapping software." })))).toBe("FORBIDDEN");
    expect(await codeOf(createPractice(ctx(wuhanOfficer), asPartner({ partnerDisclosure: "We sell the mapping software." })))).toBe("FORBIDDEN");
    const created = await createPractice(ctx(partnerMember), asPartner({ partnerDisclosure: "WRI ran the mapping under a grant." }));
    const page = (await getPractice(ctx(null), created.slug))!;
    expect(page.partner?.slug).toBe(wri.slug);
    expect(page.partnerDisclosure).toBe("WRI ran the mapping under a grant.");
  });

  it("validates outcomes, themes, cities, links and numbers", async () => {
    expect(await fieldsOf(createPractice(ctx(wuhanOfficer), practice({ outcomes: [] })))).toEqual({ outcomes: ["knowledge.errors.outcomeRequired"] });
    expect(await codeOf(createPractice(ctx(wuhanOfficer), practice({ themes: [] })))).toBe("VALIDATION");
    expect(await codeOf(createPractice(ctx(wuhanOfficer), practice({ themes: ["no-such-theme"] })))).toBe("VALIDATION");
    expect(await codeOf(createPractice(ctx(wuhanOfficer), practice({ cities: ["atlantis"] })))).toBe("VALIDATION");
    expect(await codeOf(createPractice(ctx(wuhanOfficer), practice({ links: [{ label: "x", url: "javascript:alert(1)" }] })))).toBe("VALIDATION");
    expect(await codeOf(createPractice(ctx(wuhanOfficer), practice({ outcomes: [{ indicator: "Trees", value: 3, unit: "k", year: 1900 }] })))).toBe("VALIDATION");
    expect(await codeOf(createPractice(ctx(wuhanOfficer), practice({ durationMonths: 0 })))).toBe("VALIDATION");
    expect(await t.db.practice.count({ where: { title: "Sponge city rain gardens" } })).toBe(1);
  });
});

describe("translations", () => {
  it("links a translation to the original and refuses a second text in the same language", async () => {
    const original = await createPractice(ctx(wuhanOfficer), practice({ title: "Lake restoration", sdgs: [6] }));
    const zh = await createPractice(ctx(wuhanOfficer), practice({ title: "湖泊修复", language: "zh", translationOf: original.slug, sdgs: [6] }));
    expect(await fieldsOf(createPractice(ctx(wuhanOfficer), practice({ title: "Lake restoration again", language: "en", translationOf: zh.slug })))).toEqual({
      language: ["knowledge.errors.translationExists"],
    });
    expect(await fieldsOf(createPractice(ctx(wuhanOfficer), practice({ title: "Orphan", language: "fr", translationOf: "no-such-practice" })))).toEqual({
      translationOf: ["knowledge.errors.practiceUnknown"],
    });
    // A translation belongs to the same cities: other cities' officers cannot attach one.
    expect(await codeOf(createPractice(ctx(parisOfficer), practice({ title: "Restauration", language: "fr", translationOf: original.slug, cities: [wuhan.slug] })))).toBe("FORBIDDEN");

    // A Chinese title takes its slug from the original and the language; a new one from its city.
    expect(zh.slug).toBe("lake-restoration-zh");
    const chineseOnly = await createPractice(ctx(wuhanOfficer), practice({ title: "海绵城市 2024", language: "zh" }));
    expect(chineseOnly.slug).toBe(`${wuhan.slug}-2024`);
    await setPracticeState(ctx(wuhanOfficer), { practiceId: chineseOnly.id, version: chineseOnly.version, state: "ARCHIVED" });
    // An adoption of one language version is an adoption of the practice: every version shows it.
    await recordAdoption(ctx(parisOfficer), adoption(zh.id, { date: "2022-06-01" }));
    const en = (await getPractice(ctx(null), original.slug))!;
    expect(en.translations).toEqual([{ slug: zh.slug, title: "湖泊修复", language: "zh" }]);
    expect(en.spillover.points.map((p) => p.adopterName)).toEqual(["Paris"]);
    expect((await listPractices(ctx(null), { q: "lake" })).items.find((i) => i.slug === original.slug)!._count.adoptions).toBe(1);
    const chinese = (await getPractice(ctx(null), zh.slug))!;
    expect(chinese.translations.map((x) => x.slug)).toEqual([original.slug]);
    expect(chinese.translationGroupId).toBe(en.translationGroupId);
  });
});

describe("editing and archiving", () => {
  it("lets officers of its cities, staff of its network and moderators edit; refuses stale saves and other cities", async () => {
    const created = await createPractice(ctx(wuhanOfficer), practice({ title: "Night markets", network: c40.slug }));
    const edit = (over: Partial<PracticeUpdateInput> = {}) => ({ ...practice({ title: "Night markets", network: c40.slug }), practiceId: created.id, version: created.version, ...over });

    expect(await codeOf(updatePractice(ctx(null), edit()))).toBe("UNAUTHORIZED");
    expect(await codeOf(updatePractice(ctx(parisOfficer), edit({ results: "Hijacked results text." })))).toBe("FORBIDDEN");
    expect(await codeOf(updatePractice(ctx(icleiStaff), edit()))).toBe("FORBIDDEN");
    expect(await codeOf(updatePractice(ctx(stranger), edit()))).toBe("FORBIDDEN");
    // An editor cannot move the practice to a city they could not post for.
    expect(await codeOf(updatePractice(ctx(wuhanOfficer), edit({ cities: [paris.slug], network: null })))).toBe("FORBIDDEN");

    const saved = await updatePractice(ctx(wuhanOfficer), edit({ licence: "CC_BY_SA_4_0", durationMonths: 12 }));
    expect(saved.version).toBe(created.version + 1);
    expect(await codeOf(updatePractice(ctx(wuhanOfficer), edit({ results: "A stale edit that must not win." })))).toBe("CONFLICT");
    const byStaff = await updatePractice(ctx(c40Staff), edit({ version: saved.version, licence: "CC_BY_SA_4_0", costRange: "UNDER_100K" }));
    const byModerator = await updatePractice(ctx(moderator), edit({ version: byStaff.version, licence: "CC_BY_SA_4_0", costRange: "UNDER_100K", title: "Night markets (revised)" }));
    expect(byModerator.slug).toBe(created.slug);

    const page = (await getPractice(ctx(null), created.slug))!;
    expect(page).toMatchObject({ title: "Night markets (revised)", licence: "CC_BY_SA_4_0", costRange: "UNDER_100K", version: created.version + 3 });
  });

  it("archives and republishes: editors only; archived practices leave the list and are hidden from readers", async () => {
    const created = await createPractice(ctx(wuhanOfficer), practice({ title: "Archived rain barrels" }));
    expect(await codeOf(setPracticeState(ctx(null), { practiceId: created.id, version: created.version, state: "ARCHIVED" }))).toBe("UNAUTHORIZED");
    expect(await codeOf(setPracticeState(ctx(parisOfficer), { practiceId: created.id, version: created.version, state: "ARCHIVED" }))).toBe("FORBIDDEN");
    const archived = await setPracticeState(ctx(wuhanOfficer), { practiceId: created.id, version: created.version, state: "ARCHIVED" });
    expect(archived.state).toBe("ARCHIVED");
    expect(await codeOf(setPracticeState(ctx(wuhanOfficer), { practiceId: created.id, version: created.version, state: "PUBLISHED" }))).toBe("CONFLICT");

    expect(await getPractice(ctx(null), created.slug)).toBeNull();
    expect(await getPractice(ctx(parisOfficer), created.slug)).toBeNull();
    expect((await getPractice(ctx(wuhanOfficer), created.slug))!.state).toBe("ARCHIVED");
    expect((await listPractices(ctx(null), { city: wuhan.slug })).items.map((i) => i.slug)).not.toContain(created.slug);
    expect(await codeOf(recordAdoption(ctx(parisOfficer), adoption(created.id)))).toBe("NOT_FOUND");

    const back = await setPracticeState(ctx(moderator), { practiceId: created.id, version: archived.version, state: "PUBLISHED" });
    expect(back.state).toBe("PUBLISHED");
    expect(await getPractice(ctx(null), created.slug)).not.toBeNull();
  });
});

describe("adoptions and spillover", () => {
  let shared: { id: string; slug: string };

  beforeAll(async () => {
    shared = await createPractice(ctx(wuhanOfficer), practice({ title: "Flood early warning by text message", network: c40.slug }));
  });

  it("lets city officers, secretariat staff and partner members record an adoption; refuses others", async () => {
    expect(await codeOf(recordAdoption(ctx(null), adoption(shared.id)))).toBe("UNAUTHORIZED");
    expect(await codeOf(recordAdoption(ctx(stranger), adoption(shared.id)))).toBe("FORBIDDEN");
    expect(await codeOf(recordAdoption(ctx(moderator), adoption(shared.id)))).toBe("FORBIDDEN");

    await recordAdoption(ctx(parisOfficer), adoption(shared.id, { date: "2021-05-01", status: "PILOTING" }));
    await recordAdoption(ctx(c40Staff), adoption(shared.id, { level: "NATIONAL", adopterName: "Ministry of Water, Peru", city: null, countryCode: "pe", date: "2020-03-15", status: "EXPLORING" }));
    await recordAdoption(ctx(partnerMember), adoption(shared.id, { level: "INTERNATIONAL", adopterName: "UN-Habitat", city: null, viaNetwork: null, date: "2022-11-30", status: "ADOPTED", evidenceUrl: null }));
    await recordAdoption(ctx(icleiStaff), adoption(shared.id, { level: "CITY", city: lima.slug, date: yesterday(), status: "ADOPTED", viaNetwork: iclei.slug }));
    expect(await t.db.adoption.count({ where: { practiceId: shared.id } })).toBe(4);
  });

  it("validates dates, names, cities, country codes and networks", async () => {
    expect(await fieldsOf(recordAdoption(ctx(parisOfficer), adoption(shared.id, { date: tomorrow() })))).toEqual({ date: ["knowledge.errors.dateInFuture"] });
    expect(await codeOf(recordAdoption(ctx(parisOfficer), adoption(shared.id, { date: "2021-02-31x" })))).toBe("VALIDATION");
    expect(await fieldsOf(recordAdoption(ctx(parisOfficer), adoption(shared.id, { level: "NATIONAL", city: null, adopterName: "" })))).toEqual({
      adopterName: ["knowledge.errors.adopterRequired"],
    });
    expect(await fieldsOf(recordAdoption(ctx(parisOfficer), adoption(shared.id, { city: "atlantis" })))).toEqual({ city: ["knowledge.errors.cityUnknown"] });
    expect(await fieldsOf(recordAdoption(ctx(parisOfficer), adoption(shared.id, { countryCode: "FRA" })))).toEqual({ countryCode: ["knowledge.errors.countryInvalid"] });
    expect(await fieldsOf(recordAdoption(ctx(parisOfficer), adoption(shared.id, { viaNetwork: "nope" })))).toEqual({ viaNetwork: ["knowledge.errors.networkUnknown"] });
    expect(await fieldsOf(recordAdoption(ctx(parisOfficer), adoption(shared.id, { evidenceUrl: "ftp://example.org/x" })))).toEqual({ evidenceUrl: ["knowledge.errors.linkUrl"] });
    expect(await codeOf(recordAdoption(ctx(parisOfficer), adoption("no-such-practice")))).toBe("NOT_FOUND");
    expect(await t.db.adoption.count({ where: { practiceId: shared.id } })).toBe(4);
  });

  it("shows the spillover oldest first with counts per level, the adopter, the network and the country", async () => {
    const spread = await spillover(t.db, shared.id);
    expect(spread.total).toBe(4);
    expect(spread.byLevel).toEqual({ CITY: 2, NATIONAL: 1, INTERNATIONAL: 1, COMMUNITY: 0 });
    expect(spread.points.map((p) => [p.date, p.level, p.status, p.adopterName, p.via?.acronym ?? null])).toEqual([
      ["2020-03-15", "NATIONAL", "EXPLORING", "Ministry of Water, Peru", "C40"],
      ["2021-05-01", "CITY", "PILOTING", "Paris", "C40"],
      ["2022-11-30", "INTERNATIONAL", "ADOPTED", "UN-Habitat", null],
      [yesterday(), "CITY", "ADOPTED", "Lima", "ICLEI"],
    ]);
    // The city's name and country fill in when only the city is given; a typed code is upper-cased.
    expect(spread.points[1]).toMatchObject({ city: { slug: paris.slug, name: "Paris" }, countryCode: "FR", recordedById: parisOfficer.id });
    expect(spread.points[0]!.countryCode).toBe("PE");
    expect((await getPractice(ctx(null), shared.slug))!.spillover.total).toBe(4);
    const card = (await listPractices(ctx(null), { q: "early warning" })).items.find((i) => i.slug === shared.slug)!;
    expect(card._count.adoptions).toBe(4);
  });

  it("lets the recorder or a moderator remove an adoption, nobody else", async () => {
    const mine = await recordAdoption(ctx(parisOfficer), adoption(shared.id, { level: "COMMUNITY", adopterName: "Belleville residents", city: null, date: "2023-01-10" }));
    const other = await recordAdoption(ctx(c40Staff), adoption(shared.id, { level: "COMMUNITY", adopterName: "Lima youth council", city: null, date: "2023-02-10" }));
    expect(await codeOf(removeAdoption(ctx(null), mine.id))).toBe("UNAUTHORIZED");
    expect(await codeOf(removeAdoption(ctx(c40Staff), mine.id))).toBe("FORBIDDEN");
    expect(await codeOf(removeAdoption(ctx(wuhanOfficer), mine.id))).toBe("FORBIDDEN");
    expect(await removeAdoption(ctx(parisOfficer), mine.id)).toEqual({ removed: true });
    expect(await codeOf(removeAdoption(ctx(parisOfficer), mine.id))).toBe("NOT_FOUND");
    expect(await removeAdoption(ctx(moderator), other.id)).toEqual({ removed: true });
    expect((await spillover(t.db, shared.id)).byLevel.COMMUNITY).toBe(0);
  });

  it("shows a city the practices it shared and those it took up", async () => {
    const forWuhan = await cityPractices(t.db, wuhan.id);
    expect(forWuhan.shared.map((p) => p.slug)).toContain(shared.slug);
    expect(forWuhan.adopted).toEqual([]);
    const forParis = await cityPractices(t.db, paris.id);
    expect(forParis.shared).toEqual([]);
    // Newest first: the lake restoration (2022, in Chinese) and the early warning (2021).
    expect(forParis.adopted.map((a) => [a.practice.slug, a.status, a.viaNetwork?.acronym])).toEqual([
      ["lake-restoration-zh", "PILOTING", "C40"],
      [shared.slug, "PILOTING", "C40"],
    ]);
    expect(forWuhan.shared.find((p) => p.slug === "lake-restoration")!.adoptions).toBe(1);
    const forLima = await cityPractices(t.db, lima.id);
    expect(forLima.adopted.map((a) => a.practice.slug)).toEqual([shared.slug]);
    expect(forLima.shared.map((p) => p.slug)).toEqual(expect.arrayContaining(["bus-rapid-transit-corridors", "urban-tree-canopy-mapping"]));
  });
});

describe("listing", () => {
  it("filters by words, theme, SDG, city, region, network, licence and language", async () => {
    const slugs = async (filters: Record<string, string>) => (await listPractices(ctx(null), filters)).items.map((i) => i.slug);
    expect(await slugs({ city: lima.slug })).toEqual(expect.arrayContaining(["bus-rapid-transit-corridors", "urban-tree-canopy-mapping"]));
    expect(await slugs({ region: "Latin America" })).not.toContain("sponge-city-rain-gardens");
    expect(await slugs({ network: c40.slug })).toContain("bus-rapid-transit-corridors");
    expect(await slugs({ network: c40.slug })).not.toContain("sponge-city-rain-gardens");
    expect(await slugs({ language: "zh" })).toEqual(["lake-restoration-zh"]);
    expect(await slugs({ licence: "CC_BY_SA_4_0" })).toEqual(["night-markets"]);
    expect(await slugs({ sdg: "6", q: "lake" })).toEqual(["lake-restoration"]);
    expect(await slugs({ theme: "mobility" })).toEqual([]);
    // Nonsense filters fall back to no filter.
    expect((await listPractices(ctx(null), { licence: "nope", sdg: "99", language: "xx" })).total).toBe((await listPractices(ctx(null), {})).total);
    expect(await practiceRegions(t.db)).toEqual(["Asia", "Latin America"]);
  });

  it("offers the form's choices: themes, SDGs, cities, verified networks and partners", async () => {
    const options = await practiceFormOptions(t.db);
    expect(options.themes.map((x) => x.slug)).toEqual(["water", "climate", "mobility"]);
    expect(options.cities.map((c) => c.slug)).toEqual(expect.arrayContaining([wuhan.slug, paris.slug, lima.slug]));
    expect(options.networks.map((n) => n.slug)).toEqual(expect.arrayContaining([c40.slug, iclei.slug]));
    expect(options.partners.map((p) => p.slug)).toEqual([wri.slug]);
  });
});
