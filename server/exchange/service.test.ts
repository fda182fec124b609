import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { Actor, Context } from "@/server/auth/actor";
import { AppError } from "@/server/errors";
import { appRouter } from "@/server/trpc/root";
import { createCallerFactory } from "@/server/trpc/init";
import { search } from "@/server/search/query";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor, makeNetwork } from "@/server/test/factories";
import type { RequestCreateInput } from "./input";
import {
  answerOffer,
  closeRequest,
  createRequest,
  getRequest,
  listRequests,
  listStandingOffers,
  makeOffer,
  postStandingOffer,
  recordLearning,
  recentLearnings,
  scheduleSession,
  setStandingOfferActive,
  suggestSecretariats,
  updateRequest,
  withdrawnStandingOffers,
} from "./service";
import { wallClock, zonedTimeToUtc } from "./time";

let t: TestDb;
const ctx = (actor: Actor | null): Context => ({ db: t.db, actor });
const caller = (actor: Actor | null) => createCallerFactory(appRouter)({ db: t.db, actor });
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? e.code : e instanceof ZodError ? "VALIDATION" : e),
  );
const fieldsOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? (e.details?.fieldErrors ?? {}) : e instanceof ZodError ? e.flatten().fieldErrors : e),
  );

let c40: { id: string }, iclei: { id: string }, uclg: { id: string }, pending: { id: string };
let c40Owner: Actor, c40Editor: Actor, icleiEditor: Actor, icleiOwner: Actor, uclgOwner: Actor, pendingOwner: Actor, moderator: Actor, stranger: Actor, suspended: Actor;

const ask = (over: Partial<RequestCreateInput> = {}): RequestCreateInput => ({
  networkId: c40.id,
  topic: "MEMBERSHIP_FEES",
  format: "CALL",
  title: "How do you set membership fees for cities of different sizes?",
  description: "We are reviewing our fee model and would like to hear how other secretariats tier their fees.",
  windowStart: "2026-01-10",
  windowEnd: "2026-03-31",
  ...over,
});

beforeAll(async () => {
  t = await createTestDb();
  [c40, iclei, uclg, pending] = await Promise.all([
    makeNetwork(t.db, { name: "C40 Cities", acronym: "C40" }),
    makeNetwork(t.db, { name: "ICLEI", acronym: "ICLEI" }),
    makeNetwork(t.db, { name: "UCLG", acronym: "UCLG" }),
    makeNetwork(t.db, { name: "Pending network", status: "PENDING" }),
  ]);
  [c40Owner, c40Editor, icleiEditor, icleiOwner, uclgOwner, pendingOwner, moderator, stranger, suspended] = await Promise.all([
    makeActor(t.db, { owner: [c40.id] }),
    makeActor(t.db, { editor: [c40.id] }),
    makeActor(t.db, { editor: [iclei.id] }),
    makeActor(t.db, { owner: [iclei.id] }),
    makeActor(t.db, { owner: [uclg.id] }),
    makeActor(t.db, { owner: [pending.id] }),
    makeActor(t.db, { moderator: true }),
    makeActor(t.db),
    makeActor(t.db, { owner: [c40.id] }),
  ]);
  suspended = { ...suspended, suspendedUntil: new Date(Date.now() + 86_400_000) };
});
afterAll(() => t.close());

/** A request by C40 with ICLEI's offer accepted and a session between both. */
async function scheduledExchange(title: string) {
  const request = await createRequest(ctx(c40Owner), ask({ title }));
  const offer = await makeOffer(ctx(icleiEditor), { requestId: request.id, networkId: iclei.id, message: "We run a tiered fee model and can walk you through it." });
  await answerOffer(ctx(c40Owner), { offerId: offer.id, accept: true });
  const session = await scheduleSession(ctx(c40Owner), {
    requestId: request.id, version: request.version, date: "2026-02-12", time: "10:00", timeZone: "America/Montevideo",
    durationMinutes: 60, format: "CALL", participantIds: [c40Owner.id, icleiEditor.id],
  });
  return { request, offer, session };
}

