import type { Context } from "@/server/auth/actor";
import { authorize, policy } from "@/server/auth/policy";
import { audit } from "@/server/audit/log";
import type { Db, DbOrTx } from "@/server/db/client";
import type { Prisma } from "@/server/db/generated/client";
import { conflict, invalid, notFound } from "@/server/errors";
import { themeIdsOf } from "@/server/knowledge/references";
import { notify } from "@/server/notifications/service";
import { slugify, uniqueSlug } from "@/server/registry/slug";
import { reindex } from "@/server/search/documents";
import {
  CHALLENGE_PAGE_SIZE,
  challengeCreateInput,
  challengeListInput,
  challengeStatusInput,
  challengeUpdateInput,
  offerInput,
  practiceChoiceInput,
  responseInput,
  supportInput,
  withdrawSupportInput,
  type ChallengeCreateInput,
  type ChallengeListInput,
  type ChallengeStatusInput,
  type ChallengeUpdateInput,
  type OfferInput,
  type ResponseInput,
  type SupportInput,
  type WithdrawSupportInput,
} from "./input";

async function challengeOrThrow(db: DbOrTx, challengeId: string) {
  const challenge = await db.cityChallenge.findUnique({
    where: { id: challengeId },
    select: { id: true, slug: true, title: true, cityId: true, status: true, city: { select: { name: true } } },
  });
  if (!challenge) throw notFound();
  return challenge;
}

/** A verified officer posts a challenge for their city. */
export async function createChallenge(ctx: Context, raw: ChallengeCreateInput) {
  const input = challengeCreateInput.parse(raw);
  authorize(ctx.actor, policy.postChallenge(ctx.actor, input.cityId));
  const actor = ctx.actor;
  const city = await ctx.db.city.findUnique({ where: { id: input.cityId }, select: { slug: true } });
  if (!city) throw invalid({ cityId: ["challenges.errors.cityRequired"] });
  return ctx.db.$transaction(async (tx) => {
    const ids = await themeIdsOf(tx, input.themes);
    // Titles in Chinese have no ASCII letters: the city names the slug then.
    const slug = await uniqueSlug(tx, "cityChallenge", slugify(input.title) || `${city.slug}-challenge`, (prefix) =>
      tx.cityChallenge.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true } }),
    );
    const challenge = await tx.cityChallenge.create({
      data: {
        slug,
        cityId: input.cityId,
        authorId: actor.id,
        title: input.title,
        problem: input.problem,
        helpNeeded: input.helpNeeded,
        urgency: input.urgency,
        language: input.language,
        themes: { create: [...new Set(ids)].map((themeId) => ({ themeId })) },
      },
      select: { id: true, slug: true, version: true },
    });
    await audit(tx, { actorId: actor.id, action: "challenge.create", entityType: "CityChallenge", entityId: challenge.id, data: { cityId: input.cityId } });
    await reindex(tx, "CHALLENGE", [challenge.id]);
    return challenge;
  });
}

/** The posting city's officers (or a moderator) edit it, if nobody saved since they loaded it. */
export async function updateChallenge(ctx: Context, raw: ChallengeUpdateInput) {
  const input = challengeUpdateInput.parse(raw);
  const challenge = await challengeOrThrow(ctx.db, input.challengeId);
  authorize(ctx.actor, policy.editChallenge(ctx.actor, challenge.cityId));
  const actor = ctx.actor;
  return ctx.db.$transaction(async (tx) => {
    const ids = await themeIdsOf(tx, input.themes);
    const updated = await tx.cityChallenge.updateMany({
      where: { id: challenge.id, version: input.version },
      data: { title: input.title, problem: input.problem, helpNeeded: input.helpNeeded, urgency: input.urgency, language: input.language, version: { increment: 1 } },
    });
    if (updated.count === 0) throw conflict("challenges.errors.staleEdit");
    await tx.challengeTheme.deleteMany({ where: { challengeId: challenge.id } });
    await tx.challengeTheme.createMany({ data: [...new Set(ids)].map((themeId) => ({ challengeId: challenge.id, themeId })) });
    await audit(tx, { actorId: actor.id, action: "challenge.update", entityType: "CityChallenge", entityId: challenge.id });
    await reindex(tx, "CHALLENGE", [challenge.id]);
    return tx.cityChallenge.findUniqueOrThrow({ where: { id: challenge.id }, select: { id: true, slug: true, version: true } });
  });
}

