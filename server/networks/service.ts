import type { Context } from "@/server/auth/actor";
import { authorize, policy } from "@/server/auth/policy";
import { audit } from "@/server/audit/log";
import type { Db } from "@/server/db/client";
import { containsPattern, foldColumn } from "@/server/registry/search";
import { Prisma, type ReviewStatus } from "@/server/db/generated/client";
import { conflict, notFound } from "@/server/errors";
import { notify } from "@/server/notifications/service";
import { networkSlug, uniqueSlug } from "@/server/registry/slug";
import { reindex } from "@/server/search/documents";
import { themeIdsOf } from "@/server/knowledge/references";
import {
  NETWORK_PAGE_SIZE,
  QUEUE_PAGE_SIZE,
  claimReviewInput,
  networkClaimInput,
  networkListInput,
  networkRegisterInput,
  networkReviewInput,
  networkUpdateInput,
  pendingQueueInput,
  type ClaimReviewInput,
  type NetworkClaimInput,
  type NetworkListInput,
  type NetworkRegisterInput,
  type NetworkReviewInput,
  type NetworkUpdateInput,
  type PendingQueueInput,
} from "./input";


const themeSelect = { slug: true, nameEn: true, nameZh: true, nameFr: true, nameEs: true } as const;
export type ThemeNames = { slug: string; nameEn: string; nameZh: string; nameFr: string; nameEs: string };

export type NetworkListItem = {
  id: string;
  slug: string;
  name: string;
  acronym: string | null;
  scope: "GLOBAL" | "REGIONAL";
  region: string | null;
  hqCity: string | null;
  hqCountry: string | null;
  foundedYear: number | null;
  memberCount: number | null;
  memberCountYear: number | null;
  activity: "ACTIVE" | "CLOSED" | "MERGED" | "UNKNOWN";
  confidence: "HIGH" | "MEDIUM" | "LOW";
  unclaimed: boolean;
  themes: ThemeNames[];
};

