import type { Actor, Context } from "@/server/auth/actor";
import { authorize, policy } from "@/server/auth/policy";
import { audit } from "@/server/audit/log";
import type { DbOrTx } from "@/server/db/client";
import { Prisma, type FlagReason, type FlagStatus } from "@/server/db/generated/client";
import { conflict, invalid, notFound } from "@/server/errors";
import { notify } from "@/server/notifications/service";
import { decodeCursor, encodeCursor } from "@/server/opendata/cursor";
import { reindex } from "@/server/search/documents";
import type { ContentLocale } from "@/lib/i18n/config";
import { anchoredSlug, kindHref } from "@/lib/search-kinds";
import { describeAuditEntries } from "./audit-names";
import {
  AUDIT_PAGE_SIZE,
  QUEUE_PAGE_SIZE,
  auditInput,
  flagInput,
  hideInput,
  moveInput,
  postInput,
  queueInput,
  suspendInput,
  threadInput,
  userInput,
  warnInput,
  type AuditInput,
  type FlagInput,
  type HideInput,
  type MoveInput,
  type QueueInput,
  type SuspendInput,
  type WarnInput,
} from "./input";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Reindexing a moved thread's posts in slices keeps each statement's id list bounded. */
const REINDEX_BATCH = 1000;

export const postHref = (threadId: string, number: number) => kindHref("FORUM_POST", anchoredSlug(threadId, number));
/** A day as YYYY-MM-DD (UTC): unambiguous in every language a notification is rendered in. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

// ---------------------------------------------------------------------------------------------
// Flags

/** A reader reports a post to the moderators, once per post. */
export async function flagPost(ctx: Context, raw: FlagInput) {
  const input = flagInput.parse(raw);
  const post = await ctx.db.forumPost.findFirst({
    where: { id: input.postId, deletedAt: null, thread: { deletedAt: null } },
    select: { id: true, authorId: true, hiddenAt: true },
  });
  if (!post) throw notFound();
  authorize(ctx.actor, policy.flagPost(ctx.actor, post));
  const actor = ctx.actor;
  if (post.hiddenAt) throw conflict("moderation.errors.alreadyHidden");
  try {
    return await ctx.db.forumFlag.create({
      data: { postId: post.id, flaggerId: actor.id, reason: input.reason, note: input.note ?? null },
      select: { id: true, reason: true, status: true },
    });
  } catch (e) {
    // The unique (post, flagger) index is the guard, so two quick clicks cannot make two flags.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw conflict("moderation.errors.alreadyFlagged");
    throw e;
  }
}

/** Whether the actor already flagged these posts (to show "Flagged" instead of the button). */
export async function flaggedByMe(ctx: Context, postIds: string[]): Promise<Set<string>> {
  if (!ctx.actor || postIds.length === 0) return new Set();
  const rows = await ctx.db.forumFlag.findMany({ where: { flaggerId: ctx.actor.id, postId: { in: postIds } }, select: { postId: true } });
  return new Set(rows.map((r) => r.postId));
}

/** Posts waiting for a moderator: what the "Review queue (N)" link counts. */
export async function openQueueCount(db: DbOrTx): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`SELECT count(DISTINCT "postId")::int AS n FROM "ForumFlag" WHERE status = 'OPEN'`;
  return row?.n ?? 0;
}

type QueueKey = { postId: string; sortKey: Date; flagCount: number };

/**
 * Flagged posts, one entry per post with its flags. Open flags come oldest first (first come,
 * first served); resolved ones newest decision first. Keyset-paginated on (sort key, post id).
 */
