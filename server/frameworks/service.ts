import type { Actor, Context } from "@/server/auth/actor";
import { authorize, policy } from "@/server/auth/policy";
import { audit } from "@/server/audit/log";
import type { Db, DbOrTx } from "@/server/db/client";
import type { Prisma } from "@/server/db/generated/client";
import { AppError, conflict, invalid, notFound } from "@/server/errors";
import { dayToDate } from "@/server/knowledge/input";
import { notify } from "@/server/notifications/service";
import { slugify, uniqueSlug } from "@/server/registry/slug";
import { reindex } from "@/server/search/documents";
import {
  commentHideInput,
  commentInput,
  endorseInput,
  frameworkCreateInput,
  frameworkUpdateInput,
  mappingDecideInput,
  mappingProposeInput,
  pillarAddInput,
  pillarMoveInput,
  pillarRemoveInput,
  pillarUpdateInput,
  withdrawInput,
  type CommentHideInput,
  type CommentInput,
  type EndorseInput,
  type FrameworkCreateInput,
  type FrameworkUpdateInput,
  type MappingDecideInput,
  type MappingProposeInput,
  type PillarAddInput,
  type PillarMoveInput,
  type PillarRemoveInput,
  type PillarUpdateInput,
  type WithdrawInput,
} from "./input";

type Tx = Prisma.TransactionClient;

/** What a changelog row says happened: an action the page words in the reader's language, with its names. */
export type ChangeAction =
  | "created"
  | "edited"
  | "pillarAdded"
  | "pillarEdited"
  | "pillarMoved"
  | "pillarRemoved"
  | "endorsed"
  | "endorsementUpdated"
  | "endorsementWithdrawn"
  | "mappingAccepted";

export type ChangeData = {
  action: ChangeAction;
  params: Record<string, string>;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

/** The consultation closes at the end of its last day (UTC): the stored bound is the next midnight. */
const DAY = 86_400_000;
export const closesAtOf = (day: string | null | undefined) => {
  const start = dayToDate(day);
  return start ? new Date(start.getTime() + DAY) : null;
};
/** The last day of the window as YYYY-MM-DD, for forms and pages. */
export const lastDayOf = (closesAt: Date | null) => (closesAt ? new Date(closesAt.getTime() - DAY).toISOString().slice(0, 10) : null);
export const isConsultationOpen = (f: { consultationOpensAt: Date | null; consultationClosesAt: Date | null }, now = new Date()) =>
  !!f.consultationOpensAt && !!f.consultationClosesAt && f.consultationOpensAt <= now && now < f.consultationClosesAt;

/**
 * Moves the framework to its next version and appends the public changelog row, in the caller's
 * transaction. With `expected`, the edit was made on that version: anything newer is a conflict.
 */
async function recordChange(tx: Tx, frameworkId: string, expected: number | null, actorId: string, summary: string, data: ChangeData) {
  const updated = await tx.framework.updateMany({
    where: { id: frameworkId, ...(expected === null ? {} : { version: expected }) },
    data: { version: { increment: 1 } },
  });
  if (updated.count === 0) {
    if (expected !== null && (await tx.framework.count({ where: { id: frameworkId } }))) throw conflict("frameworks.errors.staleEdit");
    throw notFound();
  }
  const { version } = await tx.framework.findUniqueOrThrow({ where: { id: frameworkId }, select: { version: true } });
  await tx.frameworkChange.create({ data: { frameworkId, version, actorId, summary, data: data as unknown as Prisma.InputJsonValue } });
  await reindex(tx, "FRAMEWORK", [frameworkId]);
  return version;
}

const scalarFields = (input: Omit<ReturnType<typeof frameworkCreateInput.parse>, "pillars">) => ({
  title: input.title,
  anchor: input.anchor,
  summary: input.summary,
  body: input.body,
  sourceUrl: input.sourceUrl,
  language: input.language,
  consultationOpensAt: dayToDate(input.consultationOpens),
  consultationClosesAt: closesAtOf(input.consultationCloses),
});

const clip = (text: string) => (text.length > 400 ? `${text.slice(0, 400)}…` : text);

/** Moderators create a framework with its pillars in order; version 1 opens the changelog. */
export async function createFramework(ctx: Context, raw: FrameworkCreateInput) {
  const input = frameworkCreateInput.parse(raw);
  authorize(ctx.actor, policy.createFramework(ctx.actor));
  const actor = ctx.actor;
  return ctx.db.$transaction(async (tx) => {
    const slug = await uniqueSlug(tx, "framework", slugify(input.title) || "framework", (prefix) =>
      tx.framework.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true } }),
    );
    const framework = await tx.framework.create({
      data: {
        ...scalarFields(input),
        slug,
        createdById: actor.id,
        pillars: { create: input.pillars.map((p, position) => ({ ...p, position })) },
      },
      select: { id: true, slug: true, version: true },
    });
    const data: ChangeData = {
      action: "created",
      params: { title: input.title, pillars: String(input.pillars.length) },
      after: { title: input.title, anchor: input.anchor, pillars: input.pillars.map((p) => p.title) },
    };
    await tx.frameworkChange.create({
      data: { frameworkId: framework.id, version: 1, actorId: actor.id, summary: `Framework created with ${input.pillars.length} pillars`, data: data as unknown as Prisma.InputJsonValue },
    });
    await audit(tx, { actorId: actor.id, action: "framework.create", entityType: "Framework", entityId: framework.id, data: { slug } });
    await reindex(tx, "FRAMEWORK", [framework.id]);
    return framework;
  });
}

