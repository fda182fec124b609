import type { Context } from "@/server/auth/actor";
import { authorize, policy } from "@/server/auth/policy";
import { audit } from "@/server/audit/log";
import type { Db, DbOrTx } from "@/server/db/client";
import { Prisma, type PublicationState } from "@/server/db/generated/client";
import { conflict, invalid, notFound } from "@/server/errors";
import { dayToDate } from "@/server/knowledge/input";
import { cityIdsOf, partnerIdsOf, themeIdsOf } from "@/server/knowledge/references";
import { notify } from "@/server/notifications/service";
import { slugify, uniqueSlug } from "@/server/registry/slug";
import { reindex } from "@/server/search/documents";
import { terms } from "@/server/search/text";
import {
  INITIATIVE_PAGE_SIZE,
  coOwnerAnswerInput,
  coOwnerInviteInput,
  initiativeCreateInput,
  initiativeListInput,
  initiativeStateInput,
  initiativeUpdateInput,
  proposalAnswerInput,
  proposalInput,
  relationInput,
  similarDraftInput,
  type InitiativeCreateInput,
  type InitiativeFields,
  type InitiativeListInput,
  type InitiativeStateInput,
  type InitiativeUpdateInput,
  type ProposalAnswerInput,
  type ProposalInput,
  type RelationInput,
  type SimilarDraftInput,
} from "./input";
import { findSimilarInitiatives } from "./similar";

type Fields = Omit<InitiativeFields, "initiativeId" | "version">;

/** Networks that own the initiative (accepted), lead first. */
async function ownerNetworkIds(db: DbOrTx, initiativeId: string): Promise<string[]> {
  const owners = await db.initiativeOwner.findMany({
    where: { initiativeId, status: "ACCEPTED" },
    orderBy: { isLead: "desc" },
    select: { networkId: true },
  });
  return owners.map((o) => o.networkId);
}

/** Replaces themes, SDGs, cities and partners with the ones given (slugs resolved, all or nothing). */
async function writeLinks(tx: Prisma.TransactionClient, initiativeId: string, fields: Fields) {
  const [themeIds, cityIds, partnerIds] = await Promise.all([
    themeIdsOf(tx, fields.themes),
    cityIdsOf(tx, fields.cities),
    partnerIdsOf(tx, fields.partners.map((p) => p.partner)),
  ]);
  await Promise.all([
    tx.initiativeTheme.deleteMany({ where: { initiativeId } }),
    tx.initiativeSdg.deleteMany({ where: { initiativeId } }),
    tx.initiativeCity.deleteMany({ where: { initiativeId } }),
    tx.initiativePartner.deleteMany({ where: { initiativeId } }),
  ]);
  const disclosures = new Map(fields.partners.map((p, i) => [partnerIds[i]!, p.disclosure]));
  await Promise.all([
    tx.initiativeTheme.createMany({ data: [...new Set(themeIds)].map((themeId) => ({ initiativeId, themeId })) }),
    tx.initiativeSdg.createMany({ data: [...new Set(fields.sdgs)].map((sdgNumber) => ({ initiativeId, sdgNumber })) }),
    tx.initiativeCity.createMany({ data: [...new Set(cityIds)].map((cityId) => ({ initiativeId, cityId })) }),
    tx.initiativePartner.createMany({ data: [...disclosures].map(([partnerId, disclosure]) => ({ initiativeId, partnerId, disclosure })) }),
  ]);
}

const scalarFields = (f: Fields) => ({
  title: f.title,
  summary: f.summary,
  body: f.body,
  status: f.status,
  startDate: dayToDate(f.startDate),
  endDate: dayToDate(f.endDate),
  fundingSources: f.fundingSources,
  links: f.links,
  language: f.language,
});