export async function reviewQueue(ctx: Context, raw: QueueInput) {
  authorize(ctx.actor, policy.reviewFlags(ctx.actor));
  const input = queueInput.parse(raw);
  const open = input.status === "open";
  const statuses: FlagStatus[] = open ? ["OPEN"] : ["UPHELD", "DISMISSED"];
  const cursor = input.cursor ? decodeCursor(input.cursor) : null;
  const after = cursor && !Number.isNaN(Date.parse(cursor.slug)) ? { at: new Date(cursor.slug), postId: cursor.id } : null;
  const reason = input.reason ? Prisma.sql`AND f.reason = ${input.reason}::"FlagReason"` : Prisma.empty;
  const statusList = Prisma.join(statuses.map((s) => Prisma.sql`${s}::"FlagStatus"`));
  const sortKey = open ? Prisma.sql`min(f."createdAt")` : Prisma.sql`max(f."resolvedAt")`;
  const keyset = after
    ? open
      ? Prisma.sql`HAVING (${sortKey}, f."postId") > (${after.at}, ${after.postId})`
      : Prisma.sql`HAVING (${sortKey}, f."postId") < (${after.at}, ${after.postId})`
    : Prisma.empty;
  const order = open ? Prisma.sql`ORDER BY 2 ASC, 1 ASC` : Prisma.sql`ORDER BY 2 DESC, 1 DESC`;
  const keys = await ctx.db.$queryRaw<QueueKey[]>`
    SELECT f."postId" AS "postId", ${sortKey} AS "sortKey", count(*)::int AS "flagCount"
    FROM "ForumFlag" f
    WHERE f.status IN (${statusList}) ${reason}
    GROUP BY f."postId" ${keyset} ${order} LIMIT ${QUEUE_PAGE_SIZE + 1}`;
  const page = keys.slice(0, QUEUE_PAGE_SIZE);
  const last = page.at(-1);
  const nextCursor = keys.length > QUEUE_PAGE_SIZE && last ? encodeCursor({ slug: last.sortKey.toISOString(), id: last.postId }) : null;

  const posts = await ctx.db.forumPost.findMany({
    where: { id: { in: page.map((k) => k.postId) } },
    select: {
      id: true,
      number: true,
      body: true,
      createdAt: true,
      hiddenAt: true,
      hiddenReason: true,
      deletedAt: true,
      speakerKind: true,
      disclosure: true,
      hiddenBy: { select: { name: true } },
      network: { select: { name: true, acronym: true } },
      city: { select: { name: true } },
      partner: { select: { name: true } },
      author: {
        select: {
          id: true,
          name: true,
          email: true,
          organisation: true,
          suspendedUntil: true,
          platformRoles: { where: { role: "ADMIN" }, select: { role: true } },
          staff: { take: 3, select: { network: { select: { name: true, acronym: true } } } },
          cityOfficers: { where: { status: "VERIFIED" }, take: 3, select: { city: { select: { name: true } } } },
          partnerMembers: { where: { status: "VERIFIED" }, take: 3, select: { partner: { select: { name: true } } } },
          _count: { select: { sanctions: true } },
        },
      },
      thread: { select: { id: true, title: true, lockedAt: true } },
      flags: {
        where: { status: { in: statuses } },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          reason: true,
          note: true,
          status: true,
          createdAt: true,
          resolvedAt: true,
          flagger: { select: { name: true } },
          resolvedBy: { select: { name: true } },
        },
      },
    },
  });
  const byId = new Map(posts.map((p) => [p.id, p]));
  const items = page.flatMap((key) => {
    const post = byId.get(key.postId);
    if (!post) return [];
    const reasons = new Map<FlagReason, number>();
    for (const flag of post.flags) reasons.set(flag.reason, (reasons.get(flag.reason) ?? 0) + 1);
    // Who the post speaks for, else every verified affiliation of its author.
    const spokenFor = post.network ? (post.network.acronym ?? post.network.name) : (post.city?.name ?? post.partner?.name ?? null);
    const affiliations = post.author
      ? [
          ...post.author.staff.map((s) => s.network.acronym ?? s.network.name),
          ...post.author.cityOfficers.map((c) => c.city.name),
          ...post.author.partnerMembers.map((p) => p.partner.name),
          ...(post.author.organisation ? [post.author.organisation] : []),
        ]
      : [];
    const organisation = spokenFor ?? ([...new Set(affiliations)].join(", ") || null);
    return [
      {
        postId: post.id,
        number: post.number,
        body: post.body,
        createdAt: post.createdAt,
        hidden: post.hiddenAt ? { at: post.hiddenAt, reason: post.hiddenReason, by: post.hiddenBy?.name ?? null } : null,
        deleted: !!post.deletedAt,
        speakerKind: post.speakerKind,
        disclosure: post.disclosure,
        organisation,
        author: post.author
          ? {
              id: post.author.id,
              name: post.author.name,
              email: post.author.email,
              suspendedUntil: post.author.suspendedUntil,
              isAdmin: post.author.platformRoles.length > 0,
              sanctionCount: post.author._count.sanctions,
            }
          : null,
        thread: { id: post.thread.id, title: post.thread.title, locked: !!post.thread.lockedAt },
        href: postHref(post.thread.id, post.number),
        flagCount: post.flags.length,
        reasons: [...reasons.entries()].map(([reason, count]) => ({ reason, count })),
        flags: post.flags,
      },
    ];
  });
  return { items, nextCursor, input };
}