/** Edits the framework's text and consultation window; records the fields that changed. */
export async function updateFramework(ctx: Context, raw: FrameworkUpdateInput) {
  const input = frameworkUpdateInput.parse(raw);
  authorize(ctx.actor, policy.editFramework(ctx.actor));
  const actor = ctx.actor;
  return ctx.db.$transaction(async (tx) => {
    const current = await tx.framework.findUnique({ where: { id: input.frameworkId } });
    if (!current) throw notFound();
    const next = scalarFields(input);
    const text = (v: unknown) => (v instanceof Date ? v.toISOString() : v === null || v === undefined ? "" : String(v));
    const before: Record<string, string> = {};
    const after: Record<string, string> = {};
    for (const key of Object.keys(next) as (keyof typeof next)[]) {
      if (text(current[key]) !== text(next[key])) {
        before[key] = clip(text(current[key]));
        after[key] = clip(text(next[key]));
      }
    }
    const fields = Object.keys(after);
    await tx.framework.update({ where: { id: input.frameworkId }, data: next });
    const version = await recordChange(tx, input.frameworkId, input.version, actor.id, fields.length ? `Edited: ${fields.join(", ")}` : "Saved without changes", {
      action: "edited",
      params: { fields: fields.join(", ") },
      before,
      after,
    });
    await audit(tx, { actorId: actor.id, action: "framework.update", entityType: "Framework", entityId: input.frameworkId, data: { fields } });
    return { id: current.id, slug: current.slug, version };
  });
}

async function pillarOf(tx: Tx, frameworkId: string, pillarId: string) {
  const pillar = await tx.frameworkPillar.findFirst({ where: { id: pillarId, frameworkId } });
  if (!pillar) throw notFound();
  return pillar;
}

const pillarPicture = (p: { title: string; description: string; indicators: string[]; position: number }) => ({
  title: p.title,
  description: clip(p.description),
  indicators: p.indicators,
  position: p.position + 1,
});

export async function addPillar(ctx: Context, raw: PillarAddInput) {
  const input = pillarAddInput.parse(raw);
  authorize(ctx.actor, policy.editFramework(ctx.actor));
  const actor = ctx.actor;
  return ctx.db.$transaction(async (tx) => {
    const last = await tx.frameworkPillar.findFirst({ where: { frameworkId: input.frameworkId }, orderBy: { position: "desc" }, select: { position: true } });
    const version = await recordChange(tx, input.frameworkId, input.version, actor.id, `Pillar added: ${input.title}`, {
      action: "pillarAdded",
      params: { pillar: input.title },
      after: { title: input.title, description: clip(input.description), indicators: input.indicators },
    });
    const pillar = await tx.frameworkPillar.create({
      data: { frameworkId: input.frameworkId, position: (last?.position ?? -1) + 1, title: input.title, description: input.description, indicators: input.indicators },
      select: { id: true },
    });
    return { pillarId: pillar.id, version };
  });
}

