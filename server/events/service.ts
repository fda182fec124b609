import type { Context } from "@/server/auth/actor";
import { authorize, policy } from "@/server/auth/policy";
import { audit } from "@/server/audit/log";
import type { Db, DbOrTx } from "@/server/db/client";
import { Prisma } from "@/server/db/generated/client";
import { conflict, invalid, notFound } from "@/server/errors";
import { notify } from "@/server/notifications/service";
import { slugify, uniqueSlug } from "@/server/registry/slug";
import { reindex } from "@/server/search/documents";
import {
  agendaAddInput,
  agendaRemoveInput,
  agendaReorderInput,
  agendaUpdateInput,
  eventCreateInput,
  eventListInput,
  eventUpdateInput,
  hostAnswerInput,
  hostInviteInput,
  registrationInput,
  statementCreateInput,
  statementSignInput,
  statementUpdateInput,
  type EventCreateInput,
  type EventFields,
  type EventListInput,
  type EventUpdateInput,
  type StatementCreateInput,
  type StatementUpdateInput,
} from "./input";
import { zonedToUtc } from "./time";

export const EVENT_PAGE_SIZE = 12;

type Tx = Prisma.TransactionClient;

/** Networks hosting the event that have accepted (the creating network is accepted at once). */
export async function hostNetworkIds(db: DbOrTx, eventId: string): Promise<string[]> {
  const hosts = await db.eventHost.findMany({ where: { eventId, status: "ACCEPTED" }, orderBy: { createdAt: "asc" }, select: { networkId: true } });
  return hosts.map((h) => h.networkId);
}

async function staffIds(db: DbOrTx, networkIds: string[], role?: "OWNER") {
  const staff = await db.networkStaff.findMany({ where: { networkId: { in: networkIds }, ...(role ? { role } : {}) }, select: { userId: true } });
  return [...new Set(staff.map((s) => s.userId))];
}

const scalarFields = (f: EventFields) => ({
  title: f.title,
  summary: f.summary,
  description: f.description,
  mode: f.mode,
  location: f.mode === "ONLINE" ? null : f.location,
  onlineUrl: f.mode === "IN_PERSON" ? null : f.onlineUrl,
  startsAt: zonedToUtc(f.startsAt, f.timeZone),
  endsAt: zonedToUtc(f.endsAt, f.timeZone),
  timeZone: f.timeZone,
  capacity: f.capacity,
  language: f.language,
  sourceUrl: f.sourceUrl,
});

/** Staff of a verified network create an event; their network is its first, accepted host. */
export async function createEvent(ctx: Context, raw: EventCreateInput) {
  const input = eventCreateInput.parse(raw);
  authorize(ctx.actor, policy.createEvent(ctx.actor, input.networkId));
  const actor = ctx.actor;
  const network = await ctx.db.network.findFirst({ where: { id: input.networkId, status: "VERIFIED" }, select: { id: true } });
  if (!network) throw invalid({ networkId: ["events.errors.networkNotVerified"] });
  return ctx.db.$transaction(async (tx) => {
    const slug = await uniqueSlug(tx, "event", slugify(input.title) || "event", (prefix) =>
      tx.event.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true } }),
    );
    const event = await tx.event.create({
      data: {
        ...scalarFields(input),
        slug,
        createdById: actor.id,
        hosts: { create: { networkId: network.id, status: "ACCEPTED", invitedById: actor.id, decidedAt: new Date() } },
      },
      select: { id: true, slug: true, version: true },
    });
    await audit(tx, { actorId: actor.id, action: "event.create", entityType: "Event", entityId: event.id, data: { slug, networkId: network.id } });
    await reindex(tx, "EVENT", [event.id]);
    return event;
  });
}