// ---------------------------------------------------------------------------------------------
// Posts

/** Hides a post from everyone but its author and moderators; its open flags are upheld. */
export async function hidePost(ctx: Context, raw: HideInput) {
  authorize(ctx.actor, policy.hidePost(ctx.actor));
  const actor = ctx.actor;
  const input = hideInput.parse(raw);
  const post = await ctx.db.$transaction(async (tx) => {
    const now = new Date();
    const changed = await tx.forumPost.updateMany({
      where: { id: input.postId, hiddenAt: null, deletedAt: null },
      data: { hiddenAt: now, hiddenReason: input.reason, hiddenById: actor.id },
    });
    if (changed.count === 0) throw await stateError(tx, input.postId, "moderation.errors.alreadyHidden");
    const upheld = await tx.forumFlag.updateMany({
      where: { postId: input.postId, status: "OPEN" },
      data: { status: "UPHELD", resolvedById: actor.id, resolvedAt: now },
    });
    const hidden = await tx.forumPost.findUniqueOrThrow({
      where: { id: input.postId },
      select: { id: true, number: true, authorId: true, threadId: true, thread: { select: { title: true } } },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "forum.post.hide",
      entityType: "ForumPost",
      entityId: input.postId,
      data: { reason: input.reason, threadId: hidden.threadId, upheldFlags: upheld.count },
    });
    await reindex(tx, "FORUM_POST", [input.postId]);
    if (hidden.authorId && hidden.authorId !== actor.id) {
      await notify(tx, {
        userIds: [hidden.authorId],
        kind: "moderation.notify.postHidden",
        params: { reason: input.reason, thread: hidden.thread.title },
        link: postHref(hidden.threadId, hidden.number),
      });
    }
    return hidden;
  });
  return { id: post.id, hidden: true };
}

/** Undoes a hide; the post returns to the thread and to search. */
export async function restorePost(ctx: Context, raw: { postId: string }) {
  authorize(ctx.actor, policy.restorePost(ctx.actor));
  const actor = ctx.actor;
  const input = postInput.parse(raw);
  const post = await ctx.db.$transaction(async (tx) => {
    const changed = await tx.forumPost.updateMany({
      where: { id: input.postId, hiddenAt: { not: null }, deletedAt: null },
      data: { hiddenAt: null, hiddenReason: null, hiddenById: null },
    });
    if (changed.count === 0) throw await stateError(tx, input.postId, "moderation.errors.notHidden");
    const restored = await tx.forumPost.findUniqueOrThrow({
      where: { id: input.postId },
      select: { id: true, number: true, authorId: true, threadId: true, thread: { select: { title: true } } },
    });
    await audit(tx, { actorId: actor.id, action: "forum.post.restore", entityType: "ForumPost", entityId: input.postId, data: { threadId: restored.threadId } });
    await reindex(tx, "FORUM_POST", [input.postId]);
    if (restored.authorId && restored.authorId !== actor.id) {
      await notify(tx, {
        userIds: [restored.authorId],
        kind: "moderation.notify.postRestored",
        params: { thread: restored.thread.title },
        link: postHref(restored.threadId, restored.number),
      });
    }
    return restored;
  });
  return { id: post.id, hidden: false };
}

/** The post is fine: its open flags are closed without touching it. */
export async function dismissFlags(ctx: Context, raw: { postId: string }) {
  authorize(ctx.actor, policy.dismissFlags(ctx.actor));
  const actor = ctx.actor;
  const input = postInput.parse(raw);
  return ctx.db.$transaction(async (tx) => {
    const dismissed = await tx.forumFlag.updateMany({
      where: { postId: input.postId, status: "OPEN" },
      data: { status: "DISMISSED", resolvedById: actor.id, resolvedAt: new Date() },
    });
    if (dismissed.count === 0) throw await stateError(tx, input.postId, "moderation.errors.noOpenFlags");
    await audit(tx, { actorId: actor.id, action: "forum.flags.dismiss", entityType: "ForumPost", entityId: input.postId, data: { count: dismissed.count } });
    return { dismissed: dismissed.count };
  });
}

