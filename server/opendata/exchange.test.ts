import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import type { Actor, Context } from "@/server/auth/actor";
import { answerOffer, createRequest, makeOffer, recordLearning, scheduleSession } from "@/server/exchange/service";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor, makeNetwork } from "@/server/test/factories";
import { exchangeResponse, type OpenExchangeRequest } from "./exchange";

let t: TestDb;
const base = "http://concord.test/api/v1";
const get = (query = "") => exchangeResponse(() => t.db, new Request(`${base}/exchange${query}`));
type Body = { data: OpenExchangeRequest[]; nextCursor: string | null };
const ctx = (actor: Actor): Context => ({ db: t.db, actor });

let c40Owner: Actor, icleiEditor: Actor;
let slug: string;

beforeAll(async () => {
  t = await createTestDb();
  const [c40, iclei, pending] = await Promise.all([
    makeNetwork(t.db, { name: "C40 Cities", acronym: "C40" }),
    makeNetwork(t.db, { name: "ICLEI", acronym: "ICLEI" }),
    makeNetwork(t.db, { name: "Hidden network", status: "PENDING" }),
  ]);
  [c40Owner, icleiEditor] = await Promise.all([makeActor(t.db, { owner: [c40.id] }), makeActor(t.db, { editor: [iclei.id] })]);
  const ask = (title: string, networkId = c40.id) => ({
    networkId, topic: "MONITORING_REPORTING" as const, format: "WEBINAR" as const, title,
    description: "How do you collect and publish progress reports from member cities?", windowStart: "2026-01-01", windowEnd: "2026-06-30",
  });
  const request = await createRequest(ctx(c40Owner), ask("Annual reporting by member cities"));
  slug = request.slug;
  const offer = await makeOffer(ctx(icleiEditor), { requestId: request.id, networkId: iclei.id, message: "ICLEI can share how its members report." });
  await answerOffer(ctx(c40Owner), { offerId: offer.id, accept: true });
  await scheduleSession(ctx(c40Owner), {
    requestId: request.id, version: 1, date: "2026-02-03", time: "15:00", timeZone: "Europe/Berlin", durationMinutes: 90, format: "WEBINAR",
    participantIds: [c40Owner.id, icleiEditor.id],
  });
  await recordLearning(ctx(c40Owner), { requestId: request.id, networkId: c40.id, title: "Reporting once a year is enough", body: "Members preferred a single annual report to quarterly ones." });
  await recordLearning(ctx(icleiEditor), { requestId: request.id, networkId: iclei.id, internal: true, title: "Confidential staffing numbers", body: "Staffing figures discussed in the session, not for publication." });
  for (let i = 0; i < 3; i++) await createRequest(ctx(c40Owner), ask(`Other reporting question ${i}`));
  // Requests of unverified networks never appear: inserted directly, as no one may post for them.
  await t.db.exchangeRequest.create({
    data: { slug: "hidden-request", networkId: pending.id, topic: "OTHER", format: "CALL", title: "Hidden", description: "Not public at all", windowStart: new Date(), windowEnd: new Date() },
  });
});
afterAll(() => t.close());

describe("GET /api/v1/exchange", () => {
  it("lists public requests with offers count, sessions and public learning records only", async () => {
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = (await response.json()) as Body;
    expect(body.data.map((r) => r.slug)).not.toContain("hidden-request");
    const record = body.data.find((r) => r.slug === slug)!;
    expect(record).toMatchObject({
      topic: "monitoring_reporting", format: "webinar", status: "completed", windowStart: "2026-01-01", windowEnd: "2026-06-30",
      network: "c40", offers: 1, acceptedNetworks: ["iclei"],
      sessions: [{ startsAt: "2026-02-03T14:00:00.000Z", timeZone: "Europe/Berlin", durationMinutes: 90, format: "webinar", networks: ["c40", "iclei"] }],
    });
    expect(record.learnings.map((l) => l.title)).toEqual(["Reporting once a year is enough"]);
    expect(record.learnings[0]!.url).toBe(`http://concord.test/exchange/${slug}#learning-${record.learnings[0]!.id}`);
    expect(JSON.stringify(body)).not.toContain("Confidential");
    expect(JSON.stringify(body)).not.toContain(c40Owner.email);
  });

  it("pages with a keyset cursor and searches titles", async () => {
    const first = (await (await get("?limit=3")).json()) as Body;
    expect(first.data).toHaveLength(3);
    const second = (await (await get(`?limit=3&cursor=${first.nextCursor}`)).json()) as Body;
    expect(second.data).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.data, ...second.data].map((r) => r.slug)).size).toBe(4);
    const found = (await (await get("?q=annual")).json()) as Body;
    expect(found.data.map((r) => r.slug)).toEqual([slug]);
  });

  it("answers CSV and explains a bad query in plain English", async () => {
    const response = await get("?format=csv&q=annual");
    expect(response.headers.get("content-type")).toContain("text/csv");
    const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ slug, offers: "1", sessions: "1", learnings: "1", learningTitles: "Reporting once a year is enough" });
    const bad = await get("?limit=0&cursor=nope!");
    expect(bad.status).toBe(400);
    const error = (await bad.json()) as { error: { fieldErrors: Record<string, string[]> } };
    expect(error.error.fieldErrors.limit?.[0]).toContain("limit must be");
    expect(error.error.fieldErrors.cursor?.[0]).toContain("cursor is not valid");
  });
});