/** The event row, locked until the transaction ends: every seat change goes through this lock. */
async function lockEvent(tx: Tx, eventId: string) {
  const [row] = await tx.$queryRaw<{ id: string; capacity: number | null; confirmedCount: number }[]>`
    SELECT id, capacity, "confirmedCount" FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
  return row ?? null;
}

/** Moves the oldest waitlisted people into free seats; returns who was promoted. */
async function promoteWaitlisted(tx: Tx, event: { id: string; capacity: number | null; confirmedCount: number }) {
  const free = event.capacity === null ? Number.MAX_SAFE_INTEGER : event.capacity - event.confirmedCount;
  if (free <= 0) return [];
  const next = await tx.eventRegistration.findMany({
    where: { eventId: event.id, status: "WAITLISTED" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: Math.min(free, 10_000),
    select: { id: true, userId: true },
  });
  if (!next.length) return [];
  await tx.eventRegistration.updateMany({ where: { id: { in: next.map((r) => r.id) } }, data: { status: "CONFIRMED", promotedAt: new Date() } });
  await tx.event.update({ where: { id: event.id }, data: { confirmedCount: { increment: next.length } } });
  return next.map((r) => r.userId);
}

async function notifyPromoted(db: Db, eventId: string, userIds: string[]) {
  if (!userIds.length) return;
  const event = await db.event.findUniqueOrThrow({ where: { id: eventId }, select: { slug: true, title: true } });
  await notify(db, { userIds, kind: "events.notify.promoted", params: { title: event.title }, link: `/events/${event.slug}` });
}

/** Saves an edit if nobody saved since the editor loaded it; raising the capacity promotes the waitlist. */
export async function updateEvent(ctx: Context, raw: EventUpdateInput) {
  const input = eventUpdateInput.parse(raw);
  const hosts = await hostNetworkIds(ctx.db, input.eventId);
  if (!hosts.length) throw notFound();
  authorize(ctx.actor, policy.editEvent(ctx.actor, hosts));
  const actor = ctx.actor;
  const { event, promoted } = await ctx.db.$transaction(async (tx) => {
    const locked = await lockEvent(tx, input.eventId);
    if (!locked) throw notFound();
    if (input.capacity !== null && input.capacity < locked.confirmedCount) {
      throw invalid({ capacity: ["events.errors.capacityBelowConfirmed"] });
    }
    const updated = await tx.event.updateMany({
      where: { id: input.eventId, version: input.version },
      data: { ...scalarFields(input), version: { increment: 1 } },
    });
    if (updated.count === 0) throw conflict("events.errors.staleEdit");
    const promoted = await promoteWaitlisted(tx, { id: locked.id, capacity: input.capacity, confirmedCount: locked.confirmedCount });
    await audit(tx, { actorId: actor.id, action: "event.update", entityType: "Event", entityId: input.eventId, data: { promoted: promoted.length } });
    await reindex(tx, "EVENT", [input.eventId]);
    const event = await tx.event.findUniqueOrThrow({ where: { id: input.eventId }, select: { id: true, slug: true, version: true } });
    return { event, promoted };
  });
  await notifyPromoted(ctx.db, event.id, promoted);
  return event;
}

/** Staff of a host invite another verified network to co-host; its owners are told. */
export async function inviteHost(ctx: Context, raw: { eventId: string; networkSlug: string }) {
  const input = hostInviteInput.parse(raw);
  const hosts = await hostNetworkIds(ctx.db, input.eventId);
  if (!hosts.length) throw notFound();
  authorize(ctx.actor, policy.inviteEventHost(ctx.actor, hosts));
  const actor = ctx.actor;
  const network = await ctx.db.network.findFirst({ where: { slug: input.networkSlug, status: "VERIFIED" }, select: { id: true, name: true } });
  if (!network) throw invalid({ networkSlug: ["events.errors.networkUnknown"] });
  const event = await ctx.db.$transaction(async (tx) => {
    const key = { eventId_networkId: { eventId: input.eventId, networkId: network.id } };
    const existing = await tx.eventHost.findUnique({ where: key });
    if (existing?.status === "ACCEPTED") throw conflict("events.errors.alreadyHost");
    if (existing?.status === "PENDING") throw conflict("events.errors.invitationPending");
    await tx.eventHost.upsert({
      where: key,
      create: { eventId: input.eventId, networkId: network.id, status: "PENDING", invitedById: actor.id },
      update: { status: "PENDING", invitedById: actor.id, decidedAt: null },
    });
    await audit(tx, { actorId: actor.id, action: "event.inviteHost", entityType: "Event", entityId: input.eventId, data: { networkId: network.id } });
    return tx.event.findUniqueOrThrow({ where: { id: input.eventId }, select: { slug: true, title: true } });
  });
  await notify(ctx.db, {
    userIds: await staffIds(ctx.db, [network.id], "OWNER"),
    kind: "events.notify.hostInvited",
    params: { title: event.title, network: network.name },
    link: `/events/${event.slug}`,
  });
  return { networkId: network.id, status: "PENDING" as const };
}

/** An owner of the invited network accepts or declines co-hosting; the inviter is told. */
export async function answerHost(ctx: Context, raw: { eventId: string; networkId: string; accept: boolean }) {
  const input = hostAnswerInput.parse(raw);
  authorize(ctx.actor, policy.answerEventHost(ctx.actor, input.networkId));
  const actor = ctx.actor;
  const status = input.accept ? "ACCEPTED" : "DECLINED";
  const result = await ctx.db.$transaction(async (tx) => {
    const updated = await tx.eventHost.updateMany({
      where: { eventId: input.eventId, networkId: input.networkId, status: "PENDING" },
      data: { status, decidedAt: new Date() },
    });
    if (updated.count === 0) throw notFound("events.errors.noInvitation");
    await audit(tx, { actorId: actor.id, action: `event.host.${status.toLowerCase()}`, entityType: "Event", entityId: input.eventId, data: { networkId: input.networkId } });
    await reindex(tx, "EVENT", [input.eventId]);
    const [event, network, host] = await Promise.all([
      tx.event.findUniqueOrThrow({ where: { id: input.eventId }, select: { slug: true, title: true } }),
      tx.network.findUniqueOrThrow({ where: { id: input.networkId }, select: { name: true } }),
      tx.eventHost.findUniqueOrThrow({ where: { eventId_networkId: { eventId: input.eventId, networkId: input.networkId } }, select: { invitedById: true } }),
    ]);
    return { event, network, invitedById: host.invitedById };
  });
  if (result.invitedById) {
    await notify(ctx.db, {
      userIds: [result.invitedById],
      kind: input.accept ? "events.notify.hostAccepted" : "events.notify.hostDeclined",
      params: { title: result.event.title, network: result.network.name },
      link: `/events/${result.event.slug}`,
    });
  }
  return { status };
}

async function authorizeAgenda(ctx: Context, eventId: string) {
  const hosts = await hostNetworkIds(ctx.db, eventId);
  if (!hosts.length) throw notFound();
  authorize(ctx.actor, policy.editEvent(ctx.actor, hosts));
  const event = await ctx.db.event.findUniqueOrThrow({ where: { id: eventId }, select: { timeZone: true } });
  return { actor: ctx.actor, timeZone: event.timeZone };
}

export async function addAgendaItem(ctx: Context, raw: { eventId: string; title: string; description?: string | null; startsAt?: string | null }) {
  const input = agendaAddInput.parse(raw);
  const { actor, timeZone } = await authorizeAgenda(ctx, input.eventId);
  return ctx.db.$transaction(async (tx) => {
    const last = await tx.eventAgendaItem.aggregate({ where: { eventId: input.eventId }, _max: { position: true } });
    const item = await tx.eventAgendaItem.create({
      data: {
        eventId: input.eventId,
        position: (last._max.position ?? -1) + 1,
        title: input.title,
        description: input.description,
        startsAt: input.startsAt ? zonedToUtc(input.startsAt, timeZone) : null,
      },
      select: { id: true, position: true },
    });
    await audit(tx, { actorId: actor.id, action: "event.agenda.add", entityType: "Event", entityId: input.eventId, data: { itemId: item.id } });
    return item;
  });
}

async function agendaItemEvent(db: Db, itemId: string) {
  const item = await db.eventAgendaItem.findUnique({ where: { id: itemId }, select: { eventId: true } });
  if (!item) throw notFound();
  return item.eventId;
}

export async function updateAgendaItem(ctx: Context, raw: { itemId: string; title: string; description?: string | null; startsAt?: string | null }) {
  const input = agendaUpdateInput.parse(raw);
  const eventId = await agendaItemEvent(ctx.db, input.itemId);
  const { actor, timeZone } = await authorizeAgenda(ctx, eventId);
  return ctx.db.$transaction(async (tx) => {
    const item = await tx.eventAgendaItem.update({
      where: { id: input.itemId },
      data: { title: input.title, description: input.description, startsAt: input.startsAt ? zonedToUtc(input.startsAt, timeZone) : null },
      select: { id: true, position: true },
    });
    await audit(tx, { actorId: actor.id, action: "event.agenda.update", entityType: "Event", entityId: eventId, data: { itemId: item.id } });
    return item;
  });
}

export async function removeAgendaItem(ctx: Context, raw: { itemId: string }) {
  const input = agendaRemoveInput.parse(raw);
  const eventId = await agendaItemEvent(ctx.db, input.itemId);
  const { actor } = await authorizeAgenda(ctx, eventId);
  await ctx.db.$transaction(async (tx) => {
    await tx.eventAgendaItem.delete({ where: { id: input.itemId } });
    await audit(tx, { actorId: actor.id, action: "event.agenda.remove", entityType: "Event", entityId: eventId, data: { itemId: input.itemId } });
  });
  return { removed: true };
}

/** Puts the agenda in the order given; the list must name every item of the event exactly once. */
export async function reorderAgenda(ctx: Context, raw: { eventId: string; itemIds: string[] }) {
  const input = agendaReorderInput.parse(raw);
  const { actor } = await authorizeAgenda(ctx, input.eventId);
  await ctx.db.$transaction(async (tx) => {
    const items = await tx.eventAgendaItem.findMany({ where: { eventId: input.eventId }, select: { id: true } });
    const known = new Set(items.map((i) => i.id));
    if (items.length !== input.itemIds.length || new Set(input.itemIds).size !== items.length || !input.itemIds.every((id) => known.has(id))) {
      throw conflict("events.errors.agendaChanged");
    }
    await Promise.all(input.itemIds.map((id, position) => tx.eventAgendaItem.update({ where: { id }, data: { position } })));
    await audit(tx, { actorId: actor.id, action: "event.agenda.reorder", entityType: "Event", entityId: input.eventId });
  });
  return { reordered: true };
}

export type RegistrationResult = { status: "CONFIRMED" | "WAITLISTED"; waitlistPosition: number | null };

async function waitlistPosition(db: DbOrTx, eventId: string, registration: { id: string; createdAt: Date }) {
  const ahead = await db.eventRegistration.count({
    where: {
      eventId,
      status: "WAITLISTED",
      OR: [{ createdAt: { lt: registration.createdAt } }, { createdAt: registration.createdAt, id: { lt: registration.id } }],
    },
  });
  return ahead + 1;
}

/**
 * Takes a seat while one is free, else a place on the waitlist. The event row is locked first, so
 * concurrent sign-ups (and cancellations) queue up and the confirmed count never passes capacity.
 */
export async function register(ctx: Context, raw: { eventId: string }): Promise<RegistrationResult> {
  const input = registrationInput.parse(raw);
  authorize(ctx.actor, policy.registerForEvent(ctx.actor));
  const actor = ctx.actor;
  return ctx.db.$transaction(async (tx) => {
    const event = await lockEvent(tx, input.eventId);
    if (!event) throw notFound();
    const ended = await tx.event.count({ where: { id: input.eventId, endsAt: { lt: new Date() } } });
    if (ended) throw conflict("events.errors.eventEnded");
    const existing = await tx.eventRegistration.findUnique({ where: { eventId_userId: { eventId: input.eventId, userId: actor.id } } });
    if (existing && existing.status !== "CANCELLED") {
      const status = existing.status;
      return { status, waitlistPosition: status === "WAITLISTED" ? await waitlistPosition(tx, input.eventId, existing) : null };
    }
    const seatFree = event.capacity === null || event.confirmedCount < event.capacity;
    const status = seatFree ? "CONFIRMED" : "WAITLISTED";
    // A cancelled person who comes back joins the end of the queue, hence a fresh createdAt.
    const data = { status, createdAt: new Date(), promotedAt: null, cancelledAt: null } as const;
    const registration = existing
      ? await tx.eventRegistration.update({ where: { id: existing.id }, data })
      : await tx.eventRegistration.create({ data: { ...data, eventId: input.eventId, userId: actor.id } });
    if (seatFree) await tx.event.update({ where: { id: input.eventId }, data: { confirmedCount: { increment: 1 } } });
    return { status, waitlistPosition: seatFree ? null : await waitlistPosition(tx, input.eventId, registration) };
  });
}

/** Gives up a seat or a waitlist place; a freed seat goes to the oldest waitlisted person at once. */
export async function cancelRegistration(ctx: Context, raw: { eventId: string }) {
  const input = registrationInput.parse(raw);
  authorize(ctx.actor, policy.cancelRegistration(ctx.actor));
  const actor = ctx.actor;
  const promoted = await ctx.db.$transaction(async (tx) => {
    const event = await lockEvent(tx, input.eventId);
    if (!event) throw notFound();
    const registration = await tx.eventRegistration.findUnique({ where: { eventId_userId: { eventId: input.eventId, userId: actor.id } } });
    if (!registration || registration.status === "CANCELLED") throw notFound("events.errors.notRegistered");
    await tx.eventRegistration.update({ where: { id: registration.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    if (registration.status !== "CONFIRMED") return [];
    const after = await tx.event.update({ where: { id: input.eventId }, data: { confirmedCount: { decrement: 1 } }, select: { id: true, capacity: true, confirmedCount: true } });
    return promoteWaitlisted(tx, after);
  });
  await notifyPromoted(ctx.db, input.eventId, promoted);
  return { cancelled: true, promoted: promoted.length };
}

/** Hosts draft a joint statement for their event. */
export async function createStatement(ctx: Context, raw: StatementCreateInput) {
  const input = statementCreateInput.parse(raw);
  const hosts = await hostNetworkIds(ctx.db, input.eventId);
  if (!hosts.length) throw notFound();
  authorize(ctx.actor, policy.draftStatement(ctx.actor, hosts));
  const actor = ctx.actor;
  return ctx.db.$transaction(async (tx) => {
    const slug = await uniqueSlug(tx, "jointStatement", slugify(input.title) || "statement", (prefix) =>
      tx.jointStatement.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true } }),
    );
    const statement = await tx.jointStatement.create({
      data: { slug, eventId: input.eventId, title: input.title, body: input.body, language: input.language, createdById: actor.id },
      select: { id: true, slug: true, version: true },
    });
    await audit(tx, { actorId: actor.id, action: "statement.create", entityType: "JointStatement", entityId: statement.id, data: { eventId: input.eventId } });
    return statement;
  });
}

async function statementHosts(db: Db, statementId: string) {
  const statement = await db.jointStatement.findUnique({ where: { id: statementId }, select: { eventId: true } });
  if (!statement) throw notFound();
  return statement.eventId ? hostNetworkIds(db, statement.eventId) : [];
}

/** Hosts edit a draft; once a network has signed, the text is frozen for good. */
export async function updateStatement(ctx: Context, raw: StatementUpdateInput) {
  const input = statementUpdateInput.parse(raw);
  authorize(ctx.actor, policy.draftStatement(ctx.actor, await statementHosts(ctx.db, input.statementId)));
  const actor = ctx.actor;
  return ctx.db.$transaction(async (tx) => {
    // The state condition makes the freeze hold even against a signature landing mid-edit.
    const updated = await tx.jointStatement.updateMany({
      where: { id: input.statementId, version: input.version, state: "DRAFT", frozenAt: null },
      data: { title: input.title, body: input.body, language: input.language, version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const current = await tx.jointStatement.findUniqueOrThrow({ where: { id: input.statementId }, select: { state: true } });
      throw conflict(current.state === "SIGNING" ? "events.errors.statementFrozen" : "events.errors.staleEdit");
    }
    await audit(tx, { actorId: actor.id, action: "statement.update", entityType: "JointStatement", entityId: input.statementId });
    return tx.jointStatement.findUniqueOrThrow({ where: { id: input.statementId }, select: { id: true, slug: true, version: true } });
  });
}

/**
 * An owner signs for their network. The first signature freezes the text (state SIGNING). There is
 * no way to remove or change a signature: the list only grows.
 */
export async function signStatement(ctx: Context, raw: { statementId: string; networkId: string }) {
  const input = statementSignInput.parse(raw);
  authorize(ctx.actor, policy.signStatement(ctx.actor, input.networkId));
  const actor = ctx.actor;
  const network = await ctx.db.network.findFirst({ where: { id: input.networkId, status: "VERIFIED" }, select: { id: true, name: true } });
  if (!network) throw invalid({ networkId: ["events.errors.networkNotVerified"] });
  const statement = await ctx.db.$transaction(async (tx) => {
    // Locking the statement orders a signature after any edit in flight, so what is signed is what is frozen.
    const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "JointStatement" WHERE id = ${input.statementId} FOR UPDATE`;
    if (!row) throw notFound();
    const signed = await tx.statementSignature.findUnique({ where: { statementId_networkId: { statementId: input.statementId, networkId: network.id } } });
    if (signed) throw conflict("events.errors.alreadySigned");
    const now = new Date();
    await tx.statementSignature.create({ data: { statementId: input.statementId, networkId: network.id, signedById: actor.id, createdAt: now } });
    await tx.jointStatement.updateMany({ where: { id: input.statementId, state: "DRAFT" }, data: { state: "SIGNING", frozenAt: now } });
    await audit(tx, { actorId: actor.id, action: "statement.sign", entityType: "JointStatement", entityId: input.statementId, data: { networkId: network.id } });
    return tx.jointStatement.findUniqueOrThrow({
      where: { id: input.statementId },
      select: { slug: true, title: true, eventId: true, createdById: true, event: { select: { slug: true } } },
    });
  });
  const hosts = statement.eventId ? await hostNetworkIds(ctx.db, statement.eventId) : [];
  await notify(ctx.db, {
    userIds: (await staffIds(ctx.db, hosts)).filter((id) => id !== actor.id),
    kind: "events.notify.statementSigned",
    params: { title: statement.title, network: network.name },
    link: `/statements/${statement.slug}`,
  });
  return { signed: true };
}

