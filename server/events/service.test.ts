import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { Actor } from "@/server/auth/actor";
import { policy } from "@/server/auth/policy";
import type { Db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor, makeNetwork } from "@/server/test/factories";
import {
  addAgendaItem,
  answerHost,
  cancelRegistration,
  createEvent,
  createStatement,
  getEvent,
  getStatement,
  inviteHost,
  listEvents,
  register,
  removeAgendaItem,
  reorderAgenda,
  signStatement,
  updateAgendaItem,
  updateEvent,
  updateStatement,
} from "./service";

let t: TestDb;
let db: Db;
let c40: { id: string; slug: string };
let iclei: { id: string; slug: string };
let other: { id: string; slug: string };
let c40Owner: Actor;
let c40Editor: Actor;
let icleiOwner: Actor;
let icleiEditor: Actor;
let otherOwner: Actor;
let person: Actor;

const ctx = (actor: Actor | null) => ({ db, actor });
const code = async (p: Promise<unknown>) => {
  try {
    await p;
    return "OK";
  } catch (e) {
    if (e instanceof ZodError) return `VALIDATION:${e.issues.map((i) => i.message).join(",")}`;
    return e instanceof AppError ? `${e.code}:${e.message}` : String(e);
  }
};

const base = {
  title: "Local and Regional Governments' Forum",
  summary: "Cities and regions report on the SDGs at the High-Level Political Forum.",
  description: "A **day** of sessions.",
  mode: "HYBRID" as "ONLINE" | "IN_PERSON" | "HYBRID",
  location: "UN Headquarters, New York",
  onlineUrl: "https://example.org/live",
  startsAt: "2099-07-14T09:00",
  endsAt: "2099-07-14T17:00",
  timeZone: "America/New_York",
  capacity: null,
  language: "en" as const,
};

async function newEvent(capacity: number | null = null, by: Actor = c40Owner, networkId = c40.id) {
  return createEvent(ctx(by), { ...base, title: `${base.title} ${Math.random().toString(36).slice(2, 8)}`, capacity, networkId });
}

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  c40 = await makeNetwork(db, { name: "C40 Cities", acronym: "C40" });
  iclei = await makeNetwork(db, { name: "ICLEI", acronym: "ICLEI" });
  other = await makeNetwork(db, { name: "Metropolis", acronym: "METRO" });
  c40Owner = await makeActor(db, { owner: [c40.id] });
  c40Editor = await makeActor(db, { editor: [c40.id] });
  icleiOwner = await makeActor(db, { owner: [iclei.id] });
  icleiEditor = await makeActor(db, { editor: [iclei.id] });
  otherOwner = await makeActor(db, { owner: [other.id] });
  person = await makeActor(db);
}, 60_000);

afterAll(async () => t.close());

describe("events policy", () => {
  it("lets staff of a verified network create, and nobody else", async () => {
    expect(await code(newEvent(null, c40Editor))).toBe("OK");
    expect(await code(newEvent(null, person))).toBe("FORBIDDEN:errors.notAllowed");
    expect(await code(newEvent(null, icleiOwner))).toBe("FORBIDDEN:errors.notAllowed");
    expect(await code(createEvent(ctx(null), { ...base, networkId: c40.id }))).toBe("UNAUTHORIZED:errors.signInRequired");
    const pending = await makeNetwork(db, { status: "PENDING" });
    const pendingOwner = await makeActor(db, { owner: [pending.id] });
    expect(await code(newEvent(null, pendingOwner, pending.id))).toBe("VALIDATION:errors.validation");
  });

  it("refuses suspended staff", async () => {
    const suspended = await makeActor(db, { owner: [c40.id] });
    expect(policy.createEvent({ ...suspended, suspendedUntil: new Date(Date.now() + 86_400_000) }, c40.id)).toBe(false);
    expect(policy.registerForEvent({ ...person, suspendedUntil: new Date(Date.now() + 86_400_000) })).toBe(false);
  });

  it("stores times as instants from the event's time zone, the creating network accepted at once", async () => {
    const { id, slug } = await newEvent(3);
    const page = (await getEvent(ctx(null), slug))!;
    expect(page.startsAt.toISOString()).toBe("2099-07-14T13:00:00.000Z");
    expect(page.hosts.map((h) => [h.networkId, h.status])).toEqual([[c40.id, "ACCEPTED"]]);
    expect(page.hostIds).toEqual([c40.id]);
    expect(id).toBeTruthy();
  });

  it("validates: end after start, location for in-person, link for online, a real zone", async () => {
    const bad = (patch: Partial<typeof base>) => code(createEvent(ctx(c40Owner), { ...base, ...patch, networkId: c40.id }));
    expect(await bad({ endsAt: "2099-07-14T08:00" })).toBe("VALIDATION:events.errors.endBeforeStart");
    expect(await bad({ mode: "IN_PERSON", location: "" })).toBe("VALIDATION:events.errors.locationRequired");
    expect(await bad({ mode: "ONLINE", onlineUrl: "" })).toBe("VALIDATION:events.errors.onlineUrlRequired");
    expect(await bad({ timeZone: "Mars/Olympus" })).toBe("VALIDATION:events.errors.timeZoneInvalid");
    // Intl would take these, but they are not IANA zone names a person should pick.
    expect(await bad({ timeZone: "EST" })).toBe("VALIDATION:events.errors.timeZoneInvalid");
    expect(await bad({ timeZone: "US/Eastern" })).toBe("VALIDATION:events.errors.timeZoneInvalid");
  });

  it("stores a zone typed in lower case under its IANA spelling", async () => {
    const { id } = await createEvent(ctx(c40Owner), { ...base, title: "Zone spelling check", networkId: c40.id, timeZone: "europe/paris" });
    expect((await db.event.findUniqueOrThrow({ where: { id }, select: { timeZone: true } })).timeZone).toBe("Europe/Paris");
  });
});