export async function updatePillar(ctx: Context, raw: PillarUpdateInput) {
  const input = pillarUpdateInput.parse(raw);
  authorize(ctx.actor, policy.editFramework(ctx.actor));
  const actor = ctx.actor;
  return ctx.db.$transaction(async (tx) => {
    const before = await pillarOf(tx, input.frameworkId, input.pillarId);
    const version = await recordChange(tx, input.frameworkId, input.version, actor.id, `Pillar edited: ${input.title}`, {
      action: "pillarEdited",
      params: { pillar: input.title },
      before: pillarPicture(before),
      after: pillarPicture({ ...input, position: before.position }),
    });
    await tx.frameworkPillar.update({
      where: { id: input.pillarId },
      data: { title: input.title, description: input.description, indicators: input.indicators },
    });
    return { version };
  });
}

/** Swaps a pillar with its neighbour, so the order stays 0..n-1 without gaps. */
export async function movePillar(ctx: Context, raw: PillarMoveInput) {
  const input = pillarMoveInput.parse(raw);
  authorize(ctx.actor, policy.editFramework(ctx.actor));
  const actor = ctx.actor;
  return ctx.db.$transaction(async (tx) => {
    const pillars = await tx.frameworkPillar.findMany({ where: { frameworkId: input.frameworkId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true, title: true } });
    const from = pillars.findIndex((p) => p.id === input.pillarId);
    if (from < 0) throw notFound();
    const to = input.direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= pillars.length) throw invalid({ direction: ["frameworks.errors.cannotMove"] });
    const order = [...pillars];
    [order[from], order[to]] = [order[to]!, order[from]!];
    const version = await recordChange(tx, input.frameworkId, input.version, actor.id, `Pillar moved: ${pillars[from]!.title} (${from + 1} → ${to + 1})`, {
      action: "pillarMoved",
      params: { pillar: pillars[from]!.title, from: String(from + 1), to: String(to + 1) },
      before: { order: pillars.map((p) => p.title) },
      after: { order: order.map((p) => p.title) },
    });
    await Promise.all(order.map((p, position) => tx.frameworkPillar.update({ where: { id: p.id }, data: { position } })));
    return { version };
  });
}

/** Removing a pillar removes its mappings and comments with it (the changelog keeps its text). */
export async function removePillar(ctx: Context, raw: PillarRemoveInput) {
  const input = pillarRemoveInput.parse(raw);
  authorize(ctx.actor, policy.editFramework(ctx.actor));
  const actor = ctx.actor;
  return ctx.db.$transaction(async (tx) => {
    const pillar = await pillarOf(tx, input.frameworkId, input.pillarId);
    const version = await recordChange(tx, input.frameworkId, input.version, actor.id, `Pillar removed: ${pillar.title}`, {
      action: "pillarRemoved",
      params: { pillar: pillar.title },
      before: pillarPicture(pillar),
    });
    await tx.frameworkPillar.delete({ where: { id: pillar.id } });
    const rest = await tx.frameworkPillar.findMany({ where: { frameworkId: input.frameworkId }, orderBy: { position: "asc" }, select: { id: true } });
    await Promise.all(rest.map((p, position) => tx.frameworkPillar.update({ where: { id: p.id }, data: { position } })));
    return { version };
  });
}

async function verifiedNetwork(db: DbOrTx, networkId: string) {
  const network = await db.network.findFirst({ where: { id: networkId, status: "VERIFIED" }, select: { id: true, name: true } });
  if (!network) throw invalid({ networkId: ["frameworks.errors.networkNotVerified"] });
  return network;
}