/** Verified networks matching the /networks filters, one page at a time. */
export async function listNetworks(ctx: Context, raw: NetworkListInput) {
  const input = networkListInput.parse(raw);
  const conditions: Prisma.Sql[] = [Prisma.sql`n.status = 'VERIFIED'`];
  if (input.q) {
    const pattern = containsPattern(input.q);
    conditions.push(Prisma.sql`(${foldColumn(Prisma.sql`n.name`)} LIKE ${pattern}
      OR ${foldColumn(Prisma.sql`COALESCE(n.acronym, '')`)} LIKE ${pattern}
      OR ${foldColumn(Prisma.sql`COALESCE(n.about, '')`)} LIKE ${pattern})`);
  }
  if (input.theme) {
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "NetworkTheme" nt JOIN "Theme" th ON th.id = nt."themeId"
      WHERE nt."networkId" = n.id AND th.slug = ${input.theme})`);
  }
  if (input.region) conditions.push(Prisma.sql`n.region = ${input.region}`);
  if (input.scope) conditions.push(Prisma.sql`n.scope::text = ${input.scope}`);
  if (input.model) conditions.push(Prisma.sql`n."membershipModel" = ${input.model}`);
  const where = Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;
  const orderBy = {
    name: Prisma.sql`lower(n.name) ASC, n.id ASC`,
    founded: Prisma.sql`n."foundedYear" ASC NULLS LAST, lower(n.name) ASC, n.id ASC`,
    members: Prisma.sql`n."memberCount" DESC NULLS LAST, lower(n.name) ASC, n.id ASC`,
  }[input.sort];

  const [rows, [countRow]] = await Promise.all([
    ctx.db.$queryRaw<{ id: string }[]>`
      SELECT n.id FROM "Network" n ${where}
      ORDER BY ${orderBy}
      LIMIT ${NETWORK_PAGE_SIZE} OFFSET ${(input.page - 1) * NETWORK_PAGE_SIZE}`,
    ctx.db.$queryRaw<{ total: number }[]>`SELECT COUNT(*)::int AS total FROM "Network" n ${where}`,
  ]);
  const total = countRow?.total ?? 0;
  return {
    items: await networkCards(ctx.db, rows.map((r) => r.id)),
    total,
    page: input.page,
    pageCount: Math.max(1, Math.ceil(total / NETWORK_PAGE_SIZE)),
    input,
  };
}

/** The card data for these networks, in the given order, in one query. */
async function networkCards(db: Db, ids: string[]): Promise<NetworkListItem[]> {
  if (ids.length === 0) return [];
  const networks = await db.network.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      slug: true,
      name: true,
      acronym: true,
      scope: true,
      region: true,
      hqCity: true,
      hqCountry: true,
      foundedYear: true,
      memberCount: true,
      memberCountYear: true,
      activity: true,
      confidence: true,
      isSeed: true,
      themes: { select: { theme: { select: themeSelect } }, orderBy: { theme: { position: "asc" } } },
      _count: { select: { staff: { where: { role: "OWNER" } } } },
    },
  });
  const byId = new Map(networks.map((n) => [n.id, n]));
  return ids.flatMap((id) => {
    const network = byId.get(id);
    if (!network) return [];
    const { themes, _count, isSeed, ...rest } = network;
    return [{ ...rest, unclaimed: isSeed && _count.staff === 0, themes: themes.map((t) => t.theme) }];
  });
}

/** Options for the /networks filters, drawn from what verified networks actually record. */
export async function networkFacets(ctx: Context) {
  const [themes, regions, models] = await Promise.all([
    ctx.db.theme.findMany({ select: themeSelect, orderBy: { position: "asc" } }),
    ctx.db.network.findMany({
      where: { status: "VERIFIED", region: { not: null } },
      distinct: ["region"],
      select: { region: true },
      orderBy: { region: "asc" },
    }),
    ctx.db.network.findMany({
      where: { status: "VERIFIED" },
      distinct: ["membershipModel"],
      select: { membershipModel: true },
      orderBy: { membershipModel: "asc" },
    }),
  ]);
  return {
    themes,
    regions: regions.flatMap((r) => (r.region ? [r.region] : [])),
    models: models.map((m) => m.membershipModel),
  };
}

export async function listThemes(ctx: Context) {
  return ctx.db.theme.findMany({ select: themeSelect, orderBy: { position: "asc" } });
}

/**
 * A network's profile with its secretariat, members and partners (one query), or null when it does
 * not exist or is unpublished and the actor may not see it — callers answer both with "not found".
 */
export async function getNetwork(ctx: Context, slug: string) {
  const network = await ctx.db.network.findUnique({
    where: { slug },
    include: {
      themes: { select: { theme: { select: themeSelect } }, orderBy: { theme: { position: "asc" } } },
      staff: {
        select: { userId: true, role: true, user: { select: { name: true } } },
        orderBy: [{ role: "asc" }, { createdAt: "asc" }],
      },
      memberships: {
        select: {
          id: true,
          memberType: true,
          yearJoined: true,
          sourceUrl: true,
          city: { select: { slug: true, name: true, countryCode: true, region: true, latitude: true, longitude: true } },
          partner: { select: { slug: true, name: true, type: true } },
        },
      },
    },
  });
  if (!network) return null;
  const actor = ctx.actor;
  if (network.status !== "VERIFIED" && !policy.seeUnpublishedNetwork(actor, network)) return null;

  const myClaim = actor
    ? await ctx.db.networkClaim.findFirst({
        where: { networkId: network.id, userId: actor.id },
        orderBy: { createdAt: "desc" },
        select: { status: true, reason: true },
      })
    : null;
  const { memberships, themes, ...rest } = network;
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const cities = memberships
    .flatMap((m) => (m.city ? [{ id: m.id, memberType: m.memberType, yearJoined: m.yearJoined, sourceUrl: m.sourceUrl, ...m.city }] : []))
    .sort(byName);
  const partners = memberships
    .flatMap((m) => (m.partner ? [{ id: m.id, memberType: m.memberType, yearJoined: m.yearJoined, ...m.partner }] : []))
    .sort(byName);
  const hasOwner = network.staff.some((s) => s.role === "OWNER");
  return {
    network: { ...rest, themes: themes.map((t) => t.theme) },
    cities,
    partners,
    hasOwner,
    unclaimed: network.isSeed && !hasOwner,
    myClaim,
    can: {
      edit: policy.editNetwork(actor, network.id),
      claim: network.status === "VERIFIED" && !hasOwner && policy.claimNetwork(actor),
      manageMembers: policy.manageMembers(actor, network.id),
      manageStaff: policy.manageStaff(actor, network.id),
      review: policy.reviewNetwork(actor),
    },
  };
}

/** The first free slug among `base`, `base-2`, `base-3`… */
/** A registration: pending until a moderator verifies it; the registrant becomes its owner at once. */
export async function registerNetwork(ctx: Context, raw: NetworkRegisterInput) {
  authorize(ctx.actor, policy.registerNetwork(ctx.actor));
  const actor = ctx.actor;
  const { themes, ...facts } = networkRegisterInput.parse(raw);
  return ctx.db.$transaction(async (tx) => {
    const ids = await themeIdsOf(tx, themes, "networks.errors.themeUnknown");
    const slug = await uniqueSlug(tx, "network", networkSlug(facts.name, facts.acronym), (prefix) =>
      tx.network.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true } }),
    );
    const network = await tx.network.create({
      data: {
        ...facts,
        slug,
        status: "PENDING",
        registeredById: actor.id,
        themes: { create: ids.map((themeId) => ({ themeId })) },
        staff: { create: { userId: actor.id, role: "OWNER" } },
      },
      select: { id: true, slug: true, status: true },
    });
    await audit(tx, { actorId: actor.id, action: "network.register", entityType: "Network", entityId: network.id, data: { name: facts.name, slug } });
    return network;
  });
}

export async function reviewNetwork(ctx: Context, raw: NetworkReviewInput) {
  authorize(ctx.actor, policy.reviewNetwork(ctx.actor));
  const actor = ctx.actor;
  const input = networkReviewInput.parse(raw);
  const status: ReviewStatus = input.decision;
  const reason = input.decision === "REJECTED" ? (input.reason ?? null) : null;
  const network = await ctx.db.$transaction(async (tx) => {
    const updated = await tx.network.updateMany({
      where: { id: input.networkId, status: "PENDING" },
      data: { status, reviewReason: reason, reviewedById: actor.id, reviewedAt: new Date() },
    });
    if (updated.count === 0) {
      if ((await tx.network.count({ where: { id: input.networkId } })) === 0) throw notFound();
      throw conflict("networks.errors.alreadyReviewed");
    }
    await audit(tx, {
      actorId: actor.id,
      action: input.decision === "VERIFIED" ? "network.verify" : "network.reject",
      entityType: "Network",
      entityId: input.networkId,
      data: reason ? { reason } : undefined,
    });
    await reindex(tx, "NETWORK", [input.networkId]);
    return tx.network.findUniqueOrThrow({ where: { id: input.networkId }, select: { slug: true, name: true, registeredById: true } });
  });
  if (network.registeredById) {
    await notify(ctx.db, {
      userIds: [network.registeredById],
      kind: input.decision === "VERIFIED" ? "networks.notify.verified" : "networks.notify.rejected",
      params: { name: network.name, reason: reason ?? "" },
      link: `/networks/${network.slug}`,
    });
  }
  return { status };
}

/** A secretariat member asks to own a published profile that has no owner yet. */
export async function claimNetwork(ctx: Context, raw: NetworkClaimInput) {
  authorize(ctx.actor, policy.claimNetwork(ctx.actor));
  const actor = ctx.actor;
  const input = networkClaimInput.parse(raw);
  return ctx.db.$transaction(async (tx) => {
    const network = await tx.network.findFirst({
      where: { id: input.networkId, status: "VERIFIED" },
      select: { id: true, _count: { select: { staff: { where: { role: "OWNER" } } } } },
    });
    if (!network) throw notFound();
    if (network._count.staff > 0) throw conflict("networks.errors.alreadyOwned");
    const pending = await tx.networkClaim.count({ where: { networkId: network.id, userId: actor.id, status: "PENDING" } });
    if (pending > 0) throw conflict("networks.errors.claimPending");
    const claim = await tx.networkClaim.create({
      data: { networkId: network.id, userId: actor.id, message: input.message },
      select: { id: true, status: true },
    });
    await audit(tx, { actorId: actor.id, action: "network.claim", entityType: "NetworkClaim", entityId: claim.id, data: { networkId: network.id } });
    return claim;
  });
}

export async function reviewClaim(ctx: Context, raw: ClaimReviewInput) {
  authorize(ctx.actor, policy.reviewClaim(ctx.actor));
  const actor = ctx.actor;
  const input = claimReviewInput.parse(raw);
  const status: ReviewStatus = input.decision;
  const reason = input.decision === "REJECTED" ? (input.reason ?? null) : null;
  const claim = await ctx.db.$transaction(async (tx) => {
    const updated = await tx.networkClaim.updateMany({
      where: { id: input.claimId, status: "PENDING" },
      data: { status, reason, decidedById: actor.id, decidedAt: new Date() },
    });
    if (updated.count === 0) {
      if ((await tx.networkClaim.count({ where: { id: input.claimId } })) === 0) throw notFound();
      throw conflict("networks.errors.alreadyReviewed");
    }
    const claim = await tx.networkClaim.findUniqueOrThrow({
      where: { id: input.claimId },
      select: { userId: true, networkId: true, network: { select: { slug: true, name: true } } },
    });
    if (input.decision === "VERIFIED") {
      // An editor who claims the profile is promoted rather than listed twice.
      await tx.networkStaff.upsert({
        where: { networkId_userId: { networkId: claim.networkId, userId: claim.userId } },
        create: { networkId: claim.networkId, userId: claim.userId, role: "OWNER" },
        update: { role: "OWNER" },
      });
    }
    await audit(tx, {
      actorId: actor.id,
      action: input.decision === "VERIFIED" ? "network.claim.verify" : "network.claim.reject",
      entityType: "NetworkClaim",
      entityId: input.claimId,
      data: { networkId: claim.networkId, userId: claim.userId, ...(reason ? { reason } : {}) },
    });
    return claim;
  });
  await notify(ctx.db, {
    userIds: [claim.userId],
    kind: input.decision === "VERIFIED" ? "networks.notify.claimVerified" : "networks.notify.claimRejected",
    params: { name: claim.network.name, reason: reason ?? "" },
    link: `/networks/${claim.network.slug}`,
  });
  return { status };
}

/**
 * Saves corrected facts if nobody saved in between (the form's `version`); otherwise nothing is
 * written and the editor is told. A rejected registration edited by its staff goes back to review.
 */
export async function updateNetwork(ctx: Context, raw: NetworkUpdateInput) {
  const input = networkUpdateInput.parse(raw);
  authorize(ctx.actor, policy.editNetwork(ctx.actor, input.networkId));
  const actor = ctx.actor;
  const { networkId, version, themes, confidence, ...facts } = input;
  if (confidence !== undefined) authorize(actor, policy.reviewNetwork(actor));
  return ctx.db.$transaction(async (tx) => {
    const current = await tx.network.findUnique({
      where: { id: networkId },
      include: { themes: { select: { theme: { select: { slug: true } } } } },
    });
    if (!current) throw notFound();
    const ids = await themeIdsOf(tx, themes, "networks.errors.themeUnknown");
    const resubmit = current.status === "REJECTED" && !policy.reviewNetwork(actor);
    const data = { ...facts, ...(confidence ? { confidence } : {}) };
    const updated = await tx.network.updateMany({
      where: { id: networkId, version },
      data: {
        ...data,
        ...(resubmit ? { status: "PENDING" as const, reviewReason: null, reviewedAt: null, reviewedById: null } : {}),
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) throw conflict();

    const changed: string[] = (Object.keys(data) as (keyof typeof data)[]).filter((key) => current[key] !== data[key]);
    const oldThemes = current.themes.map((t) => t.theme.slug).sort();
    const newThemes = [...new Set(themes)].sort();
    if (oldThemes.join() !== newThemes.join()) {
      changed.push("themes");
      await tx.networkTheme.deleteMany({ where: { networkId } });
      await tx.networkTheme.createMany({ data: ids.map((themeId) => ({ networkId, themeId })) });
    }
    await audit(tx, {
      actorId: actor.id,
      action: "network.update",
      entityType: "Network",
      entityId: networkId,
      data: { changed, ...(resubmit ? { resubmitted: true } : {}) },
    });
    await reindex(tx, "NETWORK", [networkId]);
    return tx.network.findUniqueOrThrow({ where: { id: networkId }, select: { id: true, slug: true, version: true, status: true } });
  });
}

/** What moderators have to decide: registrations and claims, oldest first. */
export async function pendingQueue(ctx: Context, raw: PendingQueueInput = {}) {
  authorize(ctx.actor, policy.reviewNetwork(ctx.actor) || policy.reviewClaim(ctx.actor));
  const input = pendingQueueInput.parse(raw);
  const [registrations, registrationCount, claims, claimCount] = await Promise.all([
    ctx.db.network.findMany({
      where: { status: "PENDING" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (input.registrationsPage - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        name: true,
        acronym: true,
        foundedYear: true,
        hqCity: true,
        hqCountry: true,
        scope: true,
        region: true,
        membershipModel: true,
        website: true,
        about: true,
        createdAt: true,
        registeredBy: { select: { name: true, email: true } },
        themes: { select: { theme: { select: themeSelect } }, orderBy: { theme: { position: "asc" } } },
      },
    }),
    ctx.db.network.count({ where: { status: "PENDING" } }),
    ctx.db.networkClaim.findMany({
      where: { status: "PENDING" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (input.claimsPage - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true,
        message: true,
        createdAt: true,
        user: { select: { name: true, email: true } },
        network: { select: { slug: true, name: true, acronym: true } },
      },
    }),
    ctx.db.networkClaim.count({ where: { status: "PENDING" } }),
  ]);
  const pages = (count: number) => Math.max(1, Math.ceil(count / QUEUE_PAGE_SIZE));
  return {
    registrations: registrations.map(({ themes, ...n }) => ({ ...n, themes: themes.map((t) => t.theme) })),
    registrationCount,
    registrationPageCount: pages(registrationCount),
    claims,
    claimCount,
    claimPageCount: pages(claimCount),
    input,
  };
}