describe("requests", () => {
  it("lets staff of a verified network ask, and refuses everyone else", async () => {
    expect(await codeOf(createRequest(ctx(null), ask()))).toBe("UNAUTHORIZED");
    expect(await codeOf(createRequest(ctx(stranger), ask()))).toBe("FORBIDDEN");
    expect(await codeOf(createRequest(ctx(icleiOwner), ask()))).toBe("FORBIDDEN");
    expect(await codeOf(createRequest(ctx(moderator), ask()))).toBe("FORBIDDEN");
    expect(await codeOf(createRequest(ctx(suspended), ask()))).toBe("FORBIDDEN");
    expect(await codeOf(createRequest(ctx(pendingOwner), ask({ networkId: pending.id })))).toBe("VALIDATION");
    const created = await createRequest(ctx(c40Editor), ask({ title: "Editors may ask too" }));
    expect(created).toMatchObject({ slug: "editors-may-ask-too", status: "OPEN", version: 1 });
  });

  it("validates the window, topic and length with messages a person understands", async () => {
    expect(await fieldsOf(createRequest(ctx(c40Owner), ask({ windowStart: "2026-05-01", windowEnd: "2026-04-01" })))).toEqual({ windowEnd: ["exchange.errors.windowOrder"] });
    expect(await fieldsOf(createRequest(ctx(c40Owner), ask({ windowStart: "2026-02-30" })))).toEqual({ windowStart: ["exchange.errors.dateInvalid"] });
    expect(await fieldsOf(createRequest(ctx(c40Owner), ask({ description: "short" })))).toEqual({ description: ["exchange.errors.descriptionRequired"] });
    expect(await codeOf(createRequest(ctx(c40Owner), ask({ topic: "ASTROLOGY" as "OTHER" })))).toBe("VALIDATION");
  });

  it("edits with a version check, only by the requester's staff", async () => {
    const created = await createRequest(ctx(c40Owner), ask({ title: "Fee reform questions" }));
    const edit = { ...ask({ title: "Fee reform questions, revised" }), requestId: created.id, version: created.version };
    expect(await codeOf(updateRequest(ctx(icleiOwner), edit))).toBe("FORBIDDEN");
    expect(await codeOf(updateRequest(ctx(moderator), edit))).toBe("FORBIDDEN");
    const saved = await updateRequest(ctx(c40Editor), edit);
    expect(saved.version).toBe(2);
    expect(await codeOf(updateRequest(ctx(c40Owner), edit))).toBe("CONFLICT");
  });

  it("closes with a version check: the requester's staff or a moderator", async () => {
    const created = await createRequest(ctx(c40Owner), ask({ title: "A request to close" }));
    expect(await codeOf(closeRequest(ctx(icleiOwner), { requestId: created.id, version: 1 }))).toBe("FORBIDDEN");
    expect(await codeOf(closeRequest(ctx(stranger), { requestId: created.id, version: 1 }))).toBe("FORBIDDEN");
    expect(await codeOf(closeRequest(ctx(c40Owner), { requestId: created.id, version: 7 }))).toBe("CONFLICT");
    expect((await closeRequest(ctx(moderator), { requestId: created.id, version: 1 })).status).toBe("CLOSED");
    expect(await codeOf(makeOffer(ctx(icleiEditor), { requestId: created.id, networkId: iclei.id, message: "Happy to help with this one." }))).toBe("CONFLICT");
  });
});