/** A network's owner endorses with a commitment; endorsing again updates the commitment. */
export async function endorseFramework(ctx: Context, raw: EndorseInput) {
  const input = endorseInput.parse(raw);
  authorize(ctx.actor, policy.endorseFramework(ctx.actor, input.networkId));
  const actor = ctx.actor;
  const network = await verifiedNetwork(ctx.db, input.networkId);
  return ctx.db.$transaction(async (tx) => {
    const key = { frameworkId_networkId: { frameworkId: input.frameworkId, networkId: input.networkId } };
    const existing = await tx.frameworkEndorsement.findUnique({ where: key, select: { commitment: true } });
    const action: ChangeAction = existing ? "endorsementUpdated" : "endorsed";
    const version = await recordChange(tx, input.frameworkId, null, actor.id, `${existing ? "Commitment updated" : "Endorsed"} by ${network.name}`, {
      action,
      params: { network: network.name },
      before: existing ? { commitment: clip(existing.commitment) } : null,
      after: { commitment: clip(input.commitment) },
    });
    await tx.frameworkEndorsement.upsert({
      where: key,
      create: { frameworkId: input.frameworkId, networkId: input.networkId, commitment: input.commitment, endorsedById: actor.id },
      update: { commitment: input.commitment, endorsedById: actor.id },
    });
    await audit(tx, { actorId: actor.id, action: `framework.${action}`, entityType: "Framework", entityId: input.frameworkId, data: { networkId: input.networkId } });
    return { version };
  });
}

/** An owner withdraws the network's endorsement; the changelog keeps the commitment it had made. */
export async function withdrawEndorsement(ctx: Context, raw: WithdrawInput) {
  const input = withdrawInput.parse(raw);
  authorize(ctx.actor, policy.withdrawEndorsement(ctx.actor, input.networkId));
  const actor = ctx.actor;
  return ctx.db.$transaction(async (tx) => {
    const endorsement = await tx.frameworkEndorsement.findUnique({
      where: { frameworkId_networkId: { frameworkId: input.frameworkId, networkId: input.networkId } },
      select: { id: true, commitment: true, network: { select: { name: true } } },
    });
    if (!endorsement) throw notFound("frameworks.errors.notEndorsed");
    const version = await recordChange(tx, input.frameworkId, null, actor.id, `Endorsement withdrawn by ${endorsement.network.name}`, {
      action: "endorsementWithdrawn",
      params: { network: endorsement.network.name },
      before: { commitment: clip(endorsement.commitment) },
    });
    await tx.frameworkEndorsement.delete({ where: { id: endorsement.id } });
    await audit(tx, { actorId: actor.id, action: "framework.endorsementWithdrawn", entityType: "Framework", entityId: input.frameworkId, data: { networkId: input.networkId } });
    return { version };
  });
}

/** The owner facts of a published initiative or practice: may this person edit it, and its title. */
async function mappingTarget(db: DbOrTx, actor: Actor | null, target: "INITIATIVE" | "PRACTICE", targetId: string) {
  if (target === "INITIATIVE") {
    const initiative = await db.initiative.findFirst({
      where: { id: targetId, state: "PUBLISHED" },
      select: { title: true, owners: { where: { status: "ACCEPTED" }, select: { networkId: true } } },
    });
    if (!initiative) throw invalid({ targetId: ["frameworks.errors.targetUnknown"] });
    return { title: initiative.title, mayEdit: policy.editInitiative(actor, initiative.owners.map((o) => o.networkId)) };
  }
  const practice = await db.practice.findFirst({
    where: { id: targetId, state: "PUBLISHED" },
    select: { title: true, networkId: true, partnerId: true, cities: { select: { cityId: true } } },
  });
  if (!practice) throw invalid({ targetId: ["frameworks.errors.targetUnknown"] });
  return {
    title: practice.title,
    mayEdit: policy.editPractice(actor, { networkId: practice.networkId, partnerId: practice.partnerId, cityIds: practice.cities.map((c) => c.cityId) }),
  };
}

