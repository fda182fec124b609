import type { Actor, Context } from "@/server/auth/actor";
import { authorize, policy } from "@/server/auth/policy";
import { audit } from "@/server/audit/log";
import type { Db, DbOrTx } from "@/server/db/client";
import type { ExchangeTopic } from "@/server/db/generated/client";
import { conflict, invalid, notFound } from "@/server/errors";
import { dayToDate } from "@/server/knowledge/input";
import { notify } from "@/server/notifications/service";
import { slugify, uniqueSlug } from "@/server/registry/slug";
import { reindex } from "@/server/search/documents";
import {
  EXCHANGE_PAGE_SIZE,
  learningInput,
  offerAnswerInput,
  offerInput,
  requestCloseInput,
  requestCreateInput,
  requestListInput,
  requestUpdateInput,
  sessionInput,
  standingOfferActiveInput,
  standingOfferInput,
  type LearningInput,
  type OfferAnswerInput,
  type OfferInput,
  type RequestCloseInput,
  type RequestCreateInput,
  type RequestListInput,
  type RequestUpdateInput,
  type SessionInput,
  type StandingOfferActiveInput,
  type StandingOfferInput,
} from "./input";
import { zonedTimeToUtc } from "./time";

// The secretariat exchange: a network asks how others run something (fees, reporting, events…),
// other networks offer, the requester accepts, a session is scheduled, and each side records what
// it learned. Learning records are public and searchable unless marked internal to the participants.

const networkBrief = { select: { id: true, slug: true, name: true, acronym: true } } as const;

async function verifiedNetwork(db: DbOrTx, networkId: string, field: string) {
  const network = await db.network.findFirst({ where: { id: networkId, status: "VERIFIED" }, select: { id: true, name: true, acronym: true } });
  if (!network) throw invalid({ [field]: ["exchange.errors.networkNotVerified"] });
  return network;
}

/** The request with the networks taking part: the requester and those whose offers it accepted. */
async function requestWithParticipants(db: DbOrTx, requestId: string) {
  const request = await db.exchangeRequest.findUnique({
    where: { id: requestId },
    select: {
      id: true, slug: true, title: true, topic: true, status: true, version: true, networkId: true,
      network: { select: { name: true, acronym: true } },
      offers: { where: { status: "ACCEPTED" }, select: { networkId: true } },
    },
  });
  if (!request) throw notFound();
  return { ...request, participantNetworkIds: [request.networkId, ...request.offers.map((o) => o.networkId)] };
}

async function staffIds(db: DbOrTx, networkIds: string[]) {
  const staff = await db.networkStaff.findMany({ where: { networkId: { in: networkIds } }, select: { userId: true } });
  return [...new Set(staff.map((s) => s.userId))];
}

const label = (n: { name: string; acronym: string | null }) => n.acronym ?? n.name;

/** Staff of a verified network ask other secretariats for an exchange. */
export async function createRequest(ctx: Context, raw: RequestCreateInput) {
  const input = requestCreateInput.parse(raw);
  authorize(ctx.actor, policy.postExchangeRequest(ctx.actor, input.networkId));
  const actor = ctx.actor;
  await verifiedNetwork(ctx.db, input.networkId, "networkId");
  return ctx.db.$transaction(async (tx) => {
    const slug = await uniqueSlug(tx, "exchangeRequest", slugify(input.title) || "exchange", (prefix) =>
      tx.exchangeRequest.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true } }),
    );
    const request = await tx.exchangeRequest.create({
      data: {
        slug,
        networkId: input.networkId,
        authorId: actor.id,
        topic: input.topic,
        format: input.format,
        title: input.title,
        description: input.description,
        windowStart: dayToDate(input.windowStart)!,
        windowEnd: dayToDate(input.windowEnd)!,
      },
      select: { id: true, slug: true, version: true, status: true },
    });
    await audit(tx, { actorId: actor.id, action: "exchange.request.create", entityType: "ExchangeRequest", entityId: request.id, data: { slug } });
    return request;
  });
}

