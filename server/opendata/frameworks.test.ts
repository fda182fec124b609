import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { createFramework, decideMapping, endorseFramework, proposeMapping, getFramework } from "@/server/frameworks/service";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor, makeNetwork } from "@/server/test/factories";
import { frameworkResponse, frameworksResponse, type OpenFramework, type OpenFrameworkSummary } from "./frameworks";

let t: TestDb;
const list = (query = "") => frameworksResponse(() => t.db, new Request(`http://concord.test/api/v1/frameworks${query}`));
const one = (slug: string, query = "") => frameworkResponse(() => t.db, new Request(`http://concord.test/api/v1/frameworks/${slug}${query}`), slug);
type Body = { data: OpenFrameworkSummary[]; nextCursor: string | null };

const pillar = (title: string) => ({ title, description: `What ${title} covers in some detail.`, indicators: [`${title} indicator`] });

beforeAll(async () => {
  t = await createTestDb();
  const c40 = await makeNetwork(t.db, { name: "C40 Cities", acronym: "C40" });
  const moderator = await makeActor(t.db, { moderator: true });
  const owner = await makeActor(t.db, { owner: [c40.id] });
  for (let i = 0; i < 7; i++) {
    await createFramework({ db: t.db, actor: moderator }, {
      title: `Framework ${String(i).padStart(2, "0")}`, anchor: "UN-Habitat", summary: "A framework for the open data tests.", body: "", sourceUrl: null,
      language: "en", consultationOpens: null, consultationCloses: null, pillars: [pillar("Housing"), pillar("Transport")],
    });
  }
  await createFramework({ db: t.db, actor: moderator }, {
    title: "=Formula framework", anchor: "SDG 11, \"urban\"", summary: "Cells starting like formulas are neutralised.", body: "", sourceUrl: null,
    language: "en", consultationOpens: null, consultationCloses: null, pillars: [],
  });
  const f = (await getFramework({ db: t.db, actor: null }, "framework-00"))!;
  await endorseFramework({ db: t.db, actor: owner }, { frameworkId: f.id, networkId: c40.id, commitment: "C40 commits to report its transport work every year." });
  const initiative = await t.db.initiative.create({
    data: { slug: "clean-bus", title: "Clean Bus", summary: "Zero-emission buses.", body: "", status: "ACTIVE", state: "PUBLISHED", owners: { create: { networkId: c40.id, status: "ACCEPTED", isLead: true } } },
  });
  const pending = await t.db.initiative.create({
    data: { slug: "pending-bus", title: "Pending bus", summary: "Proposed, not decided.", body: "", status: "ACTIVE", state: "PUBLISHED", owners: { create: { networkId: c40.id, status: "ACCEPTED", isLead: true } } },
  });
  const accepted = await proposeMapping({ db: t.db, actor: owner }, { pillarId: f.pillars[1]!.id, target: "INITIATIVE", targetId: initiative.id });
  await decideMapping({ db: t.db, actor: moderator }, { mappingId: accepted.id, accept: true });
  // Pending mappings are not published.
  await proposeMapping({ db: t.db, actor: owner }, { pillarId: f.pillars[0]!.id, target: "INITIATIVE", targetId: pending.id });
});
afterAll(() => t.close());

describe("GET /api/v1/frameworks", () => {
  it("walks every framework once in slug order with keyset cursors", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await list(`?limit=3${cursor ? `&cursor=${cursor}` : ""}`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as Body;
      seen.push(...body.data.map((f) => f.slug));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
    expect(seen).toEqual([...seen].sort());
  });

  it("summarises pillars, endorsements and coverage", async () => {
    const body = (await (await list("?q=framework 00")).json()) as Body;
    expect(body.data).toHaveLength(1);
    expect(body.data[0]).toMatchObject({
      slug: "framework-00", pillars: 2, endorsements: ["c40"], coveredPillars: 1, acceptedInitiatives: 1, acceptedPractices: 0,
      consultation: { open: false }, url: "http://concord.test/frameworks/framework-00",
    });
  });

  it("answers CSV with a next link, neutralising formulas", async () => {
    const response = await list("?format=csv&limit=2");
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("link")).toMatch(/rel="next"/);
    const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    expect(rows[0]!.title).toBe("'=Formula framework");
    expect(rows[0]!.anchor).toBe('SDG 11, "urban"');
  });

  it("explains bad queries in plain English", async () => {
    const response = await list("?limit=1000&cursor=nope");
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { fieldErrors: Record<string, string[]> } };
    expect(body.error.fieldErrors.limit?.[0]).toMatch(/whole number from 1 to 100/);
    expect(body.error.fieldErrors.cursor?.[0]).toMatch(/not valid/);
  });
});

describe("GET /api/v1/frameworks/<slug>", () => {
  it("gives pillars, indicators, endorsements, accepted mappings and coverage with gaps", async () => {
    const response = await one("framework-00");
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const { data } = (await response.json()) as { data: OpenFramework };
    expect(data.endorsements).toEqual([expect.objectContaining({ network: "c40", commitment: "C40 commits to report its transport work every year." })]);
    expect(data.pillars.map((p) => [p.position, p.title, p.coverage.gap])).toEqual([[1, "Housing", true], [2, "Transport", false]]);
    expect(data.pillars[0]!.indicators).toEqual(["Housing indicator"]);
    expect(data.pillars[0]!.initiatives).toEqual([]);
    expect(data.pillars[1]!.initiatives).toEqual([{ slug: "clean-bus", title: "Clean Bus", url: "http://concord.test/initiatives/clean-bus" }]);
    expect(data.pillars[1]!.coverage).toEqual({ networks: ["c40"], initiatives: 1, practices: 0, gap: false });
    expect(data.changelog.map((c) => c.version)).toEqual([3, 2, 1]);
  });

  it("answers 404 for an unknown slug and 400 for CSV", async () => {
    expect((await one("nothing-here")).status).toBe(404);
    expect((await one("framework-00", "?format=csv")).status).toBe(400);
    expect((await one("framework-00", "?format=xml")).status).toBe(400);
  });
});