const hostSelect = {
  orderBy: { createdAt: "asc" },
  select: { networkId: true, status: true, network: { select: { slug: true, name: true, acronym: true } } },
} satisfies Prisma.Event$hostsArgs;

const cardSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  mode: true,
  location: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  capacity: true,
  confirmedCount: true,
  language: true,
  isSeed: true,
  hosts: { ...hostSelect, where: { status: "ACCEPTED" } },
  _count: { select: { statements: true } },
} satisfies Prisma.EventSelect;

export type EventCard = Prisma.EventGetPayload<{ select: typeof cardSelect }>;

type ListCursor = { at: string; id: string };
const encodeListCursor = (c: ListCursor) => Buffer.from(JSON.stringify(c)).toString("base64url");
function decodeListCursor(text: string | undefined): ListCursor | null {
  if (!text) return null;
  try {
    const value = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as Partial<ListCursor>;
    return typeof value.at === "string" && typeof value.id === "string" && !Number.isNaN(Date.parse(value.at)) ? { at: value.at, id: value.id } : null;
  } catch {
    return null;
  }
}

/** Upcoming events soonest first (those still running included), or past ones latest first; keyset pages. */
export async function listEvents(ctx: Context, raw: EventListInput, now: Date = new Date()) {
  const input = eventListInput.parse(raw);
  const upcoming = input.when === "upcoming";
  const cursor = decodeListCursor(input.cursor);
  const dir = upcoming ? "gt" : "lt";
  const where: Prisma.EventWhereInput = {
    AND: [
      upcoming ? { endsAt: { gte: now } } : { endsAt: { lt: now } },
      input.mode ? { mode: input.mode } : {},
      input.network ? { hosts: { some: { status: "ACCEPTED", network: { slug: input.network } } } } : {},
      cursor ? { OR: [{ startsAt: { [dir]: new Date(cursor.at) } }, { startsAt: new Date(cursor.at), id: { [dir]: cursor.id } }] } : {},
    ],
  };
  const order = upcoming ? "asc" : "desc";
  const rows = await ctx.db.event.findMany({ where, orderBy: [{ startsAt: order }, { id: order }], take: EVENT_PAGE_SIZE + 1, select: cardSelect });
  const items = rows.slice(0, EVENT_PAGE_SIZE);
  const last = rows.length > EVENT_PAGE_SIZE ? items[items.length - 1] : undefined;
  return { items, nextCursor: last ? encodeListCursor({ at: last.startsAt.toISOString(), id: last.id }) : null, input };
}