/** A flat, comparable picture of what a person can edit, for the edit history. */
async function snapshot(db: DbOrTx, initiativeId: string): Promise<Record<string, string>> {
  const i = await db.initiative.findUniqueOrThrow({
    where: { id: initiativeId },
    select: {
      title: true, summary: true, body: true, status: true, startDate: true, endDate: true, fundingSources: true, links: true, language: true,
      themes: { select: { theme: { select: { slug: true } } } },
      sdgs: { select: { sdgNumber: true } },
      cities: { select: { city: { select: { slug: true } } } },
      partners: { select: { disclosure: true, partner: { select: { slug: true } } } },
    },
  });
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
  return {
    title: i.title,
    summary: i.summary,
    body: i.body,
    status: i.status,
    startDate: day(i.startDate),
    endDate: day(i.endDate),
    language: i.language,
    themes: i.themes.map((t) => t.theme.slug).sort().join(", "),
    sdgs: i.sdgs.map((s) => s.sdgNumber).sort((a, b) => a - b).join(", "),
    cities: i.cities.map((c) => c.city.slug).sort().join(", "),
    partners: i.partners.map((p) => `${p.partner.slug}: ${p.disclosure}`).sort().join("; "),
    fundingSources: i.fundingSources.join("; "),
    links: (i.links as { label: string; url: string }[]).map((l) => `${l.label} <${l.url}>`).join("; "),
  };
}

const clip = (text: string) => (text.length > 400 ? `${text.slice(0, 400)}…` : text);

function changesBetween(before: Record<string, string>, after: Record<string, string>) {
  const changes: Record<string, { from: string; to: string }> = {};
  for (const key of Object.keys(after)) {
    if (before[key] !== after[key]) changes[key] = { from: clip(before[key] ?? ""), to: clip(after[key] ?? "") };
  }
  return changes;
}

/** Network staff start an initiative for their network: a draft, or published at once. */
export async function createInitiative(ctx: Context, raw: InitiativeCreateInput) {
  const input = initiativeCreateInput.parse(raw);
  authorize(ctx.actor, policy.createInitiative(ctx.actor, input.networkId));
  const actor = ctx.actor;
  const network = await ctx.db.network.findFirst({ where: { id: input.networkId, status: "VERIFIED" }, select: { id: true } });
  if (!network) throw invalid({ networkId: ["knowledge.errors.networkNotVerified"] });
  const state: PublicationState = input.publish ? "PUBLISHED" : "DRAFT";
  return ctx.db.$transaction(async (tx) => {
    const slug = await uniqueSlug(tx, "initiative", slugify(input.title) || "initiative", (prefix) =>
      tx.initiative.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true } }),
    );
    const initiative = await tx.initiative.create({
      data: {
        ...scalarFields(input),
        slug,
        state,
        publishedAt: input.publish ? new Date() : null,
        createdById: actor.id,
        owners: { create: { networkId: input.networkId, status: "ACCEPTED", isLead: true, decidedAt: new Date() } },
      },
      select: { id: true, slug: true, state: true, version: true },
    });
    await writeLinks(tx, initiative.id, input);
    await audit(tx, { actorId: actor.id, action: "initiative.create", entityType: "Initiative", entityId: initiative.id, data: { slug, state } });
    await reindex(tx, "INITIATIVE", [initiative.id]);
    return initiative;
  });
}

/** Saves an edit if nobody saved since the editor loaded it; records what changed. */
export async function updateInitiative(ctx: Context, raw: InitiativeUpdateInput) {
  const input = initiativeUpdateInput.parse(raw);
  const owners = await ownerNetworkIds(ctx.db, input.initiativeId);
  if (!owners.length) throw notFound();
  authorize(ctx.actor, policy.editInitiative(ctx.actor, owners));
  const actor = ctx.actor;
  return ctx.db.$transaction(async (tx) => {
    const before = await snapshot(tx, input.initiativeId);
    const updated = await tx.initiative.updateMany({
      where: { id: input.initiativeId, version: input.version },
      data: { ...scalarFields(input), version: { increment: 1 } },
    });
    if (updated.count === 0) throw conflict("knowledge.errors.staleEdit");
    await writeLinks(tx, input.initiativeId, input);
    const changes = changesBetween(before, await snapshot(tx, input.initiativeId));
    if (Object.keys(changes).length) {
      await tx.initiativeRevision.create({ data: { initiativeId: input.initiativeId, actorId: actor.id, version: input.version + 1, changes } });
    }
    await audit(tx, { actorId: actor.id, action: "initiative.update", entityType: "Initiative", entityId: input.initiativeId, data: { fields: Object.keys(changes) } });
    await reindex(tx, "INITIATIVE", [input.initiativeId]);
    return tx.initiative.findUniqueOrThrow({ where: { id: input.initiativeId }, select: { id: true, slug: true, version: true, state: true } });
  });
}

