import type { Actor, Context } from "@/server/auth/actor";
import { authorize, policy } from "@/server/auth/policy";
import { audit } from "@/server/audit/log";
import type { Db, DbOrTx } from "@/server/db/client";
import { retryTransient } from "@/server/db/faults";
import { oneAtATime } from "@/server/db/queue";
import type { SpeakerKind } from "@/server/db/generated/client";
import { conflict, invalid, notFound } from "@/server/errors";
import { markdownToText } from "@/lib/markdown/render";
import { assertNotSuspended, assertPostingAllowed } from "@/server/moderation/limits";
import { notify } from "@/server/notifications/service";
import { slugify } from "@/server/registry/slug";
import { reindex } from "@/server/search/documents";
import { attachmentColumn, type AttachmentTarget } from "./attachments";
import {
  acceptInput,
  draftKeyInput,
  draftSaveInput,
  editPostInput,
  followCategoryInput,
  followThreadInput,
  likeInput,
  mentionQueryInput,
  postIdInput,
  replyInput,
  threadCreateInput,
  type EditPostInput,
  type ReplyInput,
  type ThreadCreateInput,
} from "./input";
import { mentionMarkdown, resolveMentions } from "./mentions";

type SpeakerFields = { speakerKind: SpeakerKind; networkId: string | null; cityId: string | null; partnerId: string | null; disclosure: string | null };

/** The affiliation a post speaks for, checked against the actor's verified roles. */
function speakerOf(actor: Actor, input: { speakerKind: SpeakerKind; speakerId?: string; disclosure?: string }): SpeakerFields {
  const id = input.speakerKind === "INDIVIDUAL" ? null : (input.speakerId ?? null);
  authorize(actor, policy.speakInForumAs(actor, { kind: input.speakerKind, id }));
  return {
    speakerKind: input.speakerKind,
    networkId: input.speakerKind === "NETWORK" ? id : null,
    cityId: input.speakerKind === "CITY" ? id : null,
    partnerId: input.speakerKind === "PARTNER" ? id : null,
    disclosure: input.speakerKind === "PARTNER" ? (input.disclosure ?? null) : null,
  };
}