describe("offers", () => {
  it("lets other networks' staff offer once, never on their own network's request, and tells the requester", async () => {
    const request = await createRequest(ctx(c40Owner), ask({ title: "Offers wanted on fees" }));
    const message = "We revised our fee model in 2023 and can share what we learned.";
    expect(await codeOf(makeOffer(ctx(c40Editor), { requestId: request.id, networkId: c40.id, message }))).toBe("FORBIDDEN");
    expect(await codeOf(makeOffer(ctx(stranger), { requestId: request.id, networkId: iclei.id, message }))).toBe("FORBIDDEN");
    expect(await codeOf(makeOffer(ctx(uclgOwner), { requestId: request.id, networkId: iclei.id, message }))).toBe("FORBIDDEN");
    expect(await codeOf(makeOffer(ctx(icleiEditor), { requestId: request.id, networkId: iclei.id, message: "hi" }))).toBe("VALIDATION");
    await makeOffer(ctx(icleiEditor), { requestId: request.id, networkId: iclei.id, message });
    expect(await codeOf(makeOffer(ctx(icleiOwner), { requestId: request.id, networkId: iclei.id, message }))).toBe("CONFLICT");
    const notes = await t.db.notification.findMany({ where: { kind: "exchange.notify.offerReceived", link: `/exchange/${request.slug}` }, select: { userId: true } });
    expect(notes.map((n) => n.userId).sort()).toEqual([c40Owner.id, c40Editor.id, suspended.id].sort());
  });

  it("lets the requester's staff accept several offers and decline others, and tells the accepted network", async () => {
    const request = await createRequest(ctx(c40Owner), ask({ title: "Several offers" }));
    const fromIclei = await makeOffer(ctx(icleiEditor), { requestId: request.id, networkId: iclei.id, message: "ICLEI can share its approach." });
    const fromUclg = await makeOffer(ctx(uclgOwner), { requestId: request.id, networkId: uclg.id, message: "UCLG can share its approach." });
    expect(await codeOf(answerOffer(ctx(icleiOwner), { offerId: fromIclei.id, accept: true }))).toBe("FORBIDDEN");
    expect(await codeOf(answerOffer(ctx(moderator), { offerId: fromIclei.id, accept: true }))).toBe("FORBIDDEN");
    expect(await codeOf(answerOffer(ctx(stranger), { offerId: fromIclei.id, accept: true }))).toBe("FORBIDDEN");
    await answerOffer(ctx(c40Editor), { offerId: fromIclei.id, accept: true });
    await answerOffer(ctx(c40Owner), { offerId: fromUclg.id, accept: true });
    expect(await codeOf(answerOffer(ctx(c40Owner), { offerId: fromUclg.id, accept: false }))).toBe("CONFLICT");
    const page = await getRequest(ctx(null), request.slug);
    expect(page?.participantNetworkIds.sort()).toEqual([c40.id, iclei.id, uclg.id].sort());
    const accepted = await t.db.notification.findMany({ where: { kind: "exchange.notify.offerAccepted", link: `/exchange/${request.slug}` }, select: { userId: true } });
    expect(accepted.map((n) => n.userId).sort()).toEqual([icleiEditor.id, icleiOwner.id, uclgOwner.id].sort());

    const other = await createRequest(ctx(c40Owner), ask({ title: "Decline this one" }));
    const declined = await makeOffer(ctx(uclgOwner), { requestId: other.id, networkId: uclg.id, message: "UCLG can share its approach." });
    expect((await answerOffer(ctx(c40Owner), { offerId: declined.id, accept: false })).status).toBe("DECLINED");
  });
});

describe("sessions", () => {
  it("are scheduled by the requester's staff with participants from both sides, in a named time zone", async () => {
    const request = await createRequest(ctx(c40Owner), ask({ title: "Session scheduling" }));
    const base = { requestId: request.id, version: 1, date: "2026-02-12", time: "10:00", timeZone: "America/Montevideo", durationMinutes: 60, format: "CALL" as const };
    expect(await codeOf(scheduleSession(ctx(c40Owner), { ...base, participantIds: [c40Owner.id, icleiEditor.id] }))).toBe("CONFLICT");
    const offer = await makeOffer(ctx(icleiEditor), { requestId: request.id, networkId: iclei.id, message: "ICLEI can share its approach." });
    await makeOffer(ctx(uclgOwner), { requestId: request.id, networkId: uclg.id, message: "UCLG can share its approach." });
    await answerOffer(ctx(c40Owner), { offerId: offer.id, accept: true });

    expect(await codeOf(scheduleSession(ctx(icleiEditor), { ...base, participantIds: [c40Owner.id, icleiEditor.id] }))).toBe("FORBIDDEN");
    expect(await codeOf(scheduleSession(ctx(moderator), { ...base, participantIds: [c40Owner.id, icleiEditor.id] }))).toBe("FORBIDDEN");
    expect(await fieldsOf(scheduleSession(ctx(c40Owner), { ...base, timeZone: "Mars/Olympus", participantIds: [c40Owner.id, icleiEditor.id] }))).toEqual({ timeZone: ["exchange.errors.timeZoneInvalid"] });
    expect(await fieldsOf(scheduleSession(ctx(c40Owner), { ...base, time: "25:00", participantIds: [c40Owner.id, icleiEditor.id] }))).toEqual({ time: ["exchange.errors.timeInvalid"] });
    // UCLG's offer is still pending: its staff cannot sit in the session.
    expect(await fieldsOf(scheduleSession(ctx(c40Owner), { ...base, participantIds: [c40Owner.id, uclgOwner.id] }))).toEqual({ participantIds: ["exchange.errors.participantNotStaff"] });
    expect(await fieldsOf(scheduleSession(ctx(c40Owner), { ...base, participantIds: [c40Owner.id, stranger.id] }))).toEqual({ participantIds: ["exchange.errors.participantNotStaff"] });
    expect(await fieldsOf(scheduleSession(ctx(c40Owner), { ...base, participantIds: [c40Owner.id, c40Editor.id] }))).toEqual({ participantIds: ["exchange.errors.participantsBothSides"] });
    // 02:30 does not exist in New York on the morning clocks move forward.
    expect(await fieldsOf(scheduleSession(ctx(c40Owner), { ...base, date: "2026-03-08", time: "02:30", timeZone: "America/New_York", participantIds: [c40Owner.id, icleiEditor.id] }))).toEqual({ time: ["exchange.errors.timeSkipped"] });

    const session = await scheduleSession(ctx(c40Editor), { ...base, participantIds: [c40Owner.id, icleiEditor.id, c40Owner.id] });
    expect(session.startsAt.toISOString()).toBe("2026-02-12T13:00:00.000Z");
    expect(await codeOf(scheduleSession(ctx(c40Editor), { ...base, participantIds: [c40Owner.id, icleiEditor.id] }))).toBe("CONFLICT");
    const page = await getRequest(ctx(null), request.slug);
    expect(page?.status).toBe("SCHEDULED");
    expect(page?.sessions[0]?.participants.map((p) => p.networkId).sort()).toEqual([c40.id, iclei.id].sort());
    const told = await t.db.notification.findMany({ where: { kind: "exchange.notify.sessionScheduled", link: `/exchange/${request.slug}` }, select: { userId: true } });
    expect(told.map((n) => n.userId).sort()).toEqual([c40Owner.id, icleiEditor.id].sort());
  });

  it("converts wall-clock times across zones and daylight saving", () => {
    expect(zonedTimeToUtc("2026-07-01", "09:00", "Europe/Paris")?.toISOString()).toBe("2026-07-01T07:00:00.000Z");
    expect(zonedTimeToUtc("2026-01-15", "09:00", "Europe/Paris")?.toISOString()).toBe("2026-01-15T08:00:00.000Z");
    expect(zonedTimeToUtc("2026-01-15", "09:00", "Asia/Kolkata")?.toISOString()).toBe("2026-01-15T03:30:00.000Z");
    expect(zonedTimeToUtc("2026-03-29", "02:30", "Europe/Paris")).toBeNull();
    // 02:30 happens twice when clocks move back: either instant reads 02:30 in Paris.
    expect(wallClock(zonedTimeToUtc("2026-10-25", "02:30", "Europe/Paris")!, "Europe/Paris")).toBe("2026-10-25 02:30");
  });
});