/** Why a conditional update changed nothing: the record is gone, or it is already in that state. */
async function stateError(tx: DbOrTx, postId: string, stateKey: string) {
  const exists = await tx.forumPost.findFirst({ where: { id: postId, deletedAt: null }, select: { id: true } });
  return exists ? conflict(stateKey) : notFound();
}

// ---------------------------------------------------------------------------------------------
// People

async function targetOf(db: DbOrTx, userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, suspendedUntil: true, platformRoles: { select: { role: true } } },
  });
  if (!user) throw notFound();
  return { ...user, isAdmin: user.platformRoles.some((r) => r.role === "ADMIN") };
}

async function assertPostExists(db: DbOrTx, postId: string | undefined) {
  if (postId && !(await db.forumPost.findUnique({ where: { id: postId }, select: { id: true } }))) {
    throw invalid({ postId: ["moderation.errors.postUnknown"] });
  }
}

/** A written warning: recorded in the person's history and sent to them. */
export async function warnUser(ctx: Context, raw: WarnInput) {
  const input = warnInput.parse(raw);
  const target = await targetOf(ctx.db, input.userId);
  authorize(ctx.actor, policy.warnUser(ctx.actor, { userId: target.id, isAdmin: target.isAdmin }));
  const actor = ctx.actor;
  await assertPostExists(ctx.db, input.postId);
  const sanction = await ctx.db.$transaction(async (tx) => {
    const created = await tx.userSanction.create({
      data: { userId: target.id, kind: "WARNING", reason: input.reason, byId: actor.id, postId: input.postId ?? null },
      select: { id: true, kind: true, createdAt: true },
    });
    await audit(tx, { actorId: actor.id, action: "user.warn", entityType: "User", entityId: target.id, data: { reason: input.reason, postId: input.postId ?? null } });
    await notify(tx, { userIds: [target.id], kind: "moderation.notify.warned", params: { reason: input.reason }, link: "/account" });
    return created;
  });
  return sanction;
}

/** No posting for N days. A new suspension replaces a running one, so a moderator can shorten or extend it. */
export async function suspendUser(ctx: Context, raw: SuspendInput) {
  const input = suspendInput.parse(raw);
  const target = await targetOf(ctx.db, input.userId);
  authorize(ctx.actor, policy.suspendUser(ctx.actor, { userId: target.id, isAdmin: target.isAdmin }));
  const actor = ctx.actor;
  await assertPostExists(ctx.db, input.postId);
  const until = new Date(Date.now() + input.days * DAY_MS);
  const sanction = await ctx.db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: target.id }, data: { suspendedUntil: until } });
    const created = await tx.userSanction.create({
      data: { userId: target.id, kind: "SUSPENSION", reason: input.reason, until, byId: actor.id, postId: input.postId ?? null },
      select: { id: true, kind: true, until: true, createdAt: true },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "user.suspend",
      entityType: "User",
      entityId: target.id,
      data: { days: input.days, until: until.toISOString(), reason: input.reason, previousUntil: target.suspendedUntil?.toISOString() ?? null },
    });
    await notify(tx, {
      userIds: [target.id],
      kind: "moderation.notify.suspended",
      params: { until: isoDay(until), days: input.days, reason: input.reason },
      link: "/account",
    });
    return created;
  });
  return sanction;
}

export async function liftSuspension(ctx: Context, raw: { userId: string }) {
  authorize(ctx.actor, policy.liftSuspension(ctx.actor));
  const actor = ctx.actor;
  const input = userInput.parse(raw);
  await targetOf(ctx.db, input.userId);
  await ctx.db.$transaction(async (tx) => {
    const lifted = await tx.user.updateMany({ where: { id: input.userId, suspendedUntil: { gt: new Date() } }, data: { suspendedUntil: null } });
    if (lifted.count === 0) throw conflict("moderation.errors.notSuspended");
    await audit(tx, { actorId: actor.id, action: "user.unsuspend", entityType: "User", entityId: input.userId });
    await notify(tx, { userIds: [input.userId], kind: "moderation.notify.suspensionLifted", link: "/forum" });
  });
  return { userId: input.userId, suspendedUntil: null };
}