/** Draft → published → archived (and back to published or draft), with the same version check. */
export async function setInitiativeState(ctx: Context, raw: InitiativeStateInput) {
  const input = initiativeStateInput.parse(raw);
  const owners = await ownerNetworkIds(ctx.db, input.initiativeId);
  if (!owners.length) throw notFound();
  authorize(ctx.actor, policy.editInitiative(ctx.actor, owners));
  const actor = ctx.actor;
  return ctx.db.$transaction(async (tx) => {
    const current = await tx.initiative.findUniqueOrThrow({ where: { id: input.initiativeId }, select: { state: true, publishedAt: true } });
    if (current.state === input.state) return tx.initiative.findUniqueOrThrow({ where: { id: input.initiativeId }, select: { id: true, slug: true, version: true, state: true } });
    const updated = await tx.initiative.updateMany({
      where: { id: input.initiativeId, version: input.version },
      data: {
        state: input.state,
        publishedAt: input.state === "PUBLISHED" && !current.publishedAt ? new Date() : undefined,
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) throw conflict("knowledge.errors.staleEdit");
    await tx.initiativeRevision.create({
      data: { initiativeId: input.initiativeId, actorId: actor.id, version: input.version + 1, changes: { state: { from: current.state, to: input.state } } },
    });
    await audit(tx, { actorId: actor.id, action: `initiative.${input.state.toLowerCase()}`, entityType: "Initiative", entityId: input.initiativeId });
    await reindex(tx, "INITIATIVE", [input.initiativeId]);
    return tx.initiative.findUniqueOrThrow({ where: { id: input.initiativeId }, select: { id: true, slug: true, version: true, state: true } });
  });
}

async function staffIds(db: DbOrTx, networkIds: string[], role?: "OWNER") {
  const staff = await db.networkStaff.findMany({ where: { networkId: { in: networkIds }, ...(role ? { role } : {}) }, select: { userId: true } });
  return staff.map((s) => s.userId);
}

/** An owner invites another network to co-own; that network's owners accept or decline. */
export async function inviteCoOwner(ctx: Context, raw: { initiativeId: string; networkSlug: string }) {
  const input = coOwnerInviteInput.parse(raw);
  const owners = await ownerNetworkIds(ctx.db, input.initiativeId);
  if (!owners.length) throw notFound();
  authorize(ctx.actor, policy.inviteCoOwner(ctx.actor, owners));
  const actor = ctx.actor;
  const network = await ctx.db.network.findFirst({ where: { slug: input.networkSlug, status: "VERIFIED" }, select: { id: true, name: true } });
  if (!network) throw invalid({ networkSlug: ["knowledge.errors.networkUnknown"] });
  const initiative = await ctx.db.$transaction(async (tx) => {
    const existing = await tx.initiativeOwner.findUnique({ where: { initiativeId_networkId: { initiativeId: input.initiativeId, networkId: network.id } } });
    if (existing?.status === "ACCEPTED") throw conflict("knowledge.errors.alreadyOwner");
    if (existing?.status === "PENDING") throw conflict("knowledge.errors.invitationPending");
    await tx.initiativeOwner.upsert({
      where: { initiativeId_networkId: { initiativeId: input.initiativeId, networkId: network.id } },
      create: { initiativeId: input.initiativeId, networkId: network.id, status: "PENDING", invitedById: actor.id },
      update: { status: "PENDING", invitedById: actor.id, decidedAt: null },
    });
    await audit(tx, { actorId: actor.id, action: "initiative.inviteCoOwner", entityType: "Initiative", entityId: input.initiativeId, data: { networkId: network.id } });
    return tx.initiative.findUniqueOrThrow({ where: { id: input.initiativeId }, select: { slug: true, title: true } });
  });
  await notify(ctx.db, {
    userIds: await staffIds(ctx.db, [network.id], "OWNER"),
    kind: "knowledge.notify.coOwnerInvited",
    params: { title: initiative.title, network: network.name },
    link: `/initiatives/${initiative.slug}`,
  });
  return { networkId: network.id, status: "PENDING" as const };
}

export async function answerCoOwnership(ctx: Context, raw: { initiativeId: string; networkId: string; accept: boolean }) {
  const input = coOwnerAnswerInput.parse(raw);
  authorize(ctx.actor, policy.answerCoOwnership(ctx.actor, input.networkId));
  const actor = ctx.actor;
  const status = input.accept ? "ACCEPTED" : "DECLINED";
  const result = await ctx.db.$transaction(async (tx) => {
    const updated = await tx.initiativeOwner.updateMany({
      where: { initiativeId: input.initiativeId, networkId: input.networkId, status: "PENDING" },
      data: { status, decidedAt: new Date() },
    });
    if (updated.count === 0) throw notFound("knowledge.errors.noInvitation");
    await audit(tx, { actorId: actor.id, action: `initiative.coOwner.${status.toLowerCase()}`, entityType: "Initiative", entityId: input.initiativeId, data: { networkId: input.networkId } });
    await reindex(tx, "INITIATIVE", [input.initiativeId]);
    const [initiative, network, invite] = await Promise.all([
      tx.initiative.findUniqueOrThrow({ where: { id: input.initiativeId }, select: { slug: true, title: true } }),
      tx.network.findUniqueOrThrow({ where: { id: input.networkId }, select: { name: true } }),
      tx.initiativeOwner.findUniqueOrThrow({ where: { initiativeId_networkId: { initiativeId: input.initiativeId, networkId: input.networkId } }, select: { invitedById: true } }),
    ]);
    return { initiative, network, invitedById: invite.invitedById };
  });
  if (result.invitedById) {
    await notify(ctx.db, {
      userIds: [result.invitedById],
      kind: input.accept ? "knowledge.notify.coOwnerAccepted" : "knowledge.notify.coOwnerDeclined",
      params: { title: result.initiative.title, network: result.network.name },
      link: `/initiatives/${result.initiative.slug}`,
    });
  }
  return { status };
}

const cardSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  status: true,
  state: true,
  language: true,
  startDate: true,
  endDate: true,
  isSeed: true,
  themes: { select: { theme: { select: { slug: true, nameEn: true, nameZh: true, nameFr: true, nameEs: true } } }, orderBy: { theme: { position: "asc" } } },
  sdgs: { select: { sdgNumber: true }, orderBy: { sdgNumber: "asc" } },
  owners: { where: { status: "ACCEPTED" }, orderBy: { isLead: "desc" }, select: { network: { select: { slug: true, name: true, acronym: true } } } },
  _count: { select: { cities: true } },
} satisfies Prisma.InitiativeSelect;

export type InitiativeCard = Prisma.InitiativeGetPayload<{ select: typeof cardSelect }>;

/** Published initiatives matching the /initiatives filters, newest first, one page at a time. */
export async function listInitiatives(ctx: Context, raw: InitiativeListInput) {
  const input = initiativeListInput.parse(raw);
  const conditions: Prisma.Sql[] = [Prisma.sql`i.state = 'PUBLISHED'`];
  if (input.theme) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "InitiativeTheme" x JOIN "Theme" t ON t.id = x."themeId" WHERE x."initiativeId" = i.id AND t.slug = ${input.theme})`);
  if (input.sdg) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "InitiativeSdg" x WHERE x."initiativeId" = i.id AND x."sdgNumber" = ${input.sdg})`);
  if (input.network) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "InitiativeOwner" x JOIN "Network" n ON n.id = x."networkId" WHERE x."initiativeId" = i.id AND x.status = 'ACCEPTED' AND n.slug = ${input.network})`);
  if (input.status) conditions.push(Prisma.sql`i.status::text = ${input.status}`);
  if (input.city) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "InitiativeCity" x JOIN "City" c ON c.id = x."cityId" WHERE x."initiativeId" = i.id AND c.slug = ${input.city})`);
  if (input.region) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "InitiativeCity" x JOIN "City" c ON c.id = x."cityId" WHERE x."initiativeId" = i.id AND c.region = ${input.region})`);
  if (input.q) {
    const queryTerms = terms(input.q);
    for (const term of queryTerms) {
      conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "SearchDocument" d WHERE d.kind = 'INITIATIVE' AND d."entityId" = i.id AND d.terms && ${[term]}::text[])`);
    }
  }
  const where = Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;
  const [rows, [count]] = await Promise.all([
    ctx.db.$queryRaw<{ id: string }[]>`
      SELECT i.id FROM "Initiative" i ${where}
      ORDER BY i."publishedAt" DESC NULLS LAST, i.id
      LIMIT ${INITIATIVE_PAGE_SIZE} OFFSET ${(input.page - 1) * INITIATIVE_PAGE_SIZE}`,
    ctx.db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Initiative" i ${where}`,
  ]);
  const ids = rows.map((r) => r.id);
  const cards = await ctx.db.initiative.findMany({ where: { id: { in: ids } }, select: cardSelect });
  const byId = new Map(cards.map((c) => [c.id, c]));
  const total = count?.total ?? 0;
  return {
    items: ids.flatMap((id) => byId.get(id) ?? []),
    total,
    page: input.page,
    pageCount: Math.max(1, Math.ceil(total / INITIATIVE_PAGE_SIZE)),
    input,
  };
}

