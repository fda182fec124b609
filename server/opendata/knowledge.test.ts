import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import type { Actor, Context } from "@/server/auth/actor";
import { createInitiative, setInitiativeState } from "@/server/initiatives/service";
import type { InitiativeCreateInput } from "@/server/initiatives/input";
import { createPractice, recordAdoption, setPracticeState } from "@/server/practices/service";
import type { PracticeCreateInput } from "@/server/practices/input";
import { reindex } from "@/server/search/documents";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor, makeCity, makeNetwork, makePartner, makeThemes } from "@/server/test/factories";
import { encodeCursor, encodeOffsetCursor } from "./cursor";
import { openDataResponse, searchResponse, similarResponse, type OpenResource } from "./http";
import type { OpenAdoption, OpenInitiative, OpenPractice, OpenSimilarInitiative } from "./knowledge";
import type { OpenSearchHit, OpenSearchPage } from "./search";

let t: TestDb;
const base = "http://concord.test/api/v1";
const get = (resource: OpenResource, query = "") => openDataResponse(() => t.db, new Request(`${base}/${resource}${query}`), resource);
const find = (query: string) => searchResponse(() => t.db, new Request(`${base}/search${query}`));
const similar = (slug: string, query = "") => similarResponse(() => t.db, new Request(`${base}/initiatives/${slug}/similar${query}`), slug);
type Body<T> = { data: T[]; nextCursor: string | null };
const json = async <T>(response: Response) => (await response.json()) as Body<T>;
const csvRows = async (response: Response) => parse(await response.text(), { columns: true }) as Record<string, string>[];

let c40: { id: string; slug: string }, iclei: { id: string; slug: string };
let c40Staff: Actor, icleiStaff: Actor, lyonOfficer: Actor, partnerMember: Actor;
let lyon: { id: string; slug: string }, quito: { id: string; slug: string };
const ctx = (actor: Actor): Context => ({ db: t.db, actor });

const initiative = (over: Partial<InitiativeCreateInput>): InitiativeCreateInput => ({
  networkId: c40.id,
  title: "Clean Bus Declaration",
  summary: "Cities commit to procure only zero-emission buses and to cut transport emissions.",
  body: "Signatory cities **publish** procurement plans.",
  status: "ACTIVE",
  startDate: "2015-12-01",
  endDate: null,
  themes: ["mobility"],
  sdgs: [11, 13],
  cities: [lyon.slug],
  partners: [],
  fundingSources: [],
  links: [],
  language: "en",
  publish: true,
  ...over,
});

const practice = (over: Partial<PracticeCreateInput>): PracticeCreateInput => ({
  title: "Plan de résilience face aux crues",
  problem: "La ville subit des crues plus fréquentes du Rhône.",
  solution: "Zones d'expansion des crues et alerte précoce.",
  results: "Moins de dégâts lors de la crue de 2021.",
  outcomes: [{ indicator: "Homes flooded", baseline: 1200, value: 300, unit: "homes", year: 2021 }],
  costRange: "FROM_1M_TO_10M",
  durationMonths: 36,
  replication: "Cartographier les zones inondables puis planifier.",
  themes: ["resilience"],
  sdgs: [11],
  cities: [lyon.slug],
  licence: "CC_BY_SA_4_0",
  links: [{ label: "Plan", url: "https://example.org/plan" }],
  language: "fr",
  ...over,
});

const publishedSlugs: string[] = [];
let draftInitiative: { id: string; slug: string };
let archivedPractice: { slug: string };
let resilience: { id: string; slug: string };

