import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChallenge, respondToChallenge, offerHelp, supportChallenge } from "@/server/challenges/service";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor, makeCity, makeNetwork, makePartner, makeThemes } from "@/server/test/factories";
import { challengesResponse, type OpenChallenge } from "./challenges";

let t: TestDb;
const list = (query = "") => challengesResponse(() => t.db, new Request(`http://concord.test/api/v1/challenges${query}`));
type Body = { data: OpenChallenge[]; nextCursor: string | null };
const json = async (query = "") => (await (await list(query)).json()) as Body;

beforeAll(async () => {
  t = await createTestDb();
  await makeThemes(t.db, ["resilience", "climate", "health"]);
  const [wuhan, nairobi, lyon] = await Promise.all([
    makeCity(t.db, { name: "Wuhan", countryCode: "CN", region: "East Asia" }),
    makeCity(t.db, { name: "Nairobi", countryCode: "KE", region: "Africa" }),
    makeCity(t.db, { name: "Lyon", countryCode: "FR", region: "Europe" }),
  ]);
  const c40 = await makeNetwork(t.db, { name: "C40 Cities", acronym: "C40" });
  const wri = await makePartner(t.db, { name: "World Resources Institute" });
  const officer = (cityId: string) => makeActor(t.db, { cityOfficer: [cityId] });
  const [wuhanOfficer, nairobiOfficer, lyonOfficer, owner, partner] = await Promise.all([
    officer(wuhan.id), officer(nairobi.id), officer(lyon.id), makeActor(t.db, { owner: [c40.id] }), makeActor(t.db, { partner: [wri.id] }),
  ]);
  const base = { problem: "A problem described in enough words for the validation rules.", helpNeeded: "Help needed, described in enough words.", language: "en" as const };
  for (let i = 0; i < 5; i++) {
    await createChallenge({ db: t.db, actor: wuhanOfficer }, { ...base, cityId: wuhan.id, title: `Wuhan challenge ${i}`, urgency: "HIGH", themes: ["resilience"] });
  }
  const n = await createChallenge({ db: t.db, actor: nairobiOfficer }, { ...base, cityId: nairobi.id, title: "=Nairobi flooding, \"informal\"", urgency: "CRITICAL", themes: ["climate", "health"] });
  await supportChallenge({ db: t.db, actor: wuhanOfficer }, { challengeId: n.id, cityId: wuhan.id });
  await supportChallenge({ db: t.db, actor: lyonOfficer }, { challengeId: n.id, cityId: lyon.id });
  await offerHelp({ db: t.db, actor: partner }, { challengeId: n.id, partnerId: wri.id, message: "We can share flood mapping methods.", disclosure: "Non-profit; no commercial interest." });
  const initiative = await t.db.initiative.create({
    data: { slug: "c40-cool-cities", title: "Cool Cities", summary: "Heat.", body: "", state: "PUBLISHED", owners: { create: { networkId: c40.id, status: "ACCEPTED", isLead: true } } },
  });
  await respondToChallenge({ db: t.db, actor: owner }, { challengeId: n.id, networkId: c40.id, kind: "INITIATIVE", initiativeId: initiative.id });
  await respondToChallenge({ db: t.db, actor: owner }, { challengeId: n.id, networkId: c40.id, kind: "COMMITMENT", commitment: "C40 will host a peer exchange on flood early warning this year." });
});
afterAll(() => t.close());

describe("GET /api/v1/challenges", () => {
  it("walks every challenge once in slug order with keyset cursors", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await list(`?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      const body = (await response.json()) as Body;
      seen.push(...body.data.map((c) => c.slug));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
    expect(seen).toEqual([...seen].sort());
  });

  it("gives the city, themes, urgency, supporting city slugs, offers with disclosures and responses with linked slugs", async () => {
    const body = await json("?city=nairobi");
    expect(body.data).toHaveLength(1);
    expect(body.data[0]).toMatchObject({
      city: "nairobi", country: "KE", region: "Africa", themes: ["climate", "health"], urgency: "critical", status: "open",
      supportCount: 2, supportingCities: ["wuhan", "lyon"],
      offers: [{ partner: "world-resources-institute", disclosure: "Non-profit; no commercial interest." }],
      responses: [
        { network: "c40", kind: "initiative", initiative: "c40-cool-cities", practice: null },
        { network: "c40", kind: "commitment", commitment: "C40 will host a peer exchange on flood early warning this year." },
      ],
    });
    expect(body.data[0]!.url).toMatch(/^http:\/\/concord\.test\/challenges\//);
    // Officers who supported are not published, only their cities.
    expect(JSON.stringify(body)).not.toMatch(/@example\.org/);
  });

  it("filters by theme, region, urgency, status and no response", async () => {
    expect((await json("?theme=resilience")).data).toHaveLength(5);
    expect((await json("?region=Africa")).data.map((c) => c.city)).toEqual(["nairobi"]);
    expect((await json("?urgency=critical")).data).toHaveLength(1);
    expect((await json("?status=closed")).data).toHaveLength(0);
    expect((await json("?noResponse=true")).data.every((c) => c.city === "wuhan")).toBe(true);
    expect((await json("?noResponse=true")).data).toHaveLength(5);
  });

  it("answers CSV with a next link, neutralising formulas", async () => {
    const response = await list("?format=csv&limit=1");
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("link")).toMatch(/rel="next"/);
    const all = parse(await (await list("?format=csv&city=nairobi")).text(), { columns: true }) as Record<string, string>[];
    expect(all[0]).toMatchObject({
      title: "'=Nairobi flooding, \"informal\"", supportingCities: "wuhan;lyon", respondingNetworks: "c40", linkedInitiatives: "c40-cool-cities",
      offerDisclosures: "world-resources-institute: Non-profit; no commercial interest.",
    });
  });

  it("explains bad queries in plain English", async () => {
    const response = await list("?urgency=soon&limit=0&noResponse=maybe");
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string; fieldErrors: Record<string, string[]> } };
    expect(body.error.fieldErrors.urgency).toEqual(["urgency must be one of low, medium, high, critical"]);
    expect(body.error.fieldErrors.limit).toBeDefined();
    expect(body.error.fieldErrors.noResponse).toEqual(["noResponse must be true or false"]);
  });
});