describe("learning records", () => {
  it("are recorded only by participating networks' staff; the first completes the request", async () => {
    const { request, session } = await scheduledExchange("Learning permissions");
    const lesson = { requestId: request.id, sessionId: session.id, title: "What we learned about tiered fees", body: "Tiering fees by population and GDP kept smaller members in.", internal: false };
    expect(await codeOf(recordLearning(ctx(uclgOwner), { ...lesson, networkId: uclg.id }))).toBe("FORBIDDEN");
    expect(await codeOf(recordLearning(ctx(uclgOwner), { ...lesson, networkId: iclei.id }))).toBe("FORBIDDEN");
    expect(await codeOf(recordLearning(ctx(stranger), { ...lesson, networkId: c40.id }))).toBe("FORBIDDEN");
    expect(await codeOf(recordLearning(ctx(moderator), { ...lesson, networkId: c40.id }))).toBe("FORBIDDEN");
    expect(await codeOf(recordLearning(ctx(icleiEditor), { ...lesson, networkId: c40.id }))).toBe("FORBIDDEN");
    expect(await fieldsOf(recordLearning(ctx(c40Owner), { ...lesson, networkId: c40.id, sessionId: "nope" }))).toEqual({ sessionId: ["exchange.errors.sessionUnknown"] });
    await recordLearning(ctx(c40Owner), { ...lesson, networkId: c40.id });
    await recordLearning(ctx(icleiEditor), { ...lesson, networkId: iclei.id, title: "What ICLEI took away" });
    expect((await getRequest(ctx(null), request.slug))?.status).toBe("COMPLETED");
  });

  it("needs a session first", async () => {
    const request = await createRequest(ctx(c40Owner), ask({ title: "No session yet" }));
    const offer = await makeOffer(ctx(icleiEditor), { requestId: request.id, networkId: iclei.id, message: "ICLEI can share its approach." });
    await answerOffer(ctx(c40Owner), { offerId: offer.id, accept: true });
    expect(await codeOf(recordLearning(ctx(c40Owner), { requestId: request.id, networkId: c40.id, title: "Too early lesson", body: "Nothing has happened yet, this should fail." }))).toBe("CONFLICT");
  });

  it("are searchable when public; internal ones stay with the participants everywhere", async () => {
    const { request, session } = await scheduledExchange("Reporting framework exchange");
    const open = await recordLearning(ctx(c40Owner), {
      requestId: request.id, networkId: c40.id, sessionId: session.id, internal: false,
      title: "Quarterly dashboards keep members reporting", body: "A short **quarterly dashboard** template made reporting by member cities routine.",
    });
    const secret = await recordLearning(ctx(icleiEditor), {
      requestId: request.id, networkId: iclei.id, sessionId: session.id, internal: true,
      title: "Budget figures shared in confidence", body: "The zanzibarite budget numbers discussed are not for publication.",
    });
    expect(open.anchor).toBe(`/exchange/${request.slug}#learning-${open.id}`);

    const found = await search(t.db, { q: "quarterly dashboard", kind: "EXCHANGE_LEARNING", limit: 10, offset: 0 });
    expect(found.hits.map((h) => h.entityId)).toEqual([open.id]);
    expect(found.hits[0]?.slug).toBe(`${request.slug}:${open.id}`);
    // The request's title is part of the record's text.
    expect((await search(t.db, { q: "reporting framework exchange", kind: "EXCHANGE_LEARNING", limit: 10, offset: 0 })).hits.map((h) => h.entityId)).toContain(open.id);
    expect((await search(t.db, { q: "zanzibarite", limit: 10, offset: 0 })).total).toBe(0);

    const titles = async (actor: Actor | null) => (await getRequest(ctx(actor), request.slug))!.learnings.map((l) => l.title).sort();
    const both = ["Budget figures shared in confidence", "Quarterly dashboards keep members reporting"];
    expect(await titles(null)).toEqual([both[1]]);
    expect(await titles(stranger)).toEqual([both[1]]);
    expect(await titles(uclgOwner)).toEqual([both[1]]);
    expect(await titles(c40Editor)).toEqual(both);
    expect(await titles(icleiOwner)).toEqual(both);
    expect(await titles(moderator)).toEqual(both);

    const viaRouter = await caller(uclgOwner).exchange.bySlug({ slug: request.slug });
    expect(JSON.stringify(viaRouter)).not.toContain("zanzibarite");
    expect((await caller(icleiEditor).exchange.bySlug({ slug: request.slug })).learnings).toHaveLength(2);
    expect((await recentLearnings(t.db, 50)).map((l) => l.id)).not.toContain(secret.id);
  });
});