beforeAll(async () => {
  t = await createTestDb();
  await makeThemes(t.db, ["mobility", "climate", "resilience"]);
  [c40, iclei] = await Promise.all([makeNetwork(t.db, { name: "C40 Cities", acronym: "C40" }), makeNetwork(t.db, { name: "ICLEI", acronym: "ICLEI" })]);
  lyon = await makeCity(t.db, { name: "Lyon" });
  quito = await makeCity(t.db, { name: "Quito", countryCode: "EC", region: "Latin America" });
  await t.db.networkMembership.create({ data: { networkId: iclei.id, cityId: lyon.id } });
  const wri = await makePartner(t.db, { name: "World Resources Institute" });
  [c40Staff, icleiStaff, lyonOfficer, partnerMember] = await Promise.all([
    makeActor(t.db, { editor: [c40.id] }),
    makeActor(t.db, { editor: [iclei.id] }),
    makeActor(t.db, { cityOfficer: [lyon.id] }),
    makeActor(t.db, { partner: [wri.id] }),
  ]);

  // 12 published initiatives of C40 (for paging), one near-duplicate at ICLEI, one draft.
  for (let i = 0; i < 12; i++) {
    const created = await createInitiative(ctx(c40Staff), initiative({ title: `Urban cooling programme ${String(i).padStart(2, "0")}`, summary: "Shade, trees and cool surfaces against heatwaves.", body: "Heat maps guide where to plant.", themes: ["climate"], sdgs: [13] }));
    publishedSlugs.push(created.slug);
  }
  const bus = await createInitiative(
    ctx(c40Staff),
    initiative({ partners: [{ partner: wri.slug, disclosure: "Provides technical assistance, paid by the programme" }], fundingSources: ["Bloomberg Philanthropies"], links: [{ label: "Declaration", url: "https://www.c40.org/" }] }),
  );
  const twin = await createInitiative(ctx(icleiStaff), initiative({ networkId: iclei.id, title: "Zero-emission bus procurement", summary: "Cities procure zero-emission buses together to cut transport emissions." }));
  publishedSlugs.push(bus.slug, twin.slug);
  draftInitiative = await createInitiative(ctx(c40Staff), initiative({ title: "Secret draft of buses", publish: false }));
  // Archived after publishing: it leaves the open data too.
  const archived = await createInitiative(ctx(c40Staff), initiative({ title: "Retired bus pilot" }));
  await setInitiativeState(ctx(c40Staff), { initiativeId: archived.id, version: archived.version, state: "ARCHIVED" });

  resilience = await createPractice(ctx(lyonOfficer), practice({}));
  await createPractice(ctx(lyonOfficer), practice({ title: "Flood resilience plan", language: "en", translationOf: resilience.slug, licence: "CC_BY_4_0", problem: "The city faces more frequent floods of the Rhône." }));
  await createPractice(ctx(partnerMember), practice({ title: "=HYPERLINK(\"http://evil\") cool roofs", themes: ["climate"], partner: wri.slug, partnerDisclosure: "Sells roof coatings", licence: "ALL_RIGHTS_RESERVED", language: "en" }));
  const gone = await createPractice(ctx(lyonOfficer), practice({ title: "Archived street trees", language: "en" }));
  await setPracticeState(ctx(lyonOfficer), { practiceId: gone.id, version: gone.version, state: "ARCHIVED" });
  archivedPractice = gone;

  for (const [date, status] of [["2021-03-01", "EXPLORING"], ["2022-06-15", "PILOTING"], ["2022-06-15", "ADOPTED"], ["2023-01-10", "ADOPTED"]] as const) {
    await recordAdoption(ctx(icleiStaff), { practiceId: resilience.id, level: "CITY", status, city: quito.slug, date, viaNetwork: iclei.slug, evidenceUrl: "https://example.org/quito" });
  }
  await recordAdoption(ctx(icleiStaff), { practiceId: resilience.id, level: "NATIONAL", status: "EXPLORING", adopterName: "Ministère de la Transition écologique", countryCode: "fr", date: "2020-05-05" });
  // An adoption of a practice that was later archived is no longer published.
  await t.db.adoption.create({ data: { practiceId: gone.id, level: "CITY", status: "ADOPTED", adopterName: "Hidden", adoptedOn: new Date("2020-01-01") } });

  // Networks and cities are indexed by their services; here the test indexes them itself.
  await reindex(t.db, "NETWORK", [c40.id, iclei.id]);
  await reindex(t.db, "CITY", [lyon.id, quito.id]);
});
afterAll(() => t.close());

async function walk<T>(resource: OpenResource, limit: number, key: (item: T) => string, extra = "") {
  const seen: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const response = await get(resource, `?limit=${limit}${extra}${cursor ? `&cursor=${cursor}` : ""}`);
    expect(response.status).toBe(200);
    const body: Body<T> = await json<T>(response);
    expect(body.data.length).toBeLessThanOrEqual(limit);
    seen.push(...body.data.map(key));
    cursor = body.nextCursor;
    pages++;
  } while (cursor && pages < 100);
  return { seen, pages };
}