/** Open → addressed → closed (or back), with the same version check. */
export async function setChallengeStatus(ctx: Context, raw: ChallengeStatusInput) {
  const input = challengeStatusInput.parse(raw);
  const challenge = await challengeOrThrow(ctx.db, input.challengeId);
  authorize(ctx.actor, policy.editChallenge(ctx.actor, challenge.cityId));
  const actor = ctx.actor;
  return ctx.db.$transaction(async (tx) => {
    const updated = await tx.cityChallenge.updateMany({
      where: { id: challenge.id, version: input.version },
      data: { status: input.status, version: { increment: 1 } },
    });
    if (updated.count === 0) throw conflict("challenges.errors.staleEdit");
    await audit(tx, { actorId: actor.id, action: "challenge.status", entityType: "CityChallenge", entityId: challenge.id, data: { from: challenge.status, to: input.status } });
    await reindex(tx, "CHALLENGE", [challenge.id]);
    return tx.cityChallenge.findUniqueOrThrow({ where: { id: challenge.id }, select: { id: true, slug: true, version: true, status: true } });
  });
}

/**
 * An officer of another city supports the challenge on behalf of that city. The (challenge, city)
 * primary key makes it one support per city even when two officers click at once: the second
 * insert does nothing, and the count moves only with a row actually written.
 */
export async function supportChallenge(ctx: Context, raw: SupportInput) {
  const input = supportInput.parse(raw);
  const challenge = await challengeOrThrow(ctx.db, input.challengeId);
  if (ctx.actor && input.cityId === challenge.cityId && ctx.actor.cities.has(input.cityId)) throw invalid({ cityId: ["challenges.errors.ownCity"] });
  authorize(ctx.actor, policy.supportChallenge(ctx.actor, { supporterCityId: input.cityId, challengeCityId: challenge.cityId }));
  const actor = ctx.actor;
  if (challenge.status === "CLOSED") throw conflict("challenges.errors.closed");
  return ctx.db.$transaction(async (tx) => {
    const created = await tx.challengeSupport.createMany({
      data: [{ challengeId: challenge.id, cityId: input.cityId, userId: actor.id, note: input.note }],
      skipDuplicates: true,
    });
    if (created.count === 0) throw conflict("challenges.errors.alreadySupported");
    const { supportCount } = await tx.cityChallenge.update({ where: { id: challenge.id }, data: { supportCount: { increment: 1 } }, select: { supportCount: true } });
    await audit(tx, { actorId: actor.id, action: "challenge.support", entityType: "CityChallenge", entityId: challenge.id, data: { cityId: input.cityId } });
    return { supportCount };
  });
}

export async function withdrawSupport(ctx: Context, raw: WithdrawSupportInput) {
  const input = withdrawSupportInput.parse(raw);
  const challenge = await challengeOrThrow(ctx.db, input.challengeId);
  authorize(ctx.actor, policy.withdrawChallengeSupport(ctx.actor, input.cityId));
  const actor = ctx.actor;
  return ctx.db.$transaction(async (tx) => {
    const removed = await tx.challengeSupport.deleteMany({ where: { challengeId: challenge.id, cityId: input.cityId } });
    if (removed.count === 0) throw notFound("challenges.errors.noSupport");
    const { supportCount } = await tx.cityChallenge.update({ where: { id: challenge.id }, data: { supportCount: { decrement: 1 } }, select: { supportCount: true } });
    await audit(tx, { actorId: actor.id, action: "challenge.withdrawSupport", entityType: "CityChallenge", entityId: challenge.id, data: { cityId: input.cityId } });
    return { supportCount };
  });
}

/** A partner member offers help; the partner's interest is disclosed with the offer, never hidden. */
export async function offerHelp(ctx: Context, raw: OfferInput) {
  const input = offerInput.parse(raw);
  const challenge = await challengeOrThrow(ctx.db, input.challengeId);
  authorize(ctx.actor, policy.offerChallengeHelp(ctx.actor, input.partnerId));
  const actor = ctx.actor;
  if (challenge.status === "CLOSED") throw conflict("challenges.errors.closed");
  const partner = await ctx.db.partner.findUniqueOrThrow({ where: { id: input.partnerId }, select: { name: true } });
  const offer = await ctx.db.$transaction(async (tx) => {
    const created = await tx.challengeOffer.create({
      data: { challengeId: challenge.id, partnerId: input.partnerId, authorId: actor.id, message: input.message, disclosure: input.disclosure },
      select: { id: true },
    });
    await audit(tx, { actorId: actor.id, action: "challenge.offer", entityType: "CityChallenge", entityId: challenge.id, data: { partnerId: input.partnerId } });
    return created;
  });
  await notify(ctx.db, {
    userIds: await officerIds(ctx.db, challenge.cityId),
    kind: "challenges.notify.offer",
    params: { title: challenge.title, partner: partner.name },
    link: `/challenges/${challenge.slug}#offers`,
  });
  return offer;
}

