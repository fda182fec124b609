import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeCity, makeNetwork } from "@/server/test/factories";
import type { OpenCity, OpenNetwork } from "./data";
import { openDataResponse, type OpenResource } from "./http";

let t: TestDb;
const get = (resource: OpenResource, query = "") => openDataResponse(() => t.db, new Request(`http://concord.test/api/v1/${resource}${query}`), resource);
type Body<T> = { data: T[]; nextCursor: string | null };
const json = async <T>(response: Response) => (await response.json()) as Body<T>;

beforeAll(async () => {
  t = await createTestDb();
  const theme = await t.db.theme.create({ data: { slug: "climate", position: 1, nameEn: "Climate", nameZh: "气候", nameFr: "Climat", nameEs: "Clima" } });
  for (let i = 0; i < 23; i++) await makeNetwork(t.db, { name: `Open Network ${String(i).padStart(2, "0")}`, acronym: `ON${i}` });
  const verified = await makeNetwork(t.db, { name: "Alliance of Coastal Towns", acronym: "ACT" });
  await t.db.network.update({
    where: { id: verified.id },
    data: { hqCity: "Bonn", hqCountry: "DE", memberCount: 120, memberCountYear: 2024, sourceUrl: "https://example.org/act", foundedYear: 1990, themes: { create: { themeId: theme.id } } },
  });
  const pending = await makeNetwork(t.db, { name: "Secret Pending Network", acronym: "SPN", status: "PENDING" });
  await makeNetwork(t.db, { name: "Rejected Network", acronym: "RJN", status: "REJECTED" });
  const lodz = await makeCity(t.db, { name: "Łódź", countryCode: "PL" });
  await t.db.city.update({ where: { id: lodz.id }, data: { slug: "lodz", nameLocal: "Łódź", latitude: 51.76, longitude: 19.46, population: 655000, populationYear: 2023 } });
  await t.db.networkMembership.create({ data: { networkId: verified.id, cityId: lodz.id } });
  await t.db.networkMembership.create({ data: { networkId: pending.id, cityId: lodz.id } });
  const formula = await makeCity(t.db, { name: "=cmd Town, \"Quoted\"" });
  await t.db.networkMembership.create({ data: { networkId: verified.id, cityId: formula.id } });
});
afterAll(() => t.close());

async function walk<T extends { slug: string }>(resource: OpenResource, limit: number, extra = "") {
  const seen: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const response = await get(resource, `?limit=${limit}${extra}${cursor ? `&cursor=${cursor}` : ""}`);
    expect(response.status).toBe(200);
    const body: Body<T> = await json<T>(response);
    expect(body.data.length).toBeLessThanOrEqual(limit);
    seen.push(...body.data.map((item) => item.slug));
    cursor = body.nextCursor;
    pages++;
  } while (cursor && pages < 100);
  return { seen, pages };
}