const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe("GET /api/v1/initiatives", () => {
  it("walks every published initiative once, in slug order, and never a draft or an archived one", async () => {
    const { seen, pages } = await walk<OpenInitiative>("initiatives", 5, (i) => i.slug);
    expect([...seen].sort(byteOrder)).toEqual([...publishedSlugs].sort(byteOrder));
    expect(seen).toEqual([...seen].sort(byteOrder));
    expect(pages).toBe(Math.ceil(publishedSlugs.length / 5));
    expect(seen).not.toContain(draftInitiative.slug);
    expect(seen).not.toContain("retired-bus-pilot");
    expect((await json<OpenInitiative>(await get("initiatives", "?q=secret"))).data).toEqual([]);
  });

  it("describes an initiative with its owners, partners and their disclosure, and the platform licence", async () => {
    const [bus] = (await json<OpenInitiative>(await get("initiatives", "?q=clean%20bus"))).data;
    expect(bus).toEqual({
      slug: "clean-bus-declaration",
      title: "Clean Bus Declaration",
      summary: "Cities commit to procure only zero-emission buses and to cut transport emissions.",
      body: "Signatory cities **publish** procurement plans.",
      status: "active",
      startDate: "2015-12-01",
      endDate: null,
      language: "en",
      owners: ["c40"],
      themes: ["mobility"],
      sdgs: [11, 13],
      cities: ["lyon"],
      partners: [{ slug: "world-resources-institute", name: "World Resources Institute", disclosure: "Provides technical assistance, paid by the programme" }],
      fundingSources: ["Bloomberg Philanthropies"],
      links: [{ label: "Declaration", url: "https://www.c40.org/" }],
      publishedAt: expect.any(String),
      seed: false,
      source: null,
      licence: "CC-BY-4.0",
      url: "http://concord.test/initiatives/clean-bus-declaration",
    });
  });

  it("finds by words anywhere in the text, ignoring accents and case, and pages through the matches", async () => {
    const slugs = async (q: string) => (await json<OpenInitiative>(await get("initiatives", `?q=${encodeURIComponent(q)}`))).data.map((i) => i.slug);
    expect(await slugs("ZERO-EMISSION")).toEqual(["clean-bus-declaration", "zero-emission-bus-procurement"]);
    expect(await slugs("Procurement PLANS")).toEqual(["clean-bus-declaration", "zero-emission-bus-procurement"]);
    expect(await slugs("heat maps")).toHaveLength(12);
    const { seen } = await walk<OpenInitiative>("initiatives", 4, (i) => i.slug, "&q=cooling");
    expect(seen).toHaveLength(12);
  });

  it("answers CSV with a flat header and lists joined by semicolons", async () => {
    const response = await get("initiatives", "?format=csv&q=clean");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(await csvRows(response)).toEqual([
      expect.objectContaining({
        slug: "clean-bus-declaration",
        owners: "c40",
        sdgs: "11;13",
        partners: "world-resources-institute",
        partnerDisclosures: "world-resources-institute: Provides technical assistance, paid by the programme",
        links: "Declaration <https://www.c40.org/>",
        licence: "CC-BY-4.0",
      }),
    ]);
    const paged = await get("initiatives", "?format=csv&limit=3");
    expect(await csvRows(paged)).toHaveLength(3);
    expect(paged.headers.get("x-next-cursor")).toBeTruthy();
  });
});

describe("GET /api/v1/initiatives/<slug>/similar", () => {
  it("lists similar initiatives of other networks with score and reasons", async () => {
    const response = await similar("clean-bus-declaration");
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = await json<OpenSimilarInitiative>(response);
    expect(body.nextCursor).toBeNull();
    expect(body.data[0]).toMatchObject({ slug: "zero-emission-bus-procurement", networks: ["iclei"], url: "http://concord.test/initiatives/zero-emission-bus-procurement" });
    expect(body.data[0]!.score).toBeGreaterThan(30);
    expect(body.data[0]!.reasons.sharedThemes).toEqual(["mobility"]);
    expect(body.data[0]!.reasons.sharedTerms).toContain("emissions");
    // Other C40 initiatives are not "other networks'".
    expect(body.data.every((s) => !s.networks.includes("c40"))).toBe(true);
    const csv = await csvRows(await similar("clean-bus-declaration", "?format=csv"));
    expect(csv[0]).toMatchObject({ slug: "zero-emission-bus-procurement", networks: "iclei", sharedThemes: "mobility" });
  });

  it("answers 404 JSON for an unknown or unpublished initiative, and 400 for a bad limit", async () => {
    for (const slug of ["no-such-initiative", draftInitiative.slug, "retired-bus-pilot"]) {
      const response = await similar(slug);
      expect(response.status, slug).toBe(404);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(await response.json()).toEqual({ error: { message: "No published initiative has this slug." } });
    }
    const bad = await similar("clean-bus-declaration", "?limit=50");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: { message: "The query is not valid.", fieldErrors: { limit: ["limit must be a whole number from 1 to 20"] } } });
  });
});