/** A person's standing and every warning and suspension they received, newest first. */
export async function sanctionHistory(ctx: Context, userId: string) {
  authorize(ctx.actor, policy.readSanctions(ctx.actor));
  const user = await ctx.db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      organisation: true,
      createdAt: true,
      suspendedUntil: true,
      platformRoles: { select: { role: true } },
      _count: { select: { posts: true, flags: true } },
      sanctions: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 200,
        select: { id: true, kind: true, reason: true, until: true, postId: true, createdAt: true, by: { select: { name: true } } },
      },
    },
  });
  if (!user) return null;
  const postIds = [...new Set(user.sanctions.map((s) => s.postId).filter((id): id is string => !!id))];
  const [hiddenPosts, upheldFlags, posts] = await Promise.all([
    ctx.db.forumPost.count({ where: { authorId: userId, hiddenAt: { not: null } } }),
    ctx.db.forumFlag.count({ where: { status: "UPHELD", post: { authorId: userId } } }),
    ctx.db.forumPost.findMany({ where: { id: { in: postIds } }, select: { id: true, threadId: true, number: true } }),
  ]);
  const hrefs = new Map(posts.map((p) => [p.id, postHref(p.threadId, p.number)]));
  return {
    ...user,
    sanctions: user.sanctions.map((s) => ({ ...s, postHref: s.postId ? (hrefs.get(s.postId) ?? null) : null })),
    isAdmin: user.platformRoles.some((r) => r.role === "ADMIN"),
    hiddenPosts,
    upheldFlags,
  };
}

// ---------------------------------------------------------------------------------------------
// Threads

type ThreadSwitch = { field: "lockedAt" | "pinnedAt"; on: boolean };

const threadSwitches = {
  lock: { field: "lockedAt", on: true, error: "moderation.errors.alreadyLocked" },
  unlock: { field: "lockedAt", on: false, error: "moderation.errors.notLocked" },
  pin: { field: "pinnedAt", on: true, error: "moderation.errors.alreadyPinned" },
  unpin: { field: "pinnedAt", on: false, error: "moderation.errors.notPinned" },
} as const satisfies Record<string, ThreadSwitch & { error: string }>;

async function switchThread(ctx: Context, actor: Actor, raw: { threadId: string }, name: keyof typeof threadSwitches) {
  const input = threadInput.parse(raw);
  const { field, on, error } = threadSwitches[name];
  return ctx.db.$transaction(async (tx) => {
    const changed = await tx.forumThread.updateMany({
      where: { id: input.threadId, deletedAt: null, [field]: on ? null : { not: null } },
      data: { [field]: on ? new Date() : null, version: { increment: 1 } },
    });
    if (changed.count === 0) {
      const exists = await tx.forumThread.findFirst({ where: { id: input.threadId, deletedAt: null }, select: { id: true } });
      throw exists ? conflict(error) : notFound();
    }
    await audit(tx, { actorId: actor.id, action: `forum.thread.${name}`, entityType: "ForumThread", entityId: input.threadId });
    return tx.forumThread.findUniqueOrThrow({ where: { id: input.threadId }, select: { id: true, lockedAt: true, pinnedAt: true, version: true } });
  });
}

export async function lockThread(ctx: Context, raw: { threadId: string }) {
  authorize(ctx.actor, policy.lockThread(ctx.actor));
  return switchThread(ctx, ctx.actor, raw, "lock");
}
export async function unlockThread(ctx: Context, raw: { threadId: string }) {
  authorize(ctx.actor, policy.lockThread(ctx.actor));
  return switchThread(ctx, ctx.actor, raw, "unlock");
}
export async function pinThread(ctx: Context, raw: { threadId: string }) {
  authorize(ctx.actor, policy.pinThread(ctx.actor));
  return switchThread(ctx, ctx.actor, raw, "pin");
}
export async function unpinThread(ctx: Context, raw: { threadId: string }) {
  authorize(ctx.actor, policy.pinThread(ctx.actor));
  return switchThread(ctx, ctx.actor, raw, "unpin");
}

/**
 * Moves a thread to another category, keeping both categories' counts and last-post dates right.
 * Its posts are reindexed because a theme category gives them their theme facet in search.
 */