describe("co-hosts", () => {
  it("invites a network; only its owner answers; then its staff may edit, and a non-host may not", async () => {
    const { id, slug } = await newEvent();
    expect(await code(inviteHost(ctx(person), { eventId: id, networkSlug: iclei.slug }))).toBe("FORBIDDEN:errors.notAllowed");
    expect(await code(inviteHost(ctx(c40Editor), { eventId: id, networkSlug: iclei.slug }))).toBe("OK");
    expect(await code(inviteHost(ctx(c40Editor), { eventId: id, networkSlug: iclei.slug }))).toBe("CONFLICT:events.errors.invitationPending");
    const invited = await db.notification.findMany({ where: { userId: icleiOwner.id, kind: "events.notify.hostInvited" } });
    expect(invited.length).toBeGreaterThan(0);
    // A pending co-host does not edit yet.
    const page = (await getEvent(ctx(null), slug))!;
    const edit = (actor: Actor, version: number) =>
      code(updateEvent(ctx(actor), { ...base, eventId: id, version, title: "Renamed forum", capacity: null }));
    expect(await edit(icleiEditor, page.version)).toBe("FORBIDDEN:errors.notAllowed");
    expect(await code(answerHost(ctx(icleiEditor), { eventId: id, networkId: iclei.id, accept: true }))).toBe("FORBIDDEN:errors.notAllowed");
    expect(await code(answerHost(ctx(c40Owner), { eventId: id, networkId: iclei.id, accept: true }))).toBe("FORBIDDEN:errors.notAllowed");
    expect(await code(answerHost(ctx(icleiOwner), { eventId: id, networkId: iclei.id, accept: true }))).toBe("OK");
    expect(await code(answerHost(ctx(icleiOwner), { eventId: id, networkId: iclei.id, accept: true }))).toBe("NOT_FOUND:events.errors.noInvitation");
    expect(await edit(icleiEditor, page.version)).toBe("OK");
    expect(await edit(otherOwner, page.version + 1)).toBe("FORBIDDEN:errors.notAllowed");
    expect(await edit(person, page.version + 1)).toBe("FORBIDDEN:errors.notAllowed");
    // A stale version is a conflict, not a silent overwrite.
    expect(await edit(c40Owner, page.version)).toBe("CONFLICT:events.errors.staleEdit");
    expect((await getEvent(ctx(null), slug))!.title).toBe("Renamed forum");
  });

  it("declining leaves the network out", async () => {
    const { id, slug } = await newEvent();
    await inviteHost(ctx(c40Owner), { eventId: id, networkSlug: other.slug });
    await answerHost(ctx(otherOwner), { eventId: id, networkId: other.id, accept: false });
    expect((await getEvent(ctx(null), slug))!.hostIds).toEqual([c40.id]);
  });
});