/** Saves an edit if nobody saved since the editor loaded it. */
export async function updateRequest(ctx: Context, raw: RequestUpdateInput) {
  const input = requestUpdateInput.parse(raw);
  const request = await requestWithParticipants(ctx.db, input.requestId);
  authorize(ctx.actor, policy.editExchangeRequest(ctx.actor, request.networkId));
  const actor = ctx.actor;
  if (request.status === "CLOSED") throw conflict("exchange.errors.closed");
  return ctx.db.$transaction(async (tx) => {
    const updated = await tx.exchangeRequest.updateMany({
      where: { id: input.requestId, version: input.version },
      data: {
        topic: input.topic,
        format: input.format,
        title: input.title,
        description: input.description,
        windowStart: dayToDate(input.windowStart)!,
        windowEnd: dayToDate(input.windowEnd)!,
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) throw conflict("exchange.errors.staleEdit");
    // The request's title is part of each learning record's search text.
    const learnings = await tx.exchangeLearning.findMany({ where: { requestId: input.requestId }, select: { id: true } });
    await reindex(tx, "EXCHANGE_LEARNING", learnings.map((l) => l.id));
    await audit(tx, { actorId: actor.id, action: "exchange.request.update", entityType: "ExchangeRequest", entityId: input.requestId });
    return tx.exchangeRequest.findUniqueOrThrow({ where: { id: input.requestId }, select: { id: true, slug: true, version: true, status: true } });
  });
}

/** Closes a request (no more offers or sessions); records stay readable. */
export async function closeRequest(ctx: Context, raw: RequestCloseInput) {
  const input = requestCloseInput.parse(raw);
  const request = await requestWithParticipants(ctx.db, input.requestId);
  authorize(ctx.actor, policy.closeExchangeRequest(ctx.actor, request.networkId));
  const actor = ctx.actor;
  return ctx.db.$transaction(async (tx) => {
    const updated = await tx.exchangeRequest.updateMany({
      where: { id: input.requestId, version: input.version, status: { not: "CLOSED" } },
      data: { status: "CLOSED", version: { increment: 1 } },
    });
    if (updated.count === 0) throw conflict(request.status === "CLOSED" ? "exchange.errors.closed" : "exchange.errors.staleEdit");
    await audit(tx, { actorId: actor.id, action: "exchange.request.close", entityType: "ExchangeRequest", entityId: input.requestId });
    return tx.exchangeRequest.findUniqueOrThrow({ where: { id: input.requestId }, select: { id: true, slug: true, version: true, status: true } });
  });
}

/** Staff of another verified network offer to share how they do it; one offer per network. */
export async function makeOffer(ctx: Context, raw: OfferInput) {
  const input = offerInput.parse(raw);
  const request = await requestWithParticipants(ctx.db, input.requestId);
  authorize(ctx.actor, policy.offerExchange(ctx.actor, { offeringNetworkId: input.networkId, requestNetworkId: request.networkId }));
  const actor = ctx.actor;
  if (request.status === "CLOSED" || request.status === "COMPLETED") throw conflict("exchange.errors.notOpen");
  const network = await verifiedNetwork(ctx.db, input.networkId, "networkId");
  const offer = await ctx.db.$transaction(async (tx) => {
    const created = await tx.exchangeOffer.createMany({
      data: [{ requestId: request.id, networkId: input.networkId, authorId: actor.id, message: input.message }],
      skipDuplicates: true,
    });
    if (created.count === 0) throw conflict("exchange.errors.alreadyOffered");
    const row = await tx.exchangeOffer.findUniqueOrThrow({
      where: { requestId_networkId: { requestId: request.id, networkId: input.networkId } },
      select: { id: true, status: true },
    });
    await audit(tx, { actorId: actor.id, action: "exchange.offer.create", entityType: "ExchangeOffer", entityId: row.id, data: { requestId: request.id } });
    return row;
  });
  await notify(ctx.db, {
    userIds: await staffIds(ctx.db, [request.networkId]),
    kind: "exchange.notify.offerReceived",
    params: { network: label(network), title: request.title },
    link: `/exchange/${request.slug}`,
  });
  return offer;
}

/** The requester's staff accept (one or more) or decline an offer still pending. */
export async function answerOffer(ctx: Context, raw: OfferAnswerInput) {
  const input = offerAnswerInput.parse(raw);
  const offer = await ctx.db.exchangeOffer.findUnique({ where: { id: input.offerId }, select: { requestId: true, networkId: true } });
  if (!offer) throw notFound();
  const request = await requestWithParticipants(ctx.db, offer.requestId);
  authorize(ctx.actor, policy.answerExchangeOffer(ctx.actor, request.networkId));
  const actor = ctx.actor;
  if (request.status === "CLOSED") throw conflict("exchange.errors.closed");
  const status = input.accept ? "ACCEPTED" : "DECLINED";
  await ctx.db.$transaction(async (tx) => {
    const updated = await tx.exchangeOffer.updateMany({
      where: { id: input.offerId, status: "PENDING" },
      data: { status, decidedById: actor.id, decidedAt: new Date() },
    });
    if (updated.count === 0) throw conflict("exchange.errors.alreadyAnswered");
    await audit(tx, { actorId: actor.id, action: `exchange.offer.${status.toLowerCase()}`, entityType: "ExchangeOffer", entityId: input.offerId });
  });
  if (input.accept) {
    await notify(ctx.db, {
      userIds: await staffIds(ctx.db, [offer.networkId]),
      kind: "exchange.notify.offerAccepted",
      params: { network: label(request.network), title: request.title },
      link: `/exchange/${request.slug}`,
    });
  }
  return { offerId: input.offerId, status };
}

/**
 * The requester's staff schedule a session at a wall-clock time in a named zone, with participants
 * chosen among the staff of the requesting and accepted networks.
 */
export async function scheduleSession(ctx: Context, raw: SessionInput) {
  const input = sessionInput.parse(raw);
  const request = await requestWithParticipants(ctx.db, input.requestId);
  authorize(ctx.actor, policy.scheduleExchangeSession(ctx.actor, request.networkId));
  const actor = ctx.actor;
  if (request.status === "CLOSED") throw conflict("exchange.errors.closed");
  if (request.participantNetworkIds.length < 2) throw conflict("exchange.errors.noAcceptedOffer");
  const startsAt = zonedTimeToUtc(input.date, input.time, input.timeZone);
  if (!startsAt) throw invalid({ time: ["exchange.errors.timeSkipped"] });

  const chosen = [...new Set(input.participantIds)];
  const staff = await ctx.db.networkStaff.findMany({
    where: { userId: { in: chosen }, networkId: { in: request.participantNetworkIds } },
    select: { userId: true, networkId: true },
  });
  // A person on the staff of two participating networks sits for the requester first.
  const seatOf = new Map<string, string>();
  for (const networkId of request.participantNetworkIds) {
    for (const s of staff) if (s.networkId === networkId && !seatOf.has(s.userId)) seatOf.set(s.userId, networkId);
  }
  if (seatOf.size !== chosen.length) throw invalid({ participantIds: ["exchange.errors.participantNotStaff"] });
  const sides = new Set(seatOf.values());
  if (!sides.has(request.networkId) || sides.size < 2) throw invalid({ participantIds: ["exchange.errors.participantsBothSides"] });

  const session = await ctx.db.$transaction(async (tx) => {
    const updated = await tx.exchangeRequest.updateMany({
      where: { id: request.id, version: input.version, status: { not: "CLOSED" } },
      data: { status: request.status === "COMPLETED" ? "COMPLETED" : "SCHEDULED", version: { increment: 1 } },
    });
    if (updated.count === 0) throw conflict("exchange.errors.staleEdit");
    const created = await tx.exchangeSession.create({
      data: {
        requestId: request.id,
        startsAt,
        timeZone: input.timeZone,
        durationMinutes: input.durationMinutes,
        format: input.format,
        notes: input.notes,
        createdById: actor.id,
        participants: { create: [...seatOf].map(([userId, networkId]) => ({ userId, networkId })) },
      },
      select: { id: true, startsAt: true, timeZone: true },
    });
    await audit(tx, { actorId: actor.id, action: "exchange.session.schedule", entityType: "ExchangeSession", entityId: created.id, data: { requestId: request.id } });
    return created;
  });
  await notify(ctx.db, {
    userIds: chosen.filter((id) => id !== actor.id),
    kind: "exchange.notify.sessionScheduled",
    params: { title: request.title },
    link: `/exchange/${request.slug}`,
  });
  return session;
}

/** Staff of a participating network record what it learned; the first record completes the request. */
export async function recordLearning(ctx: Context, raw: LearningInput) {
  const input = learningInput.parse(raw);
  const request = await requestWithParticipants(ctx.db, input.requestId);
  authorize(ctx.actor, policy.recordExchangeLearning(ctx.actor, { networkId: input.networkId, participantNetworkIds: request.participantNetworkIds }));
  const actor = ctx.actor;
  const sessions = await ctx.db.exchangeSession.findMany({ where: { requestId: request.id }, select: { id: true } });
  if (!sessions.length) throw conflict("exchange.errors.noSession");
  if (input.sessionId && !sessions.some((s) => s.id === input.sessionId)) throw invalid({ sessionId: ["exchange.errors.sessionUnknown"] });
  return ctx.db.$transaction(async (tx) => {
    const learning = await tx.exchangeLearning.create({
      data: {
        requestId: request.id,
        sessionId: input.sessionId,
        networkId: input.networkId,
        authorId: actor.id,
        topic: request.topic,
        title: input.title,
        body: input.body,
        internal: input.internal,
      },
      select: { id: true, internal: true },
    });
    if (request.status !== "CLOSED" && request.status !== "COMPLETED") {
      await tx.exchangeRequest.update({ where: { id: request.id }, data: { status: "COMPLETED", version: { increment: 1 } } });
    }
    await audit(tx, { actorId: actor.id, action: "exchange.learning.record", entityType: "ExchangeLearning", entityId: learning.id, data: { internal: input.internal } });
    await reindex(tx, "EXCHANGE_LEARNING", [learning.id]);
    return { ...learning, anchor: `/exchange/${request.slug}#learning-${learning.id}` };
  });
}

/** "We can share our reporting framework": staff post a standing offer on a topic. */
export async function postStandingOffer(ctx: Context, raw: StandingOfferInput) {
  const input = standingOfferInput.parse(raw);
  authorize(ctx.actor, policy.postStandingOffer(ctx.actor, input.networkId));
  const actor = ctx.actor;
  await verifiedNetwork(ctx.db, input.networkId, "networkId");
  return ctx.db.$transaction(async (tx) => {
    const offer = await tx.standingOffer.create({
      data: {
        networkId: input.networkId,
        authorId: actor.id,
        topic: input.topic,
        title: input.title,
        description: input.description,
        formats: [...new Set(input.formats)],
      },
      select: { id: true, active: true },
    });
    await audit(tx, { actorId: actor.id, action: "exchange.standingOffer.create", entityType: "StandingOffer", entityId: offer.id });
    return offer;
  });
}

export async function setStandingOfferActive(ctx: Context, raw: StandingOfferActiveInput) {
  const input = standingOfferActiveInput.parse(raw);
  const offer = await ctx.db.standingOffer.findUnique({ where: { id: input.standingOfferId }, select: { networkId: true } });
  if (!offer) throw notFound();
  authorize(ctx.actor, policy.editStandingOffer(ctx.actor, offer.networkId));
  const actor = ctx.actor;
  return ctx.db.$transaction(async (tx) => {
    const updated = await tx.standingOffer.update({ where: { id: input.standingOfferId }, data: { active: input.active }, select: { id: true, active: true } });
    await audit(tx, { actorId: actor.id, action: input.active ? "exchange.standingOffer.activate" : "exchange.standingOffer.deactivate", entityType: "StandingOffer", entityId: input.standingOfferId });
    return updated;
  });
}

// ——— Reading ———

const statusesFor = { active: ["OPEN", "SCHEDULED"], completed: ["COMPLETED"], closed: ["CLOSED"], all: ["OPEN", "SCHEDULED", "COMPLETED", "CLOSED"] } as const;

function encodeListCursor(row: { createdAt: Date; id: string }) {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id]), "utf8").toString("base64url");
}