/** Owners propose that their initiative or practice serves a pillar; a declined one may be proposed again. */
export async function proposeMapping(ctx: Context, raw: MappingProposeInput) {
  const input = mappingProposeInput.parse(raw);
  const pillar = await ctx.db.frameworkPillar.findUnique({ where: { id: input.pillarId }, select: { id: true, frameworkId: true } });
  if (!pillar) throw notFound();
  const target = await mappingTarget(ctx.db, ctx.actor, input.target, input.targetId);
  authorize(ctx.actor, policy.proposeFrameworkMapping(ctx.actor, target.mayEdit));
  const actor = ctx.actor;
  const targetKey = input.target === "INITIATIVE" ? { initiativeId: input.targetId } : { practiceId: input.targetId };
  return ctx.db.$transaction(async (tx) => {
    const existing = await tx.frameworkMapping.findFirst({ where: { pillarId: input.pillarId, ...targetKey }, select: { id: true, status: true } });
    if (existing?.status === "ACCEPTED") throw conflict("frameworks.errors.alreadyMapped");
    if (existing?.status === "PENDING") throw conflict("frameworks.errors.mappingPending");
    const data = { status: "PENDING" as const, note: input.note, proposedById: actor.id, decidedById: null, decidedAt: null };
    const mapping = existing
      ? await tx.frameworkMapping.update({ where: { id: existing.id }, data, select: { id: true, status: true } })
      : await tx.frameworkMapping.create({ data: { ...data, pillarId: input.pillarId, target: input.target, ...targetKey }, select: { id: true, status: true } });
    await audit(tx, { actorId: actor.id, action: "framework.mapping.propose", entityType: "FrameworkMapping", entityId: mapping.id, data: { pillarId: input.pillarId, ...targetKey } });
    return mapping;
  });
}

/** Moderators accept or decline a pending mapping; the proposer hears the answer. */
export async function decideMapping(ctx: Context, raw: MappingDecideInput) {
  const input = mappingDecideInput.parse(raw);
  authorize(ctx.actor, policy.decideFrameworkMapping(ctx.actor));
  const actor = ctx.actor;
  const status = input.accept ? "ACCEPTED" : "DECLINED";
  const decided = await ctx.db.$transaction(async (tx) => {
    const updated = await tx.frameworkMapping.updateMany({
      where: { id: input.mappingId, status: "PENDING" },
      data: { status, decidedById: actor.id, decidedAt: new Date() },
    });
    if (updated.count === 0) {
      if (await tx.frameworkMapping.count({ where: { id: input.mappingId } })) throw conflict("frameworks.errors.alreadyDecided");
      throw notFound();
    }
    const mapping = await tx.frameworkMapping.findUniqueOrThrow({
      where: { id: input.mappingId },
      select: {
        proposedById: true,
        target: true,
        initiative: { select: { title: true } },
        practice: { select: { title: true } },
        pillar: { select: { title: true, framework: { select: { id: true, slug: true, title: true } } } },
      },
    });
    const record = mapping.initiative?.title ?? mapping.practice?.title ?? "";
    if (input.accept) {
      await recordChange(tx, mapping.pillar.framework.id, null, actor.id, `Mapped to “${mapping.pillar.title}”: ${record}`, {
        action: "mappingAccepted",
        params: { pillar: mapping.pillar.title, record },
        after: { target: mapping.target, record },
      });
    }
    await audit(tx, { actorId: actor.id, action: `framework.mapping.${status.toLowerCase()}`, entityType: "FrameworkMapping", entityId: input.mappingId });
    return { ...mapping, record };
  });
  if (decided.proposedById) {
    await notify(ctx.db, {
      userIds: [decided.proposedById],
      kind: input.accept ? "frameworks.notify.mappingAccepted" : "frameworks.notify.mappingDeclined",
      params: { record: decided.record, pillar: decided.pillar.title, framework: decided.pillar.framework.title },
      link: `/frameworks/${decided.pillar.framework.slug}#coverage`,
    });
  }
  return { status };
}