describe("agenda", () => {
  it("hosts add, edit, reorder and remove items; others cannot", async () => {
    const { id, slug } = await newEvent();
    const a = await addAgendaItem(ctx(c40Editor), { eventId: id, title: "Opening", startsAt: "2099-07-14T09:00" });
    const b = await addAgendaItem(ctx(c40Owner), { eventId: id, title: "Voluntary Local Reviews" });
    expect(await code(addAgendaItem(ctx(otherOwner), { eventId: id, title: "Hijack" }))).toBe("FORBIDDEN:errors.notAllowed");
    expect(await code(updateAgendaItem(ctx(person), { itemId: a.id, title: "Hijack" }))).toBe("FORBIDDEN:errors.notAllowed");
    expect(await code(reorderAgenda(ctx(otherOwner), { eventId: id, itemIds: [b.id, a.id] }))).toBe("FORBIDDEN:errors.notAllowed");
    expect(await code(removeAgendaItem(ctx(person), { itemId: a.id }))).toBe("FORBIDDEN:errors.notAllowed");
    await updateAgendaItem(ctx(c40Owner), { itemId: a.id, title: "Opening plenary", startsAt: "2099-07-14T09:30" });
    await reorderAgenda(ctx(c40Owner), { eventId: id, itemIds: [b.id, a.id] });
    expect(await code(reorderAgenda(ctx(c40Owner), { eventId: id, itemIds: [a.id] }))).toBe("CONFLICT:events.errors.agendaChanged");
    let page = (await getEvent(ctx(null), slug))!;
    expect(page.agenda.map((i) => i.title)).toEqual(["Voluntary Local Reviews", "Opening plenary"]);
    expect(page.agenda[1]!.startsAt!.toISOString()).toBe("2099-07-14T13:30:00.000Z");
    await removeAgendaItem(ctx(c40Owner), { itemId: b.id });
    page = (await getEvent(ctx(null), slug))!;
    expect(page.agenda.map((i) => i.title)).toEqual(["Opening plenary"]);
  });
});