describe("GET /api/v1/networks", () => {
  it("walks every verified network once, in slug order, without gaps or duplicates", async () => {
    const all = await t.db.network.findMany({ where: { status: "VERIFIED" }, select: { slug: true } });
    const { seen, pages } = await walk<OpenNetwork>("networks", 7);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(all.map((n) => n.slug).sort());
    expect(pages).toBe(Math.ceil(all.length / 7));
    expect(seen).toEqual([...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("never publishes pending or rejected networks, nor counts their memberships", async () => {
    const { seen } = await walk<OpenNetwork>("networks", 100);
    expect(seen).not.toContain("spn");
    expect(seen).not.toContain("rjn");
    expect((await json<OpenNetwork>(await get("networks", "?q=secret"))).data).toEqual([]);
    const cities = await json<OpenCity>(await get("cities", "?q=lodz"));
    expect(cities.data[0]?.networks).toEqual(["act"]);
  });

  it("describes each network with its facts and an absolute page URL", async () => {
    const body = await json<OpenNetwork>(await get("networks", "?q=ACT&limit=1"));
    expect(body.data[0]).toEqual({
      slug: "act",
      name: "Alliance of Coastal Towns",
      acronym: "ACT",
      founded: 1990,
      headquarters: { city: "Bonn", country: "DE" },
      scope: "global",
      region: null,
      themes: ["climate"],
      membershipModel: "open",
      members: { count: 120, year: 2024, source: "https://example.org/act" },
      status: "active",
      confidence: "medium",
      memberCities: 2,
      url: "http://concord.test/networks/act",
    });
  });

  it("searches name, acronym and headquarters city, ignoring case", async () => {
    const slugs = async (q: string) => (await json<OpenNetwork>(await get("networks", `?q=${encodeURIComponent(q)}`))).data.map((n) => n.slug);
    expect(await slugs("coastal")).toEqual(["act"]);
    expect(await slugs("act")).toEqual(["act"]);
    expect(await slugs("BONN")).toEqual(["act"]);
    expect((await slugs("open network 1")).length).toBe(10);
    expect(await slugs("nothing like this")).toEqual([]);
  });

  it("pages through search results too", async () => {
    const { seen, pages } = await walk<OpenNetwork>("networks", 4, "&q=open%20network");
    expect(seen.length).toBe(23);
    expect(new Set(seen).size).toBe(23);
    expect(pages).toBe(6);
  });

  it("refuses a bad limit or cursor with a plain-English 400", async () => {
    for (const query of ["?limit=0", "?limit=101", "?limit=abc", "?limit=2.5", "?limit="]) {
      const response = await get("networks", query);
      expect(response.status, query).toBe(400);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(await response.json()).toEqual({
        error: { message: "The query is not valid.", fieldErrors: { limit: ["limit must be a whole number from 1 to 100"] } },
      });
    }
    const badCursor = await get("networks", "?cursor=bm90LWEtY3Vyc29y");
    expect(badCursor.status).toBe(400);
    expect(((await badCursor.json()) as { error: { fieldErrors: Record<string, string[]> } }).error.fieldErrors.cursor).toHaveLength(1);
    expect((await get("networks", "?format=xml")).status).toBe(400);
    const defaults = await json<OpenNetwork>(await get("networks"));
    expect(defaults.data).toHaveLength(20);
    expect(defaults.nextCursor).toEqual(expect.any(String));
  });

  it("answers CSV with a header row, the same filter, and the next cursor in headers", async () => {
    const response = await get("networks", "?format=csv&limit=5&q=open");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(5);
    expect(Object.keys(rows[0]!)).toContain("membersCount");
    const cursor = response.headers.get("x-next-cursor");
    expect(cursor).toBeTruthy();
    expect(response.headers.get("link")).toBe(`<http://concord.test/api/v1/networks?format=csv&limit=5&q=open&cursor=${cursor}>; rel="next"`);

    const act = parse(await (await get("networks", "?format=csv&q=act")).text(), { columns: true }) as Record<string, string>[];
    expect(act).toEqual([expect.objectContaining({ slug: "act", themes: "climate", headquartersCity: "Bonn", memberCities: "2" })]);
    const last = await get("networks", "?format=csv&q=act");
    expect(last.headers.get("link")).toBeNull();
  });

  it("answers 500 without details when something breaks", async () => {
    const failing = () => {
      throw new Error("connection refused at 10.0.0.1:5432");
    };
    const response = await openDataResponse(failing, new Request("http://concord.test/api/v1/networks"), "networks");
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: { message: "Something went wrong" } });
  });
});

describe("GET /api/v1/cities", () => {
  it("walks every city once and describes each with its verified networks", async () => {
    const { seen } = await walk<OpenCity>("cities", 1);
    expect([...seen].sort()).toEqual((await t.db.city.findMany({ select: { slug: true } })).map((c) => c.slug).sort());
    const [lodz] = (await json<OpenCity>(await get("cities", "?q=LODZ"))).data;
    expect(lodz).toEqual({
      slug: "lodz",
      name: "Łódź",
      nameLocal: "Łódź",
      country: "PL",
      region: "Europe",
      latitude: 51.76,
      longitude: 19.46,
      population: { value: 655000, year: 2023 },
      networks: ["act"],
      url: "http://concord.test/cities/lodz",
    });
  });

  it("guards formula-like names in CSV and keeps coordinates numeric", async () => {
    const text = await (await get("cities", "?format=csv&limit=100")).text();
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.slug === "lodz")).toMatchObject({ longitude: "19.46", networks: "act", population: "655000" });
    expect(rows.map((r) => r.name)).toContain("'=cmd Town, \"Quoted\"");
  });
});