/** Filter choices for /initiatives: networks and regions that have published initiatives. */
/**
 * Filter choices with at least one published initiative. Cities come from here rather than the
 * whole City table: the registry holds tens of thousands, and every option is sent twice (HTML and
 * RSC payload) on each list page. `selectedCity` stays choosable even when it has none.
 */
export async function initiativeFacets(db: Db, selectedCity?: string) {
  const [networks, regions, cities] = await Promise.all([
    db.$queryRaw<{ slug: string; name: string; acronym: string | null }[]>`
      SELECT DISTINCT n.slug, n.name, n.acronym FROM "Network" n
      JOIN "InitiativeOwner" o ON o."networkId" = n.id AND o.status = 'ACCEPTED'
      JOIN "Initiative" i ON i.id = o."initiativeId" AND i.state = 'PUBLISHED'
      ORDER BY n.name`,
    db.$queryRaw<{ region: string }[]>`
      SELECT DISTINCT c.region FROM "City" c
      JOIN "InitiativeCity" x ON x."cityId" = c.id
      JOIN "Initiative" i ON i.id = x."initiativeId" AND i.state = 'PUBLISHED'
      ORDER BY c.region`,
    db.$queryRaw<{ slug: string; name: string }[]>`
      SELECT c.slug, c.name FROM "City" c
      WHERE c.slug = ${selectedCity ?? null}
         OR EXISTS (SELECT 1 FROM "InitiativeCity" x JOIN "Initiative" i ON i.id = x."initiativeId" AND i.state = 'PUBLISHED' WHERE x."cityId" = c.id)
      ORDER BY c.name`,
  ]);
  return { networks, regions: regions.map((r) => r.region), cities };
}