async function officerIds(db: DbOrTx, cityId: string) {
  const officers = await db.cityOfficer.findMany({ where: { cityId, status: "VERIFIED" }, select: { userId: true } });
  return officers.map((o) => o.userId);
}

/**
 * Network staff respond for their network: one of its published initiatives, a published practice,
 * or a written commitment to act. The challenge's city officers hear of it.
 */
export async function respondToChallenge(ctx: Context, raw: ResponseInput) {
  const input = responseInput.parse(raw);
  const challenge = await challengeOrThrow(ctx.db, input.challengeId);
  authorize(ctx.actor, policy.respondToChallenge(ctx.actor, input.networkId));
  const actor = ctx.actor;
  if (challenge.status === "CLOSED") throw conflict("challenges.errors.closed");
  const network = await ctx.db.network.findFirst({ where: { id: input.networkId, status: "VERIFIED" }, select: { name: true, acronym: true } });
  if (!network) throw invalid({ networkId: ["challenges.errors.networkRequired"] });
  const link = { initiativeId: null as string | null, practiceId: null as string | null, commitment: null as string | null };
  if (input.kind === "INITIATIVE") {
    const owned = await ctx.db.initiative.count({
      where: { id: input.initiativeId, state: "PUBLISHED", owners: { some: { networkId: input.networkId, status: "ACCEPTED" } } },
    });
    if (!owned) throw invalid({ initiativeId: ["challenges.errors.initiativeNotOwned"] });
    link.initiativeId = input.initiativeId;
  } else if (input.kind === "PRACTICE") {
    if (!(await ctx.db.practice.count({ where: { id: input.practiceId, state: "PUBLISHED" } }))) throw invalid({ practiceId: ["challenges.errors.practiceRequired"] });
    link.practiceId = input.practiceId;
  } else {
    link.commitment = input.commitment;
  }
  const response = await ctx.db.$transaction(async (tx) => {
    if (link.initiativeId || link.practiceId) {
      const same = await tx.challengeResponse.count({
        where: { challengeId: challenge.id, networkId: input.networkId, initiativeId: link.initiativeId ?? undefined, practiceId: link.practiceId ?? undefined, kind: input.kind },
      });
      if (same) throw conflict("challenges.errors.alreadyLinked");
    }
    const created = await tx.challengeResponse.create({
      data: { challengeId: challenge.id, networkId: input.networkId, authorId: actor.id, kind: input.kind, ...link },
      select: { id: true },
    });
    await tx.cityChallenge.update({ where: { id: challenge.id }, data: { responseCount: { increment: 1 } } });
    await audit(tx, { actorId: actor.id, action: "challenge.respond", entityType: "CityChallenge", entityId: challenge.id, data: { networkId: input.networkId, kind: input.kind } });
    return created;
  });
  await notify(ctx.db, {
    userIds: await officerIds(ctx.db, challenge.cityId),
    kind: "challenges.notify.response",
    params: { title: challenge.title, network: network.acronym ?? network.name },
    link: `/challenges/${challenge.slug}#responses`,
  });
  return response;
}

const themeSelect = {
  select: { theme: { select: { slug: true, nameEn: true, nameZh: true, nameFr: true, nameEs: true } } },
  orderBy: { theme: { position: "asc" } },
} as const;

const cardSelect = {
  id: true,
  slug: true,
  title: true,
  helpNeeded: true,
  urgency: true,
  status: true,
  supportCount: true,
  responseCount: true,
  language: true,
  createdAt: true,
  isSeed: true,
  city: { select: { slug: true, name: true, countryCode: true, region: true } },
  themes: themeSelect,
} satisfies Prisma.CityChallengeSelect;

export type ChallengeCard = Prisma.CityChallengeGetPayload<{ select: typeof cardSelect }>;

function listWhere(input: ReturnType<typeof challengeListInput.parse>): Prisma.CityChallengeWhereInput {
  return {
    ...(input.theme ? { themes: { some: { theme: { slug: input.theme } } } } : {}),
    ...(input.region || input.city ? { city: { ...(input.region ? { region: input.region } : {}), ...(input.city ? { slug: input.city } : {}) } } : {}),
    ...(input.urgency ? { urgency: input.urgency } : {}),
    ...(input.status ? { status: input.status } : {}),
    ...(input.noResponse ? { responseCount: 0 } : {}),
  };
}

/** The agenda: most supported first, then most urgent, then newest; one page at a time. */
export const agendaOrder = [{ supportCount: "desc" }, { urgency: "desc" }, { createdAt: "desc" }, { id: "asc" }] satisfies Prisma.CityChallengeOrderByWithRelationInput[];