/** Networks that host at least one event, for the filter. */
export async function eventNetworkChoices(db: Db) {
  return db.network.findMany({
    where: { eventsHosted: { some: { status: "ACCEPTED" } } },
    orderBy: { name: "asc" },
    select: { slug: true, name: true, acronym: true },
  });
}

const statementSelect = {
  id: true,
  slug: true,
  title: true,
  body: true,
  language: true,
  state: true,
  frozenAt: true,
  version: true,
  createdAt: true,
  isSeed: true,
  eventId: true,
  signatures: {
    orderBy: [{ createdAt: "asc" }, { networkId: "asc" }],
    select: { networkId: true, createdAt: true, network: { select: { slug: true, name: true, acronym: true } } },
  },
} satisfies Prisma.JointStatementSelect;

export type StatementView = Prisma.JointStatementGetPayload<{ select: typeof statementSelect }>;

/** The event page: details, hosts of every status, agenda, statements, and the viewer's registration. */
export async function getEvent(ctx: Context, slug: string) {
  const event = await ctx.db.event.findUnique({
    where: { slug },
    select: {
      ...cardSelect,
      description: true,
      onlineUrl: true,
      sourceUrl: true,
      version: true,
      createdAt: true,
      hosts: hostSelect,
      agenda: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, position: true, startsAt: true, title: true, description: true } },
      statements: { orderBy: { createdAt: "asc" }, select: statementSelect },
      _count: { select: { registrations: { where: { status: "WAITLISTED" } } } },
    },
  });
  if (!event) return null;
  const mine = ctx.actor
    ? await ctx.db.eventRegistration.findUnique({ where: { eventId_userId: { eventId: event.id, userId: ctx.actor.id } }, select: { id: true, status: true, createdAt: true } })
    : null;
  const registration =
    mine && mine.status !== "CANCELLED"
      ? { status: mine.status, waitlistPosition: mine.status === "WAITLISTED" ? await waitlistPosition(ctx.db, event.id, mine) : null }
      : null;
  const hostIds = event.hosts.filter((h) => h.status === "ACCEPTED").map((h) => h.networkId);
  // Drafts are the hosts' work in progress; everyone sees a statement once a network has signed it.
  const canDraft = policy.draftStatement(ctx.actor, hostIds);
  const statements = event.statements.filter((s) => s.state === "SIGNING" || canDraft);
  return { ...event, statements, waitlisted: event._count.registrations, hostIds, registration };
}

export type EventPage = NonNullable<Awaited<ReturnType<typeof getEvent>>>;

/** A statement's own page, with the event it came from. */
export async function getStatement(db: Db, slug: string) {
  return db.jointStatement.findUnique({
    where: { slug },
    select: { ...statementSelect, event: { select: { id: true, slug: true, title: true, startsAt: true, timeZone: true, hosts: { ...hostSelect, where: { status: "ACCEPTED" } } } } },
  });
}