function decodeListCursor(text: string | undefined): { createdAt: Date; id: string } | null {
  if (!text || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (Array.isArray(value) && typeof value[0] === "string" && typeof value[1] === "string" && !Number.isNaN(Date.parse(value[0]))) {
      return { createdAt: new Date(value[0]), id: value[1] };
    }
  } catch {
    return null;
  }
  return null;
}

/** Requests newest first, filtered by topic, format and status, one keyset page at a time. */
export async function listRequests(db: Db, raw: RequestListInput) {
  const input = requestListInput.parse(raw);
  const after = decodeListCursor(input.cursor);
  const rows = await db.exchangeRequest.findMany({
    where: {
      status: { in: [...statusesFor[input.status]] },
      network: { status: "VERIFIED", ...(input.network ? { slug: input.network } : {}) },
      ...(input.topic ? { topic: input.topic } : {}),
      ...(input.format ? { format: input.format } : {}),
      ...(after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: EXCHANGE_PAGE_SIZE + 1,
    select: {
      id: true, slug: true, title: true, topic: true, format: true, status: true, windowStart: true, windowEnd: true, createdAt: true,
      network: networkBrief,
      _count: { select: { offers: true, sessions: true } },
    },
  });
  const items = rows.slice(0, EXCHANGE_PAGE_SIZE);
  const last = rows.length > EXCHANGE_PAGE_SIZE ? items[items.length - 1] : undefined;
  // The filtering network by name, for the page to say whose requests it shows.
  const network = input.network ? await db.network.findFirst({ where: { slug: input.network, status: "VERIFIED" }, select: { slug: true, name: true, acronym: true } }) : null;
  return { input, items, network, nextCursor: last ? encodeListCursor(last) : null };
}

export async function listStandingOffers(db: Db, options: { topic?: ExchangeTopic; take?: number } = {}) {
  return db.standingOffer.findMany({
    where: { active: true, network: { status: "VERIFIED" }, ...(options.topic ? { topic: options.topic } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.take ?? 12,
    select: { id: true, topic: true, title: true, description: true, formats: true, createdAt: true, network: networkBrief },
  });
}

/** Withdrawn standing offers of the networks the actor is staff of, so they can list them again. */
export async function withdrawnStandingOffers(db: Db, actor: Actor | null, take = 20) {
  const networkIds = actor ? [...actor.staff.keys()].filter((id) => policy.editStandingOffer(actor, id)) : [];
  if (!networkIds.length) return [];
  return db.standingOffer.findMany({
    where: { active: false, networkId: { in: networkIds }, network: { status: "VERIFIED" } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, topic: true, title: true, network: networkBrief },
  });
}

/** The latest public learning records (internal ones never leave their participants). */
export async function recentLearnings(db: Db, take = 6) {
  return db.exchangeLearning.findMany({
    where: { internal: false, request: { network: { status: "VERIFIED" } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, title: true, body: true, topic: true, createdAt: true, network: networkBrief, request: { select: { slug: true, title: true } } },
  });
}

/**
 * One request page: offers, sessions with participants, and the learning records the reader may
 * see. Internal records are dropped here, before anything leaves the server, for everyone but the
 * staff of participating networks and moderators.
 */
export async function getRequest(ctx: Context, slug: string) {
  const request = await ctx.db.exchangeRequest.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, title: true, description: true, topic: true, format: true, status: true, version: true,
      windowStart: true, windowEnd: true, createdAt: true, updatedAt: true, networkId: true, isSeed: true,
      network: { select: { id: true, slug: true, name: true, acronym: true, status: true } },
      author: { select: { name: true } },
      offers: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, networkId: true, message: true, status: true, createdAt: true, decidedAt: true, network: networkBrief, author: { select: { name: true } } },
      },
      sessions: {
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
        select: {
          id: true, startsAt: true, timeZone: true, durationMinutes: true, format: true, notes: true,
          participants: { orderBy: { user: { name: "asc" } }, select: { userId: true, networkId: true, user: { select: { name: true } } } },
        },
      },
      learnings: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, sessionId: true, networkId: true, title: true, body: true, internal: true, createdAt: true, network: networkBrief, author: { select: { name: true } } },
      },
    },
  });
  if (!request || request.network.status !== "VERIFIED") return null;
  const participantNetworkIds = [request.networkId, ...request.offers.filter((o) => o.status === "ACCEPTED").map((o) => o.networkId)];
  const seesInternal = policy.seeInternalExchangeLearning(ctx.actor, participantNetworkIds);
  return {
    ...request,
    participantNetworkIds,
    learnings: seesInternal ? request.learnings : request.learnings.filter((l) => !l.internal),
  };
}