describe("registration", () => {
  it("confirms while seats are free, then waitlists; cancelling promotes the oldest waitlisted", async () => {
    const { id, slug } = await newEvent(1);
    const [a, b, c] = [await makeActor(db), await makeActor(db), await makeActor(db)];
    expect(await code(register(ctx(null), { eventId: id }))).toBe("UNAUTHORIZED:errors.signInRequired");
    expect(await code(cancelRegistration(ctx(null), { eventId: id }))).toBe("UNAUTHORIZED:errors.signInRequired");
    expect(await register(ctx(a), { eventId: id })).toEqual({ status: "CONFIRMED", waitlistPosition: null });
    expect(await register(ctx(b), { eventId: id })).toEqual({ status: "WAITLISTED", waitlistPosition: 1 });
    expect(await register(ctx(c), { eventId: id })).toEqual({ status: "WAITLISTED", waitlistPosition: 2 });
    // Registering twice changes nothing.
    expect(await register(ctx(b), { eventId: id })).toEqual({ status: "WAITLISTED", waitlistPosition: 1 });
    expect(await cancelRegistration(ctx(a), { eventId: id })).toEqual({ cancelled: true, promoted: 1 });
    expect((await getEvent(ctx(b), slug))!.registration).toEqual({ status: "CONFIRMED", waitlistPosition: null });
    expect((await getEvent(ctx(c), slug))!.registration).toEqual({ status: "WAITLISTED", waitlistPosition: 1 });
    expect(await db.notification.count({ where: { userId: b.id, kind: "events.notify.promoted" } })).toBe(1);
    // Cancelling a waitlist place frees no seat.
    expect(await cancelRegistration(ctx(c), { eventId: id })).toEqual({ cancelled: true, promoted: 0 });
    expect(await code(cancelRegistration(ctx(c), { eventId: id }))).toBe("NOT_FOUND:events.errors.notRegistered");
    // Coming back after cancelling joins the end of the queue.
    expect(await register(ctx(a), { eventId: id })).toEqual({ status: "WAITLISTED", waitlistPosition: 1 });
    expect((await db.event.findUniqueOrThrow({ where: { id } })).confirmedCount).toBe(1);
  });

  it("raising the capacity promotes the waitlist; lowering it below the confirmed seats is refused", async () => {
    const { id, slug } = await newEvent(1);
    const [a, b] = [await makeActor(db), await makeActor(db)];
    await register(ctx(a), { eventId: id });
    await register(ctx(b), { eventId: id });
    const page = (await getEvent(ctx(null), slug))!;
    await updateEvent(ctx(c40Owner), { ...base, title: page.title, eventId: id, version: page.version, capacity: 2 });
    expect((await getEvent(ctx(b), slug))!.registration?.status).toBe("CONFIRMED");
    expect(await code(updateEvent(ctx(c40Owner), { ...base, title: page.title, eventId: id, version: page.version + 1, capacity: 1 }))).toBe("VALIDATION:errors.validation");
  });

  it("never goes over capacity under 20 concurrent sign-ups, and concurrent cancellations promote one each", async () => {
    const { id } = await newEvent(5);
    const people = await Promise.all(Array.from({ length: 20 }, () => makeActor(db)));
    const results = await Promise.all(people.map((p) => register(ctx(p), { eventId: id })));
    expect(results.filter((r) => r.status === "CONFIRMED")).toHaveLength(5);
    expect(results.filter((r) => r.status === "WAITLISTED")).toHaveLength(15);
    const positions = results.flatMap((r) => (r.waitlistPosition ? [r.waitlistPosition] : [])).sort((x, y) => x - y);
    expect(positions).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    const event = await db.event.findUniqueOrThrow({ where: { id } });
    expect(event.confirmedCount).toBe(5);
    expect(await db.eventRegistration.count({ where: { eventId: id, status: "CONFIRMED" } })).toBe(5);

    const waitlistOrder = await db.eventRegistration.findMany({
      where: { eventId: id, status: "WAITLISTED" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { userId: true },
    });
    const confirmed = people.filter((_, i) => results[i]!.status === "CONFIRMED");
    const cancels = await Promise.all(confirmed.slice(0, 3).map((p) => cancelRegistration(ctx(p), { eventId: id })));
    expect(cancels.map((c) => c.promoted)).toEqual([1, 1, 1]);
    const after = await db.eventRegistration.findMany({ where: { eventId: id, status: "CONFIRMED" }, select: { userId: true, promotedAt: true } });
    expect(after).toHaveLength(5);
    // The three promoted are the three who waited longest.
    expect(after.filter((r) => r.promotedAt).map((r) => r.userId).sort()).toEqual(waitlistOrder.slice(0, 3).map((r) => r.userId).sort());
    expect((await db.event.findUniqueOrThrow({ where: { id } })).confirmedCount).toBe(5);
  }, 60_000);

  it("lists upcoming and past events with host and mode filters", async () => {
    const past = await createEvent(ctx(icleiOwner), { ...base, title: "ICLEI World Congress past", networkId: iclei.id, startsAt: "2001-06-01T09:00", endsAt: "2001-06-03T17:00", timeZone: "Europe/Paris" });
    const upcoming = await listEvents(ctx(null), { when: "upcoming" });
    expect(upcoming.items.every((e) => e.endsAt > new Date())).toBe(true);
    const pastList = await listEvents(ctx(null), { when: "past", network: iclei.slug });
    expect(pastList.items.map((e) => e.slug)).toContain(past.slug);
    expect((await listEvents(ctx(null), { when: "past", mode: "online" })).items.map((e) => e.slug)).not.toContain(past.slug);
    // Keyset pages do not repeat or skip.
    for (let i = 0; i < 13; i++) await newEvent();
    const first = await listEvents(ctx(null), { when: "upcoming" });
    expect(first.items.length).toBe(12);
    const second = await listEvents(ctx(null), { when: "upcoming", cursor: first.nextCursor ?? undefined });
    const ids = new Set(first.items.map((e) => e.id));
    expect(second.items.some((e) => ids.has(e.id))).toBe(false);
    expect(first.items[first.items.length - 1]!.startsAt <= second.items[0]!.startsAt).toBe(true);
  });
});

describe("joint statements", () => {
  const text = "We, local and regional governments gathered here, commit to localise the 2030 Agenda together.";

  it("hosts draft and edit; the first signature freezes the text; signatures only grow", async () => {
    const { id } = await newEvent();
    await inviteHost(ctx(c40Owner), { eventId: id, networkSlug: iclei.slug });
    await answerHost(ctx(icleiOwner), { eventId: id, networkId: iclei.id, accept: true });
    expect(await code(createStatement(ctx(otherOwner), { eventId: id, title: "Declaration", body: text, language: "en" }))).toBe("FORBIDDEN:errors.notAllowed");
    expect(await code(createStatement(ctx(person), { eventId: id, title: "Declaration", body: text, language: "en" }))).toBe("FORBIDDEN:errors.notAllowed");
    const s = await createStatement(ctx(icleiEditor), { eventId: id, title: "Declaration", body: text, language: "en" });
    // A draft is seen by the hosts only.
    const eventSlug = (await db.event.findUniqueOrThrow({ where: { id } })).slug;
    expect((await getEvent(ctx(person), eventSlug))!.statements).toHaveLength(0);
    expect((await getEvent(ctx(c40Editor), eventSlug))!.statements).toHaveLength(1);
    expect(await code(updateStatement(ctx(otherOwner), { statementId: s.id, version: 1, title: "Declaration", body: `${text} Amended.`, language: "en" }))).toBe("FORBIDDEN:errors.notAllowed");
    expect(await code(updateStatement(ctx(c40Editor), { statementId: s.id, version: 1, title: "Declaration", body: `${text} Amended.`, language: "en" }))).toBe("OK");
    expect(await code(updateStatement(ctx(c40Editor), { statementId: s.id, version: 1, title: "Declaration", body: `${text} Again.`, language: "en" }))).toBe("CONFLICT:events.errors.staleEdit");

    // An editor cannot sign for the network, nor anyone for a network they do not own.
    expect(await code(signStatement(ctx(icleiEditor), { statementId: s.id, networkId: iclei.id }))).toBe("FORBIDDEN:errors.notAllowed");
    expect(await code(signStatement(ctx(c40Editor), { statementId: s.id, networkId: c40.id }))).toBe("FORBIDDEN:errors.notAllowed");
    expect(await code(signStatement(ctx(c40Owner), { statementId: s.id, networkId: iclei.id }))).toBe("FORBIDDEN:errors.notAllowed");
    expect(await code(signStatement(ctx(person), { statementId: s.id, networkId: c40.id }))).toBe("FORBIDDEN:errors.notAllowed");

    expect(await code(signStatement(ctx(c40Owner), { statementId: s.id, networkId: c40.id }))).toBe("OK");
    let view = (await getStatement(db, s.slug))!;
    expect(view.state).toBe("SIGNING");
    expect(view.frozenAt).not.toBeNull();
    const frozenBody = view.body;
    expect(frozenBody).toBe(`${text} Amended.`);

    // Frozen: no edit, even with the current version, even by the author.
    expect(await code(updateStatement(ctx(c40Editor), { statementId: s.id, version: 2, title: "Declaration", body: `${text} Changed after signing.`, language: "en" }))).toBe(
      "CONFLICT:events.errors.statementFrozen",
    );
    // A network that did not host may sign too; the same network cannot sign twice.
    expect(await code(signStatement(ctx(otherOwner), { statementId: s.id, networkId: other.id }))).toBe("OK");
    expect(await code(signStatement(ctx(c40Owner), { statementId: s.id, networkId: c40.id }))).toBe("CONFLICT:events.errors.alreadySigned");
    view = (await getStatement(db, s.slug))!;
    expect(view.body).toBe(frozenBody);
    expect((await getEvent(ctx(null), eventSlug))!.statements).toHaveLength(1);
    expect(view.signatures.map((x) => x.networkId)).toEqual([c40.id, other.id]);
    expect(await db.notification.count({ where: { kind: "events.notify.statementSigned", userId: icleiEditor.id } })).toBeGreaterThan(0);
  });

  it("has no path that removes a signature: the database refuses deleting a signed statement", async () => {
    const { id } = await newEvent();
    const s = await createStatement(ctx(c40Owner), { eventId: id, title: "Declaration two", body: text, language: "en" });
    await signStatement(ctx(c40Owner), { statementId: s.id, networkId: c40.id });
    await expect(db.jointStatement.delete({ where: { id: s.id } })).rejects.toThrow();
    expect(await db.statementSignature.count({ where: { statementId: s.id } })).toBe(1);
  });
});

describe("double-submitted create form", () => {
  it("5 identical creates at once store 5 events with distinct slugs, none fails", async () => {
    const title = `Double submit ${Math.random().toString(36).slice(2, 8)}`;
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => createEvent(ctx(c40Owner), { ...base, title, networkId: c40.id })));
    const failed = results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason));
    console.log(`5 concurrent events.create: ${5 - failed.length} stored, ${failed.length} failed`);
    expect(failed).toEqual([]);
    const slugs = (results as PromiseFulfilledResult<{ slug: string }>[]).map((r) => r.value.slug).sort();
    expect(new Set(slugs).size).toBe(5);
  });
});