/** A comment on a pillar, only while the framework's consultation window is open. */
export async function addComment(ctx: Context, raw: CommentInput, now = new Date()) {
  const input = commentInput.parse(raw);
  authorize(ctx.actor, policy.commentOnFramework(ctx.actor));
  const actor = ctx.actor;
  const pillar = await ctx.db.frameworkPillar.findUnique({
    where: { id: input.pillarId },
    select: { framework: { select: { consultationOpensAt: true, consultationClosesAt: true } } },
  });
  if (!pillar) throw notFound();
  if (!isConsultationOpen(pillar.framework, now)) throw new AppError("CONFLICT", "frameworks.errors.consultationClosed");
  return ctx.db.frameworkComment.create({ data: { pillarId: input.pillarId, authorId: actor.id, body: input.body }, select: { id: true, createdAt: true } });
}

export async function hideComment(ctx: Context, raw: CommentHideInput) {
  const input = commentHideInput.parse(raw);
  authorize(ctx.actor, policy.hideFrameworkComment(ctx.actor));
  const actor = ctx.actor;
  return ctx.db.$transaction(async (tx) => {
    const updated = await tx.frameworkComment.updateMany({ where: { id: input.commentId }, data: { hiddenAt: input.hidden ? new Date() : null } });
    if (updated.count === 0) throw notFound();
    await audit(tx, { actorId: actor.id, action: input.hidden ? "framework.comment.hide" : "framework.comment.show", entityType: "FrameworkComment", entityId: input.commentId });
    return { hidden: input.hidden };
  });
}

// ---- Reading ----

/** Frameworks for /frameworks: anchor, pillar count, endorsing networks and coverage, in two queries. */
/** Every framework, or with `network` (a slug) the ones that network endorsed. */
export async function listFrameworks(db: Db, options: { network?: string } = {}) {
  const frameworks = await db.framework.findMany({
    where: options.network ? { endorsements: { some: { network: { slug: options.network, status: "VERIFIED" } } } } : {},
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true, slug: true, title: true, anchor: true, summary: true, language: true, version: true, isSeed: true,
      consultationOpensAt: true, consultationClosesAt: true,
      _count: { select: { pillars: true, endorsements: true } },
      endorsements: { orderBy: { createdAt: "asc" }, take: 6, select: { network: { select: { slug: true, name: true, acronym: true } } } },
    },
  });
  const ids = frameworks.map((f) => f.id);
  const covered = ids.length
    ? await db.frameworkPillar.findMany({
        where: { frameworkId: { in: ids }, mappings: { some: { status: "ACCEPTED" } } },
        select: { frameworkId: true },
      })
    : [];
  const coveredCount = new Map<string, number>();
  for (const p of covered) coveredCount.set(p.frameworkId, (coveredCount.get(p.frameworkId) ?? 0) + 1);
  return frameworks.map((f) => ({ ...f, coveredPillars: coveredCount.get(f.id) ?? 0, consultationOpen: isConsultationOpen(f) }));
}
export type FrameworkListItem = Awaited<ReturnType<typeof listFrameworks>>[number];

const networkSelect = { id: true, slug: true, name: true, acronym: true } as const;