/** Everything the initiative page shows; null when missing or not visible to this reader. */
export async function getInitiative(ctx: Context, slug: string) {
  const initiative = await ctx.db.initiative.findUnique({
    where: { slug },
    select: {
      ...cardSelect,
      body: true,
      fundingSources: true,
      links: true,
      sourceUrl: true,
      version: true,
      publishedAt: true,
      createdAt: true,
      updatedAt: true,
      createdBy: { select: { name: true } },
      owners: {
        orderBy: [{ isLead: "desc" }, { createdAt: "asc" }],
        select: { status: true, isLead: true, networkId: true, network: { select: { id: true, slug: true, name: true, acronym: true } } },
      },
      cities: { select: { city: { select: { slug: true, name: true, countryCode: true, region: true } } }, orderBy: { city: { name: "asc" } } },
      partners: { select: { disclosure: true, partner: { select: { slug: true, name: true, type: true } } }, orderBy: { partner: { name: "asc" } } },
      revisions: { orderBy: { createdAt: "desc" }, take: 50, select: { id: true, version: true, changes: true, createdAt: true, actorId: true } },
    },
  });
  if (!initiative) return null;
  const ownerIds = initiative.owners.filter((o) => o.status === "ACCEPTED").map((o) => o.networkId);
  if (initiative.state !== "PUBLISHED" && !policy.seeDraftInitiative(ctx.actor, ownerIds)) return null;
  const actorIds = [...new Set(initiative.revisions.map((r) => r.actorId).filter((id): id is string => !!id))];
  const actors = new Map((await ctx.db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const [relations, proposals] = await Promise.all([
    ctx.db.initiativeRelation.findMany({
      where: { OR: [{ initiativeAId: initiative.id }, { initiativeBId: initiative.id }] },
      select: {
        kind: true,
        initiativeA: { select: { id: true, slug: true, title: true } },
        initiativeB: { select: { id: true, slug: true, title: true } },
      },
    }),
    policy.answerCollaboration(ctx.actor, ownerIds) || policy.isModerator(ctx.actor)
      ? ctx.db.collaborationProposal.findMany({
          where: { OR: [{ toInitiativeId: initiative.id }, { fromInitiativeId: initiative.id }] },
          orderBy: { createdAt: "desc" },
          take: 50,
          select: {
            id: true, message: true, status: true, answer: true, createdAt: true, answeredAt: true,
            fromInitiative: { select: { id: true, slug: true, title: true } },
            toInitiative: { select: { id: true, slug: true, title: true } },
          },
        })
      : Promise.resolve([]),
  ]);
  return {
    ...initiative,
    ownerNetworkIds: ownerIds,
    revisions: initiative.revisions.map((r) => ({ ...r, actorName: r.actorId ? (actors.get(r.actorId) ?? null) : null, changes: r.changes as Record<string, { from: string; to: string }> })),
    relations: relations.map((r) => ({ kind: r.kind, other: r.initiativeA.id === initiative.id ? r.initiativeB : r.initiativeA })),
    proposals,
  };
}

/** Similar initiatives of other networks than the ones owning this one (two SQL queries in all). */
export async function similarToInitiative(db: Db, initiativeId: string, limit = 5, signal?: AbortSignal) {
  const [row] = await db.$queryRaw<{ title: string; summary: string; keyTerms: string[] | null; owners: string[]; themes: string[]; sdgs: number[]; cities: string[] }[]>`
    SELECT i.title, i.summary, d."keyTerms",
      ARRAY(SELECT o."networkId" FROM "InitiativeOwner" o WHERE o."initiativeId" = i.id AND o.status = 'ACCEPTED') AS owners,
      ARRAY(SELECT t.slug FROM "InitiativeTheme" it JOIN "Theme" t ON t.id = it."themeId" WHERE it."initiativeId" = i.id) AS themes,
      ARRAY(SELECT s."sdgNumber" FROM "InitiativeSdg" s WHERE s."initiativeId" = i.id) AS sdgs,
      ARRAY(SELECT c.slug FROM "InitiativeCity" ic JOIN "City" c ON c.id = ic."cityId" WHERE ic."initiativeId" = i.id) AS cities
    FROM "Initiative" i
    LEFT JOIN "SearchDocument" d ON d.kind = 'INITIATIVE' AND d."entityId" = i.id
    WHERE i.id = ${initiativeId}`;
  if (!row) throw notFound();
  return findSimilarInitiatives(
    db,
    {
      keyTerms: row.keyTerms ?? terms(`${row.title} ${row.summary}`),
      themes: row.themes,
      sdgs: row.sdgs,
      cities: row.cities,
      excludeNetworkIds: row.owners,
      excludeInitiativeId: initiativeId,
    },
    limit,
    signal,
  );
}

/** While staff draft: what other networks already run that looks like this. */
export async function similarToDraft(ctx: Context, raw: SimilarDraftInput) {
  const input = similarDraftInput.parse(raw);
  const owners = input.initiativeId ? await ownerNetworkIds(ctx.db, input.initiativeId) : [];
  authorize(ctx.actor, policy.createInitiative(ctx.actor, input.networkId) || policy.editInitiative(ctx.actor, owners));
  return findSimilarInitiatives(ctx.db, {
    keyTerms: terms(`${input.title} ${input.summary}`),
    themes: input.themes,
    sdgs: input.sdgs,
    cities: input.cities,
    excludeNetworkIds: [...new Set([input.networkId, ...owners])],
    excludeInitiativeId: input.initiativeId,
  });
}

/** Staff of one initiative propose to work with another network's similar initiative. */
export async function proposeCollaboration(ctx: Context, raw: ProposalInput) {
  const input = proposalInput.parse(raw);
  if (input.fromInitiativeId === input.toInitiativeId) throw invalid({ toInitiativeId: ["knowledge.errors.sameInitiative"] });
  const [fromOwners, toOwners] = await Promise.all([ownerNetworkIds(ctx.db, input.fromInitiativeId), ownerNetworkIds(ctx.db, input.toInitiativeId)]);
  if (!fromOwners.length || !toOwners.length) throw notFound();
  authorize(ctx.actor, policy.proposeCollaboration(ctx.actor, fromOwners));
  const actor = ctx.actor;
  const pending = await ctx.db.collaborationProposal.count({ where: { fromInitiativeId: input.fromInitiativeId, toInitiativeId: input.toInitiativeId, status: "PENDING" } });
  if (pending) throw conflict("knowledge.errors.proposalPending");
  const proposal = await ctx.db.$transaction(async (tx) => {
    const created = await tx.collaborationProposal.create({
      data: { fromInitiativeId: input.fromInitiativeId, toInitiativeId: input.toInitiativeId, message: input.message, proposedById: actor.id },
      select: { id: true, status: true },
    });
    await audit(tx, { actorId: actor.id, action: "initiative.proposeCollaboration", entityType: "CollaborationProposal", entityId: created.id, data: { from: input.fromInitiativeId, to: input.toInitiativeId } });
    return created;
  });
  const [from, to] = await Promise.all([
    ctx.db.initiative.findUniqueOrThrow({ where: { id: input.fromInitiativeId }, select: { title: true } }),
    ctx.db.initiative.findUniqueOrThrow({ where: { id: input.toInitiativeId }, select: { title: true, slug: true } }),
  ]);
  await notify(ctx.db, {
    userIds: (await staffIds(ctx.db, toOwners)).filter((id) => id !== actor.id),
    kind: "knowledge.notify.proposalReceived",
    params: { from: from.title, to: to.title, message: input.message },
    link: `/initiatives/${to.slug}#proposals`,
  });
  return proposal;
}

export async function answerProposal(ctx: Context, raw: ProposalAnswerInput) {
  const input = proposalAnswerInput.parse(raw);
  const proposal = await ctx.db.collaborationProposal.findUnique({ where: { id: input.proposalId }, select: { toInitiativeId: true, proposedById: true } });
  if (!proposal) throw notFound();
  authorize(ctx.actor, policy.answerCollaboration(ctx.actor, await ownerNetworkIds(ctx.db, proposal.toInitiativeId)));
  const actor = ctx.actor;
  const status = input.accept ? "ACCEPTED" : "DECLINED";
  const answered = await ctx.db.$transaction(async (tx) => {
    const updated = await tx.collaborationProposal.updateMany({
      where: { id: input.proposalId, status: "PENDING" },
      data: { status, answer: input.answer || null, answeredById: actor.id, answeredAt: new Date() },
    });
    if (updated.count === 0) throw conflict("knowledge.errors.alreadyAnswered");
    await audit(tx, { actorId: actor.id, action: `initiative.proposal.${status.toLowerCase()}`, entityType: "CollaborationProposal", entityId: input.proposalId });
    return tx.collaborationProposal.findUniqueOrThrow({
      where: { id: input.proposalId },
      select: { fromInitiative: { select: { slug: true, title: true } }, toInitiative: { select: { title: true } } },
    });
  });
  if (proposal.proposedById) {
    await notify(ctx.db, {
      userIds: [proposal.proposedById],
      kind: input.accept ? "knowledge.notify.proposalAccepted" : "knowledge.notify.proposalDeclined",
      params: { from: answered.fromInitiative.title, to: answered.toInitiative.title, answer: input.answer ?? "" },
      link: `/initiatives/${answered.fromInitiative.slug}#proposals`,
    });
  }
  return { status };
}

/** Moderators mark two initiatives as duplicates or as related (or clear the mark with kind null). */
export async function markRelation(ctx: Context, raw: RelationInput) {
  const input = relationInput.parse(raw);
  authorize(ctx.actor, policy.markInitiativeRelation(ctx.actor));
  const actor = ctx.actor;
  if (input.initiativeId === input.otherId) throw invalid({ otherId: ["knowledge.errors.sameInitiative"] });
  const [a, b] = [input.initiativeId, input.otherId].sort() as [string, string];
  if ((await ctx.db.initiative.count({ where: { id: { in: [a, b] } } })) !== 2) throw notFound();
  return ctx.db.$transaction(async (tx) => {
    if (input.kind === null) {
      await tx.initiativeRelation.deleteMany({ where: { initiativeAId: a, initiativeBId: b } });
    } else {
      await tx.initiativeRelation.upsert({
        where: { initiativeAId_initiativeBId: { initiativeAId: a, initiativeBId: b } },
        create: { initiativeAId: a, initiativeBId: b, kind: input.kind, markedById: actor.id },
        update: { kind: input.kind, markedById: actor.id },
      });
    }
    await audit(tx, { actorId: actor.id, action: "initiative.relation", entityType: "Initiative", entityId: a, data: { other: b, kind: input.kind } });
    return { kind: input.kind };
  });
}

/** Initiatives whose co-ownership invitation waits for this person's networks. */
export async function pendingCoOwnerships(ctx: Context) {
  if (!ctx.actor) return [];
  const owned = [...ctx.actor.staff].filter(([, role]) => role === "OWNER").map(([id]) => id);
  if (!owned.length) return [];
  return ctx.db.initiativeOwner.findMany({
    where: { networkId: { in: owned }, status: "PENDING" },
    select: { networkId: true, network: { select: { name: true } }, initiative: { select: { id: true, slug: true, title: true } } },
  });
}


/** Choices the initiative form offers: the actor's own verified networks, themes, SDGs, cities and partners. */
export async function initiativeFormChoices(ctx: Context) {
  const staffOf = ctx.actor ? [...ctx.actor.staff.keys()] : [];
  const [networks, themes, sdgs, cities, partners] = await Promise.all([
    ctx.db.network.findMany({ where: { id: { in: staffOf }, status: "VERIFIED" }, select: { id: true, name: true, acronym: true }, orderBy: { name: "asc" } }),
    ctx.db.theme.findMany({ orderBy: { position: "asc" }, select: { slug: true, nameEn: true, nameZh: true, nameFr: true, nameEs: true } }),
    ctx.db.sdg.findMany({ orderBy: { number: "asc" } }),
    ctx.db.city.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    ctx.db.partner.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
  ]);
  return { networks, themes, sdgs, cities, partners };
}