export async function listChallenges(ctx: Context, raw: ChallengeListInput) {
  const input = challengeListInput.parse(raw);
  const where = listWhere(input);
  const [items, total] = await Promise.all([
    ctx.db.cityChallenge.findMany({ where, orderBy: agendaOrder, skip: (input.page - 1) * CHALLENGE_PAGE_SIZE, take: CHALLENGE_PAGE_SIZE, select: cardSelect }),
    ctx.db.cityChallenge.count({ where }),
  ]);
  return { items, total, page: input.page, pageCount: Math.max(1, Math.ceil(total / CHALLENGE_PAGE_SIZE)), input };
}

/** Filter choices for /challenges: regions that have challenges. */
export async function challengeRegions(db: Db) {
  const rows = await db.city.findMany({ where: { challenges: { some: {} } }, distinct: ["region"], select: { region: true }, orderBy: { region: "asc" } });
  return rows.map((r) => r.region);
}

/** A city's own challenges, for its city page. */
export function challengesOfCity(db: Db, cityId: string) {
  return db.cityChallenge.findMany({ where: { cityId }, orderBy: agendaOrder, take: 50, select: cardSelect });
}

/** Everything the challenge page shows; supporters are cities, never the officers behind them. */
export async function getChallenge(ctx: Context, slug: string) {
  return ctx.db.cityChallenge.findUnique({
    where: { slug },
    select: {
      ...cardSelect,
      problem: true,
      version: true,
      updatedAt: true,
      cityId: true,
      supports: { orderBy: { createdAt: "asc" }, select: { cityId: true, note: true, createdAt: true, city: { select: { slug: true, name: true, countryCode: true } } } },
      offers: {
        orderBy: { createdAt: "asc" },
        select: { id: true, message: true, disclosure: true, createdAt: true, partner: { select: { slug: true, name: true, type: true } } },
      },
      responses: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          kind: true,
          commitment: true,
          createdAt: true,
          network: { select: { slug: true, name: true, acronym: true } },
          initiative: { select: { slug: true, title: true, summary: true, state: true } },
          practice: { select: { slug: true, title: true, state: true } },
        },
      },
    },
  });
}

export type ChallengePage = NonNullable<Awaited<ReturnType<typeof getChallenge>>>;

/** What the actor can pick on a challenge page: their cities, partners and networks (with initiatives). */
export async function challengeActionChoices(ctx: Context) {
  const actor = ctx.actor;
  if (!actor) return { cities: [], partners: [], networks: [] };
  const [cities, partners, networks] = await Promise.all([
    ctx.db.city.findMany({ where: { id: { in: [...actor.cities] } }, orderBy: { name: "asc" }, select: { id: true, slug: true, name: true } }),
    ctx.db.partner.findMany({ where: { id: { in: [...actor.partners] } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    ctx.db.network.findMany({
      where: { id: { in: [...actor.staff.keys()] }, status: "VERIFIED" },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        acronym: true,
        initiatives: {
          where: { status: "ACCEPTED", initiative: { state: "PUBLISHED" } },
          orderBy: { initiative: { title: "asc" } },
          select: { initiative: { select: { id: true, title: true } } },
        },
      },
    }),
  ]);
  return {
    cities,
    partners,
    networks: networks.map((n) => ({ id: n.id, label: n.acronym ?? n.name, initiatives: n.initiatives.map((o) => o.initiative) })),
  };
}

/** Published practices whose title contains the words typed, for the response form. */
export async function practiceChoices(ctx: Context, raw: { q?: string }) {
  const input = practiceChoiceInput.parse(raw);
  const practices = await ctx.db.practice.findMany({
    where: { state: "PUBLISHED", ...(input.q ? { title: { contains: input.q, mode: "insensitive" } } : {}) },
    orderBy: { title: "asc" },
    take: 12,
    select: { id: true, title: true, slug: true, cities: { select: { city: { select: { name: true } } } } },
  });
  return practices.map((p) => ({ id: p.id, title: p.title, slug: p.slug, cities: p.cities.map((c) => c.city.name) }));
}

/** Choices the posting form offers: the officer's own cities and the themes. */
export async function challengeFormChoices(ctx: Context) {
  const [cities, themes] = await Promise.all([
    ctx.db.city.findMany({ where: { id: { in: ctx.actor ? [...ctx.actor.cities] : [] } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    ctx.db.theme.findMany({ orderBy: { position: "asc" }, select: { slug: true, nameEn: true, nameZh: true, nameFr: true, nameEs: true } }),
  ]);
  return { cities, themes };
}