export type ExchangeRequestPage = NonNullable<Awaited<ReturnType<typeof getRequest>>>;

/** Staff of the participating networks, to choose session participants from. */
export async function participantChoices(db: Db, networkIds: string[]) {
  const staff = await db.networkStaff.findMany({
    where: { networkId: { in: networkIds } },
    orderBy: [{ user: { name: "asc" } }],
    select: { userId: true, networkId: true, role: true, user: { select: { name: true } } },
  });
  return networkIds.map((networkId) => ({ networkId, staff: staff.filter((s) => s.networkId === networkId) }));
}

/** The verified networks the actor may act for in the exchange, for the forms' network pickers. */
export async function actorNetworks(db: Db, actor: Actor | null) {
  if (!actor || !actor.staff.size) return [];
  return db.network.findMany({
    where: { id: { in: [...actor.staff.keys()] }, status: "VERIFIED" },
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true, acronym: true },
  });
}

export type Suggestion = {
  network: { id: string; slug: string; name: string; acronym: string | null };
  learnings: number;
  standingOffers: number;
  acceptedOffers: number;
  /** A standing offer on the topic, shown as the reason when there is one. */
  standingOfferTitle: string | null;
  score: number;
};

const SUGGESTION_WEIGHTS = { standingOffer: 3, learning: 2, acceptedOffer: 2 };

