import type { Context } from "@/server/auth/actor";
import { authorize, policy } from "@/server/auth/policy";
import { audit } from "@/server/audit/log";
import type { Prisma } from "@/server/db/generated/client";
import { conflict, notFound } from "@/server/errors";
import { notify } from "@/server/notifications/service";
import { slugify, uniqueSlug } from "@/server/registry/slug";
import {
  PARTNER_PAGE_SIZE,
  partnerCreateInput,
  partnerJoinInput,
  partnerJoinReviewInput,
  partnerListInput,
  partnerUpdateInput,
  type PartnerCreateInput,
  type PartnerJoinInput,
  type PartnerJoinReviewInput,
  type PartnerListInput,
  type PartnerUpdateInput,
} from "./input";

const publicNetworks = { network: { status: "VERIFIED" } } as const;

export async function listPartners(ctx: Context, raw: PartnerListInput) {
  const input = partnerListInput.parse(raw);
  const where: Prisma.PartnerWhereInput = {
    ...(input.type ? { type: input.type } : {}),
    ...(input.q
      ? {
          OR: [
            { name: { contains: input.q, mode: "insensitive" } },
            { description: { contains: input.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const [items, total] = await Promise.all([
    ctx.db.partner.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (input.page - 1) * PARTNER_PAGE_SIZE,
      take: PARTNER_PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        name: true,
        type: true,
        countryCode: true,
        website: true,
        description: true,
        memberships: {
          where: publicNetworks,
          select: { network: { select: { slug: true, name: true, acronym: true } } },
          orderBy: { network: { name: "asc" } },
        },
      },
    }),
    ctx.db.partner.count({ where }),
  ]);
  return { items, total, page: input.page, pageCount: Math.max(1, Math.ceil(total / PARTNER_PAGE_SIZE)), input };
}

export async function getPartner(ctx: Context, slug: string) {
  const partner = await ctx.db.partner.findUnique({
    where: { slug },
    include: {
      memberships: {
        where: publicNetworks,
        select: {
          memberType: true,
          yearJoined: true,
          sourceUrl: true,
          network: { select: { slug: true, name: true, acronym: true } },
        },
        orderBy: { network: { name: "asc" } },
      },
      members: {
        where: { status: "VERIFIED" },
        select: { userId: true, user: { select: { name: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!partner) return null;
  const actor = ctx.actor;
  const canReview = policy.reviewPartnerJoin(actor, partner.id);
  const [myMembership, pendingRequests] = await Promise.all([
    actor
      ? ctx.db.partnerMember.findUnique({ where: { partnerId_userId: { partnerId: partner.id, userId: actor.id } }, select: { status: true } })
      : null,
    canReview
      ? ctx.db.partnerMember.findMany({
          where: { partnerId: partner.id, status: "PENDING" },
          select: { userId: true, createdAt: true, user: { select: { name: true, email: true, organisation: true } } },
          orderBy: { createdAt: "asc" },
        })
      : Promise.resolve([]),
  ]);
  return {
    partner,
    myMembership,
    pendingRequests,
    can: { join: policy.joinPartner(actor), edit: policy.editPartner(actor, partner.id), review: canReview },
  };
}

/** Join requests this actor may decide: all for moderators, else those for organisations they belong to. */
export async function pendingPartnerJoins(ctx: Context) {
  const actor = ctx.actor;
  authorize(actor, policy.isModerator(actor) || (actor?.partners.size ?? 0) > 0);
  return ctx.db.partnerMember.findMany({
    where: { status: "PENDING", ...(policy.isModerator(actor) ? {} : { partnerId: { in: [...actor.partners] } }) },
    select: {
      partnerId: true,
      userId: true,
      createdAt: true,
      partner: { select: { slug: true, name: true, type: true } },
      user: { select: { name: true, email: true } },
    },
    orderBy: { createdAt: "asc" },
    take: 200,
  });
}

export async function createPartner(ctx: Context, raw: PartnerCreateInput) {
  authorize(ctx.actor, policy.createPartner(ctx.actor));
  const actor = ctx.actor;
  const input = partnerCreateInput.parse(raw);
  return ctx.db.$transaction(async (tx) => {
    const partner = await tx.partner.create({
      data: { ...input, slug: await uniqueSlug(tx, "partner", slugify(input.name) || "partner", (prefix) => tx.partner.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true } })), members: { create: { userId: actor.id, status: "VERIFIED" } } },
      select: { id: true, slug: true },
    });
    await audit(tx, { actorId: actor.id, action: "partner.create", entityType: "Partner", entityId: partner.id, data: { name: input.name, type: input.type } });
    return partner;
  });
}

export async function updatePartner(ctx: Context, raw: PartnerUpdateInput) {
  const input = partnerUpdateInput.parse(raw);
  authorize(ctx.actor, policy.editPartner(ctx.actor, input.partnerId));
  const actor = ctx.actor;
  const { partnerId, version, ...profile } = input;
  return ctx.db.$transaction(async (tx) => {
    const updated = await tx.partner.updateMany({ where: { id: partnerId, version }, data: { ...profile, version: { increment: 1 } } });
    if (updated.count === 0) {
      if ((await tx.partner.count({ where: { id: partnerId } })) === 0) throw notFound();
      throw conflict();
    }
    await audit(tx, { actorId: actor.id, action: "partner.update", entityType: "Partner", entityId: partnerId, data: profile });
    return tx.partner.findUniqueOrThrow({ where: { id: partnerId }, select: { id: true, slug: true, version: true } });
  });
}

const memberEntityId = (partnerId: string, userId: string) => `${partnerId}:${userId}`;

export async function requestToJoinPartner(ctx: Context, raw: PartnerJoinInput) {
  authorize(ctx.actor, policy.joinPartner(ctx.actor));
  const actor = ctx.actor;
  const input = partnerJoinInput.parse(raw);
  const partner = await ctx.db.$transaction(async (tx) => {
    const partner = await tx.partner.findUnique({
      where: { id: input.partnerId },
      select: { id: true, slug: true, name: true, members: { where: { status: "VERIFIED" }, select: { userId: true } } },
    });
    if (!partner) throw notFound();
    const existing = await tx.partnerMember.findUnique({ where: { partnerId_userId: { partnerId: partner.id, userId: actor.id } }, select: { status: true } });
    if (existing && existing.status !== "REJECTED") throw conflict("partners.errors.alreadyRequested");
    await tx.partnerMember.upsert({
      where: { partnerId_userId: { partnerId: partner.id, userId: actor.id } },
      create: { partnerId: partner.id, userId: actor.id },
      update: { status: "PENDING", createdAt: new Date() },
    });
    await audit(tx, { actorId: actor.id, action: "partner.join.request", entityType: "PartnerMember", entityId: memberEntityId(partner.id, actor.id) });
    return partner;
  });
  // The organisation's own verified members can approve, so they hear about the request first.
  await notify(ctx.db, {
    userIds: partner.members.map((m) => m.userId),
    kind: "partners.notify.joinRequested",
    params: { partner: partner.name, name: actor.name },
    link: `/partners/${partner.slug}`,
  });
  return { status: "PENDING" as const };
}

export async function reviewPartnerJoin(ctx: Context, raw: PartnerJoinReviewInput) {
  const input = partnerJoinReviewInput.parse(raw);
  authorize(ctx.actor, policy.reviewPartnerJoin(ctx.actor, input.partnerId));
  const actor = ctx.actor;
  const partner = await ctx.db.$transaction(async (tx) => {
    const updated = await tx.partnerMember.updateMany({
      where: { partnerId: input.partnerId, userId: input.userId, status: "PENDING" },
      data: { status: input.decision },
    });
    if (updated.count === 0) {
      const exists = await tx.partnerMember.count({ where: { partnerId: input.partnerId, userId: input.userId } });
      throw exists ? conflict("partners.errors.alreadyDecided") : notFound();
    }
    await audit(tx, {
      actorId: actor.id,
      action: input.decision === "VERIFIED" ? "partner.join.approve" : "partner.join.reject",
      entityType: "PartnerMember",
      entityId: memberEntityId(input.partnerId, input.userId),
      data: input.reason ? { reason: input.reason } : undefined,
    });
    return tx.partner.findUniqueOrThrow({ where: { id: input.partnerId }, select: { slug: true, name: true } });
  });
  await notify(ctx.db, {
    userIds: [input.userId],
    kind: input.decision === "VERIFIED" ? "partners.notify.joinApproved" : "partners.notify.joinRejected",
    params: { partner: partner.name, reason: input.reason ?? "" },
    link: `/partners/${partner.slug}`,
  });
  return { status: input.decision };
}