/** A short plain-text excerpt for notifications (mentions shown as names). */
export function excerptOf(body: string, max = 140): string {
  const text = markdownToText(mentionMarkdown(body, []));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export const postLink = (threadId: string, number: number) => `/forum/threads/${threadId}?post=${number}#post-${number}`;

async function tagIdsOf(tx: DbOrTx, names: string[]): Promise<string[]> {
  const tags = new Map<string, string>();
  for (const name of names) {
    const slug = slugify(name) || name.toLowerCase().replace(/\s+/g, "-").slice(0, 40);
    if (!tags.has(slug)) tags.set(slug, name);
  }
  if (!tags.size) return [];
  await tx.forumTag.createMany({ data: [...tags].map(([slug, name]) => ({ slug, name })), skipDuplicates: true });
  const rows = await tx.forumTag.findMany({ where: { slug: { in: [...tags.keys()] } }, select: { id: true } });
  return rows.map((r) => r.id);
}

/** The record a new thread is attached to must exist (and be published, for initiatives and practices). */
async function checkAttachment(db: Db, target: AttachmentTarget): Promise<boolean> {
  switch (target.kind) {
    case "initiative":
      return !!(await db.initiative.findFirst({ where: { id: target.id, state: "PUBLISHED" }, select: { id: true } }));
    case "practice":
      return !!(await db.practice.findFirst({ where: { id: target.id, state: "PUBLISHED" }, select: { id: true } }));
    case "framework":
      return !!(await db.framework.findUnique({ where: { id: target.id }, select: { id: true } }));
    case "event":
      return !!(await db.event.findUnique({ where: { id: target.id }, select: { id: true } }));
    case "challenge":
      return !!(await db.cityChallenge.findUnique({ where: { id: target.id }, select: { id: true } }));
  }
}

/** Stores the mentions a body makes now; returns the ones that are new (so an edit notifies only those). */
async function writeMentions(tx: DbOrTx, postId: string, body: string) {
  const resolved = await resolveMentions(tx, body);
  const existing = await tx.forumMention.findMany({ where: { postId }, select: { id: true, userId: true, networkId: true } });
  const users = new Set(resolved.userIds);
  const networks = new Set(resolved.networkIds);
  const gone = existing.filter((m) => (m.userId ? !users.has(m.userId) : !networks.has(m.networkId ?? ""))).map((m) => m.id);
  if (gone.length) await tx.forumMention.deleteMany({ where: { id: { in: gone } } });
  const newUserIds = resolved.userIds.filter((id) => !existing.some((m) => m.userId === id));
  const newNetworkIds = resolved.networkIds.filter((id) => !existing.some((m) => m.networkId === id));
  await tx.forumMention.createMany({
    data: [...newUserIds.map((userId) => ({ postId, userId })), ...newNetworkIds.map((networkId) => ({ postId, networkId }))],
    skipDuplicates: true,
  });
  return { userIds: newUserIds, networkIds: newNetworkIds };
}

type Pending = { userIds: string[]; kind: string; params: Record<string, string | number>; link: string };

/**
 * Who hears about a post, most specific first: people mentioned (or on a mentioned network's
 * staff), then the author of the post replied to, then followers. Nobody hears twice or about
 * their own post.
 */
async function forumNotifications(
  db: Db,
  actor: Actor,
  post: { threadId: string; number: number; body: string; threadTitle: string },
  audience: { mentions: { userIds: string[]; networkIds: string[] }; replyToAuthorId?: string | null; followers: { kind: string; userIds: string[]; params?: Record<string, string> } },
): Promise<Pending[]> {
  const staff = audience.mentions.networkIds.length
    ? await db.networkStaff.findMany({ where: { networkId: { in: audience.mentions.networkIds } }, select: { userId: true } })
    : [];
  const told = new Set([actor.id]);
  const base = { name: actor.name, thread: post.threadTitle, excerpt: excerptOf(post.body) };
  const link = postLink(post.threadId, post.number);
  const pending: Pending[] = [];
  const take = (ids: string[]) => {
    const fresh = [...new Set(ids)].filter((id) => !told.has(id));
    fresh.forEach((id) => told.add(id));
    return fresh;
  };
  const mentioned = take([...audience.mentions.userIds, ...staff.map((s) => s.userId)]);
  if (mentioned.length) pending.push({ userIds: mentioned, kind: "forum.notify.mention", params: base, link });
  if (audience.replyToAuthorId) {
    const fresh = take([audience.replyToAuthorId]);
    if (fresh.length) pending.push({ userIds: fresh, kind: "forum.notify.replyToYou", params: base, link });
  }
  const followers = take(audience.followers.userIds);
  if (followers.length) pending.push({ userIds: followers, kind: audience.followers.kind, params: { ...base, ...audience.followers.params }, link });
  return pending;
}

async function send(db: Db, pending: Pending[]) {
  for (const p of pending) await notify(db, p);
}

/** Starts a thread: the opening post is number 1, the author follows it, the draft is cleared. */
export async function createThread(ctx: Context, raw: ThreadCreateInput) {
  const input = threadCreateInput.parse(raw);
  assertNotSuspended(ctx.actor);
  authorize(ctx.actor, policy.startForumThread(ctx.actor));
  const actor = ctx.actor;
  const speaker = speakerOf(actor, input);
  const category = await ctx.db.forumCategory.findUnique({ where: { id: input.categoryId }, select: { id: true, slug: true, themeId: true, theme: { select: { nameEn: true } } } });
  if (!category) throw invalid({ categoryId: ["forum.errors.categoryUnknown"] });
  if (input.attachment && !(await checkAttachment(ctx.db, input.attachment))) throw invalid({ attachment: ["forum.errors.attachmentUnknown"] });
  const now = new Date();
  const { thread, post, mentions } = await ctx.db.$transaction(async (tx) => {
    await assertPostingAllowed(tx, actor, { body: input.body });
    const tagIds = await tagIdsOf(tx, input.tags);
    const thread = await tx.forumThread.create({
      data: {
        categoryId: category.id,
        authorId: actor.id,
        title: input.title,
        language: input.language,
        speakerKind: speaker.speakerKind,
        postCount: 1,
        lastPostAt: now,
        lastPostById: actor.id,
        ...(input.attachment ? { [attachmentColumn[input.attachment.kind]]: input.attachment.id } : {}),
        tags: { create: tagIds.map((tagId) => ({ tagId })) },
      },
      select: { id: true, title: true },
    });
    const post = await tx.forumPost.create({ data: { threadId: thread.id, number: 1, authorId: actor.id, body: input.body, createdAt: now, ...speaker }, select: { id: true, number: true } });
    await tx.forumCategory.update({ where: { id: category.id }, data: { threadCount: { increment: 1 }, lastPostAt: now } });
    const mentions = await writeMentions(tx, post.id, input.body);
    await tx.forumThreadFollow.create({ data: { threadId: thread.id, userId: actor.id } });
    await tx.forumReadState.create({ data: { threadId: thread.id, userId: actor.id, lastReadNumber: 1 } });
    await tx.forumDraft.deleteMany({ where: { userId: actor.id, key: `thread:${category.id}` } });
    await reindex(tx, "FORUM_POST", [post.id]);
    return { thread, post, mentions };
  });
  const followers = await ctx.db.forumCategoryFollow.findMany({ where: { categoryId: category.id }, select: { userId: true } });
  await send(
    ctx.db,
    await forumNotifications(ctx.db, actor, { threadId: thread.id, number: 1, body: input.body, threadTitle: thread.title }, {
      mentions,
      followers: { kind: "forum.notify.newThread", userIds: followers.map((f) => f.userId), params: { category: category.theme?.nameEn ?? category.slug } },
    }),
  );
  return { threadId: thread.id, postId: post.id };
}

/** The thread a post goes to, if this reader may see it. */
async function visibleThread(ctx: Context, threadId: string) {
  const thread = await ctx.db.forumThread.findUnique({
    where: { id: threadId },
    select: { id: true, title: true, authorId: true, categoryId: true, lockedAt: true, hiddenAt: true, deletedAt: true, acceptedPostId: true },
  });
  if (!thread || thread.deletedAt) throw notFound();
  if (thread.hiddenAt && !policy.seeHiddenForumContent(ctx.actor) && thread.authorId !== ctx.actor?.id) throw notFound();
  return thread;
}

/** Adds a reply; its number is taken atomically from the thread so concurrent replies never collide. */
export async function reply(ctx: Context, raw: ReplyInput) {
  const input = replyInput.parse(raw);
  const thread = await visibleThread(ctx, input.threadId);
  assertNotSuspended(ctx.actor);
  authorize(ctx.actor, policy.replyInForum(ctx.actor, thread));
  const actor = ctx.actor;
  const speaker = speakerOf(actor, input);
  const replyTo = input.replyToId
    ? await ctx.db.forumPost.findFirst({ where: { id: input.replyToId, threadId: thread.id }, select: { id: true, authorId: true } })
    : null;
  if (input.replyToId && !replyTo) throw invalid({ replyToId: ["forum.errors.replyToUnknown"] });
  const now = new Date();
  // Replies to one thread queue on its row lock anyway: queued here first, a burst of them holds one
  // pooled connection, not all of them (100 at once exhausted the pool's wait on the server).
  // Retried after a deadlock or serialization failure; other instances' replies still queue on the
  // row, so the transaction waits longer than the default 2 s / 5 s.
  const { post, mentions } = await oneAtATime(`forum.reply:${thread.id}`, () => retryTransient(() => ctx.db.$transaction(async (tx) => {
    await assertPostingAllowed(tx, actor, { body: input.body });
    // The row lock taken by this UPDATE serialises concurrent replies; the lock state is re-read
    // under it so a thread locked a moment ago refuses the reply.
    const [numbered] = await tx.$queryRaw<{ postCount: number; lockedAt: Date | null }[]>`
      UPDATE "ForumThread"
      SET "postCount" = "postCount" + 1, "replyCount" = "replyCount" + 1, "lastPostAt" = ${now}, "lastPostById" = ${actor.id}, "updatedAt" = ${now}
      WHERE id = ${thread.id} AND "deletedAt" IS NULL
      RETURNING "postCount", "lockedAt"`;
    if (!numbered) throw notFound();
    authorize(actor, policy.replyInForum(actor, numbered));
    const post = await tx.forumPost.create({
      data: { threadId: thread.id, number: numbered.postCount, authorId: actor.id, body: input.body, replyToId: replyTo?.id ?? null, createdAt: now, ...speaker },
      select: { id: true, number: true },
    });
    const mentions = await writeMentions(tx, post.id, input.body);
    await tx.forumThreadFollow.createMany({ data: [{ threadId: thread.id, userId: actor.id }], skipDuplicates: true });
    await markRead(tx, actor.id, thread.id, post.number);
    await tx.forumDraft.deleteMany({ where: { userId: actor.id, key: `reply:${thread.id}` } });
    await reindex(tx, "FORUM_POST", [post.id]);
    return { post, mentions };
  }, { maxWait: 15_000, timeout: 15_000 })));
  // After the commit and only forward in time: replies in one category never queue on its row.
  await ctx.db.forumCategory.updateMany({ where: { id: thread.categoryId, OR: [{ lastPostAt: null }, { lastPostAt: { lt: now } }] }, data: { lastPostAt: now } });
  const followers = await ctx.db.forumThreadFollow.findMany({ where: { threadId: thread.id }, select: { userId: true } });
  await send(
    ctx.db,
    await forumNotifications(ctx.db, actor, { threadId: thread.id, number: post.number, body: input.body, threadTitle: thread.title }, {
      mentions,
      replyToAuthorId: replyTo?.authorId,
      followers: { kind: "forum.notify.reply", userIds: followers.map((f) => f.userId) },
    }),
  );
  return { postId: post.id, number: post.number };
}

async function postForChange(db: Db, postId: string) {
  const post = await db.forumPost.findUnique({
    where: { id: postId },
    select: {
      id: true, number: true, body: true, authorId: true, version: true, deletedAt: true, hiddenAt: true, threadId: true,
      thread: { select: { id: true, title: true, authorId: true, categoryId: true, lockedAt: true, hiddenAt: true, deletedAt: true, acceptedPostId: true } },
    },
  });
  if (!post || post.deletedAt || post.thread.deletedAt) throw notFound();
  return post;
}

/** Saves an edit if nobody saved since it was loaded; the previous text becomes a revision. */
export async function editPost(ctx: Context, raw: EditPostInput) {
  const input = editPostInput.parse(raw);
  const post = await postForChange(ctx.db, input.postId);
  assertNotSuspended(ctx.actor);
  authorize(ctx.actor, policy.editForumPost(ctx.actor, { authorId: post.authorId, threadLocked: !!post.thread.lockedAt }));
  const actor = ctx.actor;
  if (input.title !== undefined && post.number !== 1) throw invalid({ title: ["forum.errors.titleOnlyOpening"] });
  const renamed = post.number === 1 && input.title !== undefined && input.title !== post.thread.title;
  const now = new Date();
  const mentions = await ctx.db.$transaction(async (tx) => {
    await assertPostingAllowed(tx, actor, { body: input.body });
    const updated = await tx.forumPost.updateMany({
      where: { id: post.id, version: input.version },
      data: { body: input.body, editedAt: now, version: { increment: 1 } },
    });
    if (updated.count === 0) throw conflict("forum.errors.staleEdit");
    await tx.forumPostRevision.create({
      data: { postId: post.id, editorId: actor.id, version: input.version, body: post.body, title: post.number === 1 ? post.thread.title : null },
    });
    if (renamed) await tx.forumThread.update({ where: { id: post.threadId }, data: { title: input.title, version: { increment: 1 } } });
    const mentions = await writeMentions(tx, post.id, input.body);
    if (actor.id !== post.authorId) {
      await audit(tx, { actorId: actor.id, action: "forum.post.edit", entityType: "ForumPost", entityId: post.id, data: { version: input.version + 1 } });
    }
    // The title is part of every post's search document; a rename rewrites them all.
    const ids = renamed ? (await tx.forumPost.findMany({ where: { threadId: post.threadId }, select: { id: true } })).map((p) => p.id) : [post.id];
    await reindex(tx, "FORUM_POST", ids);
    return mentions;
  });
  await send(
    ctx.db,
    await forumNotifications(ctx.db, actor, { threadId: post.threadId, number: post.number, body: input.body, threadTitle: input.title ?? post.thread.title }, {
      mentions,
      followers: { kind: "forum.notify.reply", userIds: [] },
    }),
  );
  return { postId: post.id, version: input.version + 1 };
}

/**
 * Soft delete: the post keeps its number and shows a placeholder. Deleting the opening post
 * deletes the thread.
 */
export async function deletePost(ctx: Context, raw: { postId: string }) {
  const { postId } = postIdInput.parse(raw);
  const post = await postForChange(ctx.db, postId);
  authorize(ctx.actor, policy.deleteForumPost(ctx.actor, post));
  const actor = ctx.actor;
  const now = new Date();
  await ctx.db.$transaction(async (tx) => {
    const updated = await tx.forumPost.updateMany({ where: { id: post.id, deletedAt: null }, data: { deletedAt: now, deletedById: actor.id } });
    if (updated.count === 0) return;
    let reindexIds = [post.id];
    if (post.number === 1) {
      await tx.forumThread.update({ where: { id: post.threadId }, data: { deletedAt: now, version: { increment: 1 } } });
      await tx.forumCategory.update({ where: { id: post.thread.categoryId }, data: { threadCount: { decrement: 1 } } });
      reindexIds = (await tx.forumPost.findMany({ where: { threadId: post.threadId }, select: { id: true } })).map((p) => p.id);
    } else {
      await tx.forumThread.update({
        where: { id: post.threadId },
        data: { replyCount: { decrement: 1 }, ...(post.thread.acceptedPostId === post.id ? { acceptedPostId: null } : {}) },
      });
    }
    if (actor.id !== post.authorId) {
      await audit(tx, { actorId: actor.id, action: post.number === 1 ? "forum.thread.delete" : "forum.post.delete", entityType: "ForumPost", entityId: post.id, data: { threadId: post.threadId } });
    }
    await reindex(tx, "FORUM_POST", reindexIds);
  });
  return { postId: post.id, threadDeleted: post.number === 1 };
}

/** Like or unlike someone else's post; the count changes only when the like row does. */
export async function setLike(ctx: Context, raw: { postId: string; liked: boolean }) {
  const input = likeInput.parse(raw);
  const post = await postForChange(ctx.db, input.postId);
  if ((post.hiddenAt || post.thread.hiddenAt) && !policy.seeHiddenForumContent(ctx.actor)) throw notFound();
  authorize(ctx.actor, policy.likeForumPost(ctx.actor, post));
  const actor = ctx.actor;
  return ctx.db.$transaction(async (tx) => {
    const changed = input.liked
      ? (await tx.forumLike.createMany({ data: [{ postId: post.id, userId: actor.id }], skipDuplicates: true })).count
      : (await tx.forumLike.deleteMany({ where: { postId: post.id, userId: actor.id } })).count;
    const updated = changed
      ? await tx.forumPost.update({ where: { id: post.id }, data: { likeCount: { increment: input.liked ? 1 : -1 } }, select: { likeCount: true } })
      : await tx.forumPost.findUniqueOrThrow({ where: { id: post.id }, select: { likeCount: true } });
    return { liked: input.liked, likeCount: updated.likeCount };
  });
}

/** Marks (or clears, with postId null) the reply that answered the thread. */
export async function acceptAnswer(ctx: Context, raw: { threadId: string; postId: string | null }) {
  const input = acceptInput.parse(raw);
  const thread = await visibleThread(ctx, input.threadId);
  authorize(ctx.actor, policy.acceptForumAnswer(ctx.actor, thread));
  const actor = ctx.actor;
  if (input.postId) {
    const post = await ctx.db.forumPost.findFirst({ where: { id: input.postId, threadId: thread.id, deletedAt: null, hiddenAt: null }, select: { number: true } });
    if (!post || post.number === 1) throw invalid({ postId: ["forum.errors.answerUnknown"] });
  }
  await ctx.db.$transaction(async (tx) => {
    await tx.forumThread.update({ where: { id: thread.id }, data: { acceptedPostId: input.postId, version: { increment: 1 } } });
    if (actor.id !== thread.authorId) {
      await audit(tx, { actorId: actor.id, action: input.postId ? "forum.answer.accept" : "forum.answer.unaccept", entityType: "ForumThread", entityId: thread.id, data: { postId: input.postId } });
    }
  });
  return { acceptedPostId: input.postId };
}

export async function followThread(ctx: Context, raw: { threadId: string; follow: boolean }) {
  const input = followThreadInput.parse(raw);
  authorize(ctx.actor, policy.followInForum(ctx.actor));
  const thread = await visibleThread(ctx, input.threadId);
  const key = { threadId: thread.id, userId: ctx.actor.id };
  if (input.follow) await ctx.db.forumThreadFollow.createMany({ data: [key], skipDuplicates: true });
  else await ctx.db.forumThreadFollow.deleteMany({ where: key });
  return { following: input.follow };
}

export async function followCategory(ctx: Context, raw: { categoryId: string; follow: boolean }) {
  const input = followCategoryInput.parse(raw);
  authorize(ctx.actor, policy.followInForum(ctx.actor));
  const category = await ctx.db.forumCategory.findUnique({ where: { id: input.categoryId }, select: { id: true } });
  if (!category) throw notFound();
  const key = { categoryId: category.id, userId: ctx.actor.id };
  if (input.follow) await ctx.db.forumCategoryFollow.createMany({ data: [key], skipDuplicates: true });
  else await ctx.db.forumCategoryFollow.deleteMany({ where: key });
  return { following: input.follow };
}

/** Remembers the highest post number a person has seen; never moves backwards. */
export async function markRead(db: DbOrTx, userId: string, threadId: string, number: number) {
  await db.$executeRaw`
    INSERT INTO "ForumReadState" ("userId", "threadId", "lastReadNumber", "updatedAt")
    VALUES (${userId}, ${threadId}, ${number}, ${new Date()})
    ON CONFLICT ("userId", "threadId") DO UPDATE
    SET "lastReadNumber" = GREATEST("ForumReadState"."lastReadNumber", EXCLUDED."lastReadNumber"), "updatedAt" = EXCLUDED."updatedAt"`;
}

/** Saves the text being written; a reply draft is tied to its thread so it goes when the thread does. */
export async function saveDraft(ctx: Context, raw: { key: string; title?: string; body: string }) {
  const input = draftSaveInput.parse(raw);
  authorize(ctx.actor, policy.keepForumDraft(ctx.actor));
  const userId = ctx.actor.id;
  if (!input.body.trim() && !input.title?.trim()) {
    await ctx.db.forumDraft.deleteMany({ where: { userId, key: input.key } });
    return { saved: false };
  }
  const threadId = input.key.startsWith("reply:") ? input.key.slice("reply:".length) : null;
  if (threadId) await visibleThread(ctx, threadId);
  await ctx.db.forumDraft.upsert({
    where: { userId_key: { userId, key: input.key } },
    create: { userId, key: input.key, threadId, title: input.title ?? null, body: input.body },
    update: { title: input.title ?? null, body: input.body },
  });
  return { saved: true };
}

export async function getDraft(ctx: Context, raw: { key: string }) {
  const input = draftKeyInput.parse(raw);
  if (!ctx.actor) return null;
  return ctx.db.forumDraft.findUnique({ where: { userId_key: { userId: ctx.actor.id, key: input.key } }, select: { title: true, body: true, updatedAt: true } });
}

export async function deleteDraft(ctx: Context, raw: { key: string }) {
  const input = draftKeyInput.parse(raw);
  authorize(ctx.actor, policy.keepForumDraft(ctx.actor));
  await ctx.db.forumDraft.deleteMany({ where: { userId: ctx.actor.id, key: input.key } });
  return { deleted: true };
}

/** Autocomplete for @mentions: people by name, networks by acronym, slug or name. */
export async function mentionCandidates(ctx: Context, raw: { q: string }) {
  const { q } = mentionQueryInput.parse(raw);
  authorize(ctx.actor, policy.followInForum(ctx.actor));
  const [people, networks] = await Promise.all([
    ctx.db.user.findMany({
      where: { name: { contains: q, mode: "insensitive" } },
      orderBy: { name: "asc" },
      take: 6,
      select: {
        id: true,
        name: true,
        staff: { take: 1, select: { network: { select: { acronym: true, name: true } } } },
        cityOfficers: { where: { status: "VERIFIED" }, take: 1, select: { city: { select: { name: true } } } },
        partnerMembers: { where: { status: "VERIFIED" }, take: 1, select: { partner: { select: { name: true } } } },
      },
    }),
    ctx.db.network.findMany({
      where: {
        status: "VERIFIED",
        OR: [{ acronym: { startsWith: q, mode: "insensitive" } }, { slug: { startsWith: q.toLowerCase() } }, { name: { contains: q, mode: "insensitive" } }],
      },
      orderBy: { name: "asc" },
      take: 5,
      select: { id: true, slug: true, name: true, acronym: true },
    }),
  ]);
  return {
    people: people.map((p) => ({
      id: p.id,
      name: p.name,
      affiliation: p.staff[0] ? (p.staff[0].network.acronym ?? p.staff[0].network.name) : (p.cityOfficers[0]?.city.name ?? p.partnerMembers[0]?.partner.name ?? null),
    })),
    networks: networks.map((n) => ({ id: n.id, handle: n.acronym && /^[A-Za-z0-9][\w-]*$/.test(n.acronym) ? n.acronym : n.slug, name: n.name })),
  };
}

/** What a person may speak for: their networks, cities and partners (verified), and themselves. */
export async function speakerChoices(db: Db, actor: Actor) {
  const [networks, cities, partners] = await Promise.all([
    db.network.findMany({ where: { id: { in: [...actor.staff.keys()] } }, orderBy: { name: "asc" }, select: { id: true, name: true, acronym: true } }),
    db.city.findMany({ where: { id: { in: [...actor.cities] } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.partner.findMany({ where: { id: { in: [...actor.partners] } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return [
    ...networks.map((n) => ({ kind: "NETWORK" as const, id: n.id, name: n.acronym ? `${n.name} (${n.acronym})` : n.name })),
    ...cities.map((c) => ({ kind: "CITY" as const, id: c.id, name: c.name })),
    ...partners.map((p) => ({ kind: "PARTNER" as const, id: p.id, name: p.name })),
  ];
}