/**
 * Secretariats worth asking about a topic: those that made standing offers on it, recorded public
 * learning on it, or had offers accepted on other requests about it; never the requester nor a
 * network that already offered on this request. One query
 * counts all three per network; a second reads the networks.
 */
export async function suggestSecretariats(db: Db, request: { id: string; networkId: string; topic: ExchangeTopic }, take = 5): Promise<Suggestion[]> {
  const rows = await db.$queryRaw<{ networkId: string; learnings: number; standingOffers: number; acceptedOffers: number; standingOfferTitle: string | null }[]>`
    WITH sources AS (
      SELECT l."networkId", 1 AS learning, 0 AS standing, 0 AS accepted, NULL::text AS title, NULL::timestamp AS at
        FROM "ExchangeLearning" l WHERE l.topic = ${request.topic}::"ExchangeTopic" AND NOT l.internal
      UNION ALL
      SELECT s."networkId", 0, 1, 0, s.title, s."createdAt"
        FROM "StandingOffer" s WHERE s.topic = ${request.topic}::"ExchangeTopic" AND s.active
      UNION ALL
      SELECT o."networkId", 0, 0, 1, NULL, NULL
        FROM "ExchangeOffer" o JOIN "ExchangeRequest" r ON r.id = o."requestId"
        WHERE r.topic = ${request.topic}::"ExchangeTopic" AND o.status = 'ACCEPTED' AND r.id <> ${request.id}
    )
    SELECT s."networkId",
           SUM(s.learning)::int AS learnings,
           SUM(s.standing)::int AS "standingOffers",
           SUM(s.accepted)::int AS "acceptedOffers",
           (ARRAY_AGG(s.title ORDER BY s.at DESC) FILTER (WHERE s.title IS NOT NULL))[1] AS "standingOfferTitle"
    FROM sources s JOIN "Network" n ON n.id = s."networkId"
    WHERE s."networkId" <> ${request.networkId} AND n.status = 'VERIFIED'
      AND NOT EXISTS (SELECT 1 FROM "ExchangeOffer" mine WHERE mine."requestId" = ${request.id} AND mine."networkId" = s."networkId")
    GROUP BY s."networkId"`;
  const scored = rows
    .map((r) => ({
      ...r,
      score: r.standingOffers * SUGGESTION_WEIGHTS.standingOffer + r.learnings * SUGGESTION_WEIGHTS.learning + r.acceptedOffers * SUGGESTION_WEIGHTS.acceptedOffer,
    }))
    .sort((a, b) => b.score - a.score || a.networkId.localeCompare(b.networkId))
    .slice(0, take);
  if (!scored.length) return [];
  const networks = await db.network.findMany({ where: { id: { in: scored.map((r) => r.networkId) } }, ...networkBrief });
  const byId = new Map(networks.map((n) => [n.id, n]));
  return scored.flatMap(({ networkId, ...r }) => {
    const network = byId.get(networkId);
    return network ? [{ network, ...r }] : [];
  });
}