describe("GET /api/v1/practices", () => {
  it("lists published practices only, with SPDX licences, outcomes, translations and adoption counts", async () => {
    const { seen } = await walk<OpenPractice>("practices", 2, (p) => p.slug);
    expect(seen).toHaveLength(3);
    expect(seen).not.toContain(archivedPractice.slug);
    const [fr] = (await json<OpenPractice>(await get("practices", `?q=${encodeURIComponent("résilience face")}`))).data;
    expect(fr).toMatchObject({
      slug: resilience.slug,
      language: "fr",
      licence: "CC-BY-SA-4.0",
      cities: ["lyon"],
      themes: ["resilience"],
      sdgs: [11],
      outcomes: [{ indicator: "Homes flooded", baseline: 1200, value: 300, unit: "homes", year: 2021 }],
      costRange: "from_1m_to_10m",
      durationMonths: 36,
      network: null,
      partner: null,
      translationGroup: expect.any(String),
      translations: [{ slug: "flood-resilience-plan", language: "en" }],
      adoptions: 5,
      links: [{ label: "Plan", url: "https://example.org/plan" }],
      seed: false,
      url: `http://concord.test/practices/${resilience.slug}`,
    });
    expect(fr!.problem).toContain("Rhône");
  });

  it("finds a practice with or without accents and shows a partner's disclosure", async () => {
    const slugs = async (q: string) => (await json<OpenPractice>(await get("practices", `?q=${encodeURIComponent(q)}`))).data.map((p) => p.slug);
    expect(await slugs("resilience")).toEqual(await slugs("RÉSILIENCE"));
    expect((await slugs("resilience")).sort()).toEqual(["flood-resilience-plan", resilience.slug].sort());
    const [roofs] = (await json<OpenPractice>(await get("practices", "?q=roofs"))).data;
    expect(roofs).toMatchObject({ licence: "all-rights-reserved", partner: { slug: "world-resources-institute", name: "World Resources Institute", disclosure: "Sells roof coatings" } });
  });

  it("guards formula-like titles in CSV", async () => {
    const rows = await csvRows(await get("practices", "?format=csv"));
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.title)).toContain("'=HYPERLINK(\"http://evil\") cool roofs");
    expect(rows.find((r) => r.slug === resilience.slug)).toMatchObject({ licence: "CC-BY-SA-4.0", adoptions: "5", translations: "flood-resilience-plan" });
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(["licence", "outcomes", "partnerDisclosure", "translationGroup"]));
  });
});