describe("standing offers", () => {
  it("are posted and withdrawn by the network's staff", async () => {
    const offer = { networkId: iclei.id, topic: "MONITORING_REPORTING" as const, title: "We can share our reporting framework", description: "Our secretariat can walk you through how members report each year.", formats: ["CALL" as const, "WEBINAR" as const] };
    expect(await codeOf(postStandingOffer(ctx(null), offer))).toBe("UNAUTHORIZED");
    expect(await codeOf(postStandingOffer(ctx(c40Owner), offer))).toBe("FORBIDDEN");
    expect(await codeOf(postStandingOffer(ctx(moderator), offer))).toBe("FORBIDDEN");
    expect(await fieldsOf(postStandingOffer(ctx(icleiEditor), { ...offer, formats: [] }))).toEqual({ formats: ["exchange.errors.formatsRequired"] });
    const posted = await postStandingOffer(ctx(icleiEditor), offer);
    expect((await listStandingOffers(t.db, { topic: "MONITORING_REPORTING" })).map((o) => o.id)).toContain(posted.id);
    expect(await codeOf(setStandingOfferActive(ctx(c40Owner), { standingOfferId: posted.id, active: false }))).toBe("FORBIDDEN");
    await setStandingOfferActive(ctx(icleiOwner), { standingOfferId: posted.id, active: false });
    expect((await listStandingOffers(t.db, { topic: "MONITORING_REPORTING" })).map((o) => o.id)).not.toContain(posted.id);
    await setStandingOfferActive(ctx(moderator), { standingOfferId: posted.id, active: true });
    expect((await listStandingOffers(t.db)).map((o) => o.id)).toContain(posted.id);
  });

  it("are shown withdrawn only to their network's staff, who list them again through the router", async () => {
    const posted = await postStandingOffer(ctx(icleiOwner), { networkId: iclei.id, topic: "COMMUNICATIONS", title: "Our volunteer programme", description: "How we recruit and train volunteers for our congress.", formats: ["WEBINAR"] });
    await caller(icleiOwner).exchange.setStandingOfferActive({ standingOfferId: posted.id, active: false });
    expect((await withdrawnStandingOffers(t.db, icleiEditor)).map((o) => o.id)).toContain(posted.id);
    for (const other of [null, c40Owner, moderator, stranger]) expect(await withdrawnStandingOffers(t.db, other)).toEqual([]);
    expect(await withdrawnStandingOffers(t.db, { ...icleiEditor, suspendedUntil: new Date(Date.now() + 86_400_000) })).toEqual([]);
    await expect(caller(c40Owner).exchange.setStandingOfferActive({ standingOfferId: posted.id, active: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await caller(icleiEditor).exchange.setStandingOfferActive({ standingOfferId: posted.id, active: true });
    expect((await withdrawnStandingOffers(t.db, icleiEditor)).map((o) => o.id)).not.toContain(posted.id);
    expect((await listStandingOffers(t.db, { topic: "COMMUNICATIONS" })).map((o) => o.id)).toContain(posted.id);
  });
});

describe("matching and listing", () => {
  it("suggests secretariats with records, standing offers or accepted offers on the topic, ranked with reasons, never the requester", async () => {
    const [eurocities, metropolis] = await Promise.all([makeNetwork(t.db, { name: "Eurocities" }), makeNetwork(t.db, { name: "Metropolis" })]);
    const [euroOwner, metroOwner] = await Promise.all([makeActor(t.db, { owner: [eurocities.id] }), makeActor(t.db, { owner: [metropolis.id] })]);
    await postStandingOffer(ctx(euroOwner), { networkId: eurocities.id, topic: "EVENTS", title: "Our events playbook", description: "How we run our annual conference with a host city.", formats: ["WEBINAR"] });
    await postStandingOffer(ctx(c40Owner), { networkId: c40.id, topic: "EVENTS", title: "C40's summit checklist", description: "What we check before a summit of mayors.", formats: ["CALL"] });
    const past = await createRequest(ctx(uclgOwner), ask({ networkId: uclg.id, topic: "EVENTS", title: "Running a world congress" }));
    const offer = await makeOffer(ctx(metroOwner), { requestId: past.id, networkId: metropolis.id, message: "Metropolis has co-organised congresses." });
    await answerOffer(ctx(uclgOwner), { offerId: offer.id, accept: true });

    const request = await createRequest(ctx(c40Owner), ask({ topic: "EVENTS", title: "How do you run a global summit?" }));
    const suggestions = await suggestSecretariats(t.db, { id: request.id, networkId: c40.id, topic: "EVENTS" });
    expect(suggestions.map((s) => s.network.id)).toEqual([eurocities.id, metropolis.id]);
    expect(suggestions[0]).toMatchObject({ standingOffers: 1, standingOfferTitle: "Our events playbook", learnings: 0 });
    expect(suggestions[1]).toMatchObject({ acceptedOffers: 1, standingOffers: 0 });
    expect(await suggestSecretariats(t.db, { id: request.id, networkId: c40.id, topic: "PARTNERSHIPS" })).toEqual([]);
    // A network that already offered on this request is not suggested for it.
    await makeOffer(ctx(euroOwner), { requestId: request.id, networkId: eurocities.id, message: "Eurocities can share its playbook." });
    expect((await suggestSecretariats(t.db, { id: request.id, networkId: c40.id, topic: "EVENTS" })).map((s) => s.network.id)).toEqual([metropolis.id]);
  });

  it("lists active requests by topic and format with a keyset cursor", async () => {
    for (let i = 0; i < 14; i++) await createRequest(ctx(uclgOwner), ask({ networkId: uclg.id, topic: "DIGITAL_TOOLS", format: "WEBINAR", title: `Digital tools question number ${i}` }));
    const first = await listRequests(t.db, { topic: "digital_tools", format: "webinar" });
    expect(first.items).toHaveLength(12);
    expect(first.nextCursor).not.toBeNull();
    const second = await listRequests(t.db, { topic: "DIGITAL_TOOLS", format: "WEBINAR", cursor: first.nextCursor! });
    expect(second.items).toHaveLength(2);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((r) => r.id)).size).toBe(14);
    expect((await listRequests(t.db, { topic: "nonsense", format: "CALL", cursor: "garbage" })).input.topic).toBeUndefined();
    expect((await listRequests(t.db, { status: "closed" })).items.every((r) => r.status === "CLOSED")).toBe(true);
  });
});