/** Everything /frameworks/<slug> shows, with per-pillar coverage and gaps; null when unknown. */
export async function getFramework(ctx: Context, slug: string) {
  const moderator = policy.isModerator(ctx.actor);
  const framework = await ctx.db.framework.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, title: true, anchor: true, summary: true, body: true, sourceUrl: true, language: true, version: true, isSeed: true,
      consultationOpensAt: true, consultationClosesAt: true, createdAt: true, updatedAt: true,
      endorsements: {
        orderBy: { createdAt: "asc" },
        select: { networkId: true, commitment: true, createdAt: true, network: { select: networkSelect } },
      },
      pillars: {
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: {
          id: true, position: true, title: true, description: true, indicators: true,
          mappings: {
            where: moderator ? {} : { status: "ACCEPTED" },
            orderBy: { createdAt: "asc" },
            select: {
              id: true, status: true, target: true, note: true, createdAt: true, decidedAt: true,
              proposedBy: { select: { name: true } },
              initiative: {
                select: {
                  id: true, slug: true, title: true,
                  owners: { where: { status: "ACCEPTED" }, orderBy: { isLead: "desc" }, select: { network: { select: networkSelect } } },
                },
              },
              practice: { select: { id: true, slug: true, title: true, network: { select: networkSelect } } },
            },
          },
          comments: {
            where: moderator ? {} : { hiddenAt: null },
            orderBy: { createdAt: "asc" },
            take: 200,
            select: { id: true, body: true, createdAt: true, hiddenAt: true, author: { select: { name: true } } },
          },
        },
      },
      changes: {
        orderBy: { version: "desc" },
        take: 100,
        select: { id: true, version: true, summary: true, data: true, createdAt: true, actor: { select: { name: true } } },
      },
    },
  });
  if (!framework) return null;
  type Network = { id: string; slug: string; name: string; acronym: string | null };
  const pillars = framework.pillars.map((p) => {
    const accepted = p.mappings.filter((m) => m.status === "ACCEPTED");
    const networks = new Map<string, Network>();
    for (const m of accepted) {
      for (const o of m.initiative?.owners ?? []) networks.set(o.network.id, o.network);
      if (m.practice?.network) networks.set(m.practice.network.id, m.practice.network);
    }
    return {
      ...p,
      mappings: accepted,
      pending: p.mappings.filter((m) => m.status === "PENDING"),
      initiativeCount: accepted.filter((m) => m.target === "INITIATIVE").length,
      practiceCount: accepted.filter((m) => m.target === "PRACTICE").length,
      networks: [...networks.values()].sort((a, b) => a.name.localeCompare(b.name)),
      isGap: accepted.length === 0,
    };
  });
  return {
    ...framework,
    pillars,
    changes: framework.changes.map((c) => ({ ...c, data: c.data as ChangeData | null })),
    consultationOpen: isConsultationOpen(framework),
    gaps: pillars.filter((p) => p.isGap).length,
  };
}
export type FrameworkPage = NonNullable<Awaited<ReturnType<typeof getFramework>>>;

/** The published initiatives and practices this person may map: the ones they own, not everything a moderator could edit. */
export async function mappableRecords(ctx: Context) {
  const actor = ctx.actor;
  if (!actor) return { initiatives: [], practices: [] };
  const networkIds = [...actor.staff.keys()];
  const [initiatives, practices] = await Promise.all([
    networkIds.length
      ? ctx.db.initiative.findMany({
          where: { state: "PUBLISHED", owners: { some: { status: "ACCEPTED", networkId: { in: networkIds } } } },
          orderBy: { title: "asc" },
          take: 300,
          select: { id: true, title: true },
        })
      : Promise.resolve([]),
    ctx.db.practice.findMany({
      where: {
        state: "PUBLISHED",
        OR: [
          { networkId: { in: networkIds } },
          { partnerId: { in: [...actor.partners] } },
          { cities: { some: { cityId: { in: [...actor.cities] } } } },
        ],
      },
      orderBy: { title: "asc" },
      take: 300,
      select: { id: true, title: true },
    }),
  ]);
  return { initiatives, practices };
}

/** The networks this person may endorse for: those they own (verified). */
export async function endorsableNetworks(ctx: Context) {
  const owned = ctx.actor ? [...ctx.actor.staff].filter(([, role]) => role === "OWNER").map(([id]) => id) : [];
  if (!owned.length) return [];
  return ctx.db.network.findMany({ where: { id: { in: owned }, status: "VERIFIED" }, orderBy: { name: "asc" }, select: networkSelect });
}

/** The editable picture for /frameworks/<slug>/edit. */
export async function frameworkForEdit(db: Db, slug: string) {
  const f = await db.framework.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, title: true, anchor: true, summary: true, body: true, sourceUrl: true, language: true, version: true,
      consultationOpensAt: true, consultationClosesAt: true,
      pillars: { orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true, title: true, description: true, indicators: true } },
    },
  });
  if (!f) return null;
  return {
    ...f,
    consultationOpens: f.consultationOpensAt ? f.consultationOpensAt.toISOString().slice(0, 10) : null,
    consultationCloses: lastDayOf(f.consultationClosesAt),
  };
}
export type FrameworkEdit = NonNullable<Awaited<ReturnType<typeof frameworkForEdit>>>;