describe("GET /api/v1/adoptions", () => {
  it("walks adoptions of published practices in date order, across equal dates, without gaps", async () => {
    const { seen, pages } = await walk<OpenAdoption>("adoptions", 2, (a) => a.id);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect(pages).toBe(3);
    const all = (await json<OpenAdoption>(await get("adoptions", "?limit=100"))).data;
    expect(all.map((a) => a.date)).toEqual(["2020-05-05", "2021-03-01", "2022-06-15", "2022-06-15", "2023-01-10"]);
    expect(all.some((a) => a.adopter === "Hidden")).toBe(false);
  });

  it("describes each adoption with the practice's licence, the city and the network it came through", async () => {
    const all = (await json<OpenAdoption>(await get("adoptions", "?limit=100"))).data;
    expect(all[1]).toEqual({
      id: expect.any(String),
      practice: resilience.slug,
      practiceLicence: "CC-BY-SA-4.0",
      level: "city",
      status: "exploring",
      adopter: "Quito",
      city: "quito",
      country: "EC",
      date: "2021-03-01",
      via: "iclei",
      note: null,
      evidenceUrl: "https://example.org/quito",
      seed: false,
      practiceUrl: `http://concord.test/practices/${resilience.slug}`,
    });
    expect(all[0]).toMatchObject({ level: "national", adopter: "Ministère de la Transition écologique", city: null, country: "FR", via: null });
  });

  it("filters by practice and by adopter name, and answers CSV", async () => {
    expect((await json<OpenAdoption>(await get("adoptions", `?practice=${resilience.slug}`))).data).toHaveLength(5);
    expect((await json<OpenAdoption>(await get("adoptions", "?practice=flood-resilience-plan"))).data).toEqual([]);
    expect((await json<OpenAdoption>(await get("adoptions", "?q=ministere"))).data).toHaveLength(1);
    const rows = await csvRows(await get("adoptions", "?format=csv"));
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({ practice: resilience.slug, practiceLicence: "CC-BY-SA-4.0", level: "national", date: "2020-05-05" });
  });

  it("refuses a cursor of another list", async () => {
    const response = await get("adoptions", `?cursor=${encodeCursor({ slug: "lyon", id: "x" })}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { fieldErrors: Record<string, string[]> } }).error.fieldErrors.cursor).toEqual([
      "cursor is not valid; use the nextCursor value of the previous page",
    ]);
  });
});

describe("GET /api/v1/search", () => {
  const body = async (query: string) => (await (await find(query)).json()) as OpenSearchPage;

  it("requires q and a known type, in plain English", async () => {
    for (const query of ["", "?q=", "?q=%20%20", "?type=practice"]) {
      const response = await find(query);
      expect(response.status, query).toBe(400);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(await response.json()).toEqual({ error: { message: "The query is not valid.", fieldErrors: { q: ["q is required: the words to search for"] } } });
    }
    const badType = await find("?q=bus&type=forum");
    expect(badType.status).toBe(400);
    expect(((await badType.json()) as { error: { fieldErrors: Record<string, string[]> } }).error.fieldErrors).toEqual({
      type: ["type must be one of network, city, initiative, practice, post, framework, learning, event, challenge"],
    });
    expect((await find(`?q=bus&cursor=${encodeCursor({ slug: "a", id: "b" })}`)).status).toBe(400);
  });

  it("finds every kind, with plain text and highlighted ranges in code points", async () => {
    const result = await body("?q=r%C3%A9silience");
    expect(result.data.map((h) => h.slug).sort()).toEqual(["flood-resilience-plan", resilience.slug].sort());
    const fr = result.data.find((h) => h.slug === resilience.slug)!;
    expect(fr).toMatchObject({ type: "practice", language: "fr", themes: ["resilience"], url: `http://concord.test/practices/${resilience.slug}` });
    const cut = (text: string, [from, to]: [number, number]) => [...text].slice(from, to).join("");
    expect(fr.highlights.title.map((r) => cut(fr.title, r))).toEqual(["résilience"]);
    const crues = (await body("?q=crues&type=practice")).data.find((h) => h.slug === resilience.slug)!;
    expect(crues.highlights.title.map((r) => cut(crues.title, r))).toEqual(["crues"]);
    expect(crues.highlights.snippet.map((r) => cut(crues.snippet, r))).toContain("crues");
    expect((await body("?q=quito")).data.map((h) => [h.type, h.slug])).toEqual([["city", "quito"]]);
    expect((await body("?q=iclei&type=network")).data.map((h) => h.url)).toEqual(["http://concord.test/networks/iclei"]);
  });

  it("narrows by type, never shows drafts, tolerates a typo and says when it widened", async () => {
    const buses = await body("?q=buses&type=initiative");
    expect(buses.data.every((h: OpenSearchHit) => h.type === "initiative")).toBe(true);
    expect(buses.data.map((h) => h.slug)).not.toContain(draftInitiative.slug);
    expect((await body("?q=secret")).data).toEqual([]);
    const typo = await body("?q=procuremant");
    expect(typo.data.map((h) => h.slug)).toContain("zero-emission-bus-procurement");
    expect(typo.expanded).toEqual([{ term: "procuremant", alsoMatched: expect.arrayContaining(["procurement"]) }]);
  });

  it("pages by position and answers CSV", async () => {
    const first = await body("?q=cooling&type=initiative&limit=5");
    expect(first.total).toBe(12);
    expect(first.data).toHaveLength(5);
    expect(first.nextCursor).toBe(encodeOffsetCursor(5));
    const seen = [...first.data.map((h) => h.slug)];
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await body(`?q=cooling&type=initiative&limit=5&cursor=${cursor}`);
      seen.push(...page.data.map((h) => h.slug));
      cursor = page.nextCursor;
    }
    expect(new Set(seen).size).toBe(12);
    const response = await find("?q=cooling&type=initiative&limit=5&format=csv");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("x-next-cursor")).toBe(encodeOffsetCursor(5));
    const rows = await csvRows(response);
    expect(rows).toHaveLength(5);
    expect(Object.keys(rows[0]!)).toEqual(["type", "slug", "title", "snippet", "language", "themes", "score", "url"]);
  });
});