export async function moveThread(ctx: Context, raw: MoveInput) {
  authorize(ctx.actor, policy.moveThread(ctx.actor));
  const actor = ctx.actor;
  const input = moveInput.parse(raw);
  return ctx.db.$transaction(async (tx) => {
    const thread = await tx.forumThread.findFirst({ where: { id: input.threadId, deletedAt: null }, select: { id: true, categoryId: true, lastPostAt: true } });
    if (!thread) throw notFound();
    const target = await tx.forumCategory.findUnique({ where: { id: input.categoryId }, select: { id: true, lastPostAt: true } });
    if (!target) throw invalid({ categoryId: ["moderation.errors.categoryUnknown"] });
    if (target.id === thread.categoryId) throw invalid({ categoryId: ["moderation.errors.sameCategory"] });
    const moved = await tx.forumThread.updateMany({
      where: { id: thread.id, categoryId: thread.categoryId },
      data: { categoryId: target.id, version: { increment: 1 } },
    });
    if (moved.count === 0) throw conflict();
    const remaining = await tx.forumThread.aggregate({ where: { categoryId: thread.categoryId, deletedAt: null }, _max: { lastPostAt: true } });
    await tx.forumCategory.update({
      where: { id: thread.categoryId },
      data: { threadCount: { decrement: 1 }, lastPostAt: remaining._max.lastPostAt },
    });
    await tx.forumCategory.update({
      where: { id: target.id },
      data: {
        threadCount: { increment: 1 },
        lastPostAt: !target.lastPostAt || target.lastPostAt < thread.lastPostAt ? thread.lastPostAt : target.lastPostAt,
      },
    });
    const posts = await tx.forumPost.findMany({ where: { threadId: thread.id }, select: { id: true }, orderBy: { number: "asc" } });
    for (let i = 0; i < posts.length; i += REINDEX_BATCH) {
      await reindex(tx, "FORUM_POST", posts.slice(i, i + REINDEX_BATCH).map((p) => p.id));
    }
    await audit(tx, { actorId: actor.id, action: "forum.thread.move", entityType: "ForumThread", entityId: thread.id, data: { from: thread.categoryId, to: target.id } });
    return tx.forumThread.findUniqueOrThrow({ where: { id: thread.id }, select: { id: true, categoryId: true, version: true } });
  });
}

// ---------------------------------------------------------------------------------------------
// Audit log

/**
 * The audit log, newest first, filtered by action, actor email, record type and date range;
 * keyset-paginated on (createdAt, id) so deep pages cost the same as the first.
 */
export async function auditLog(ctx: Context, raw: AuditInput, locale: ContentLocale = "en") {
  authorize(ctx.actor, policy.readAuditLog(ctx.actor));
  const input = auditInput.parse(raw);
  const cursor = input.cursor ? decodeCursor(input.cursor) : null;
  const after = cursor && !Number.isNaN(Date.parse(cursor.slug)) ? { at: new Date(cursor.slug), id: cursor.id } : null;
  const createdAt: Prisma.DateTimeFilter = {};
  if (input.from) createdAt.gte = new Date(`${input.from}T00:00:00Z`);
  if (input.to) createdAt.lt = new Date(new Date(`${input.to}T00:00:00Z`).getTime() + DAY_MS);
  const where: Prisma.AuditLogWhereInput = {
    action: input.action,
    entityType: input.entityType,
    actor: input.actor ? { email: { contains: input.actor, mode: "insensitive" } } : undefined,
    createdAt: input.from || input.to ? createdAt : undefined,
  };
  const page: Prisma.AuditLogWhereInput = after
    ? { AND: [where, { OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }] }] }
    : where;
  const [rows, total, entityTypes, actions] = await Promise.all([
    ctx.db.auditLog.findMany({
      where: page,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: AUDIT_PAGE_SIZE + 1,
      select: { id: true, action: true, entityType: true, entityId: true, data: true, createdAt: true, actor: { select: { name: true, email: true } } },
    }),
    ctx.db.auditLog.count({ where }),
    ctx.db.auditLog.findMany({ distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } }),
    ctx.db.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
  ]);
  const items = await describeAuditEntries(ctx.db, rows.slice(0, AUDIT_PAGE_SIZE), locale);
  const last = items.at(-1);
  return {
    items,
    total,
    nextCursor: rows.length > AUDIT_PAGE_SIZE && last ? encodeCursor({ slug: last.createdAt.toISOString(), id: last.id }) : null,
    input,
    facets: { entityTypes: entityTypes.map((e) => e.entityType), actions: actions.map((a) => a.action) },
  };
}

/** Where a thread can be moved: every category, in forum order, with what its name is built from. */
export async function moveTargets(ctx: Context) {
  authorize(ctx.actor, policy.moveThread(ctx.actor));
  return ctx.db.forumCategory.findMany({
    orderBy: [{ position: "asc" }, { slug: "asc" }],
    select: { id: true, slug: true, theme: { select: { slug: true, nameEn: true, nameZh: true, nameFr: true, nameEs: true } } },
  });
}
