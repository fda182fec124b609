import type { Actor, Context } from "@/server/auth/actor";
import { policy } from "@/server/auth/policy";
import type { Db } from "@/server/db/client";
import { Prisma } from "@/server/db/generated/client";
import { notFound } from "@/server/errors";
import { postListInput, threadListInput, TOP_WINDOW_DAYS, type PostListInput, type ThreadListInput } from "./input";
import { mentionMarkdown } from "./mentions";

// Reading the forum: lists by keyset (never OFFSET), so the 100,000th thread and the 10,000th reply
// cost what the first do.

/** Threads a reader may list: moderators also see hidden ones; nobody lists deleted ones. */
const visibleThreadSql = (actor: Actor | null) =>
  policy.seeHiddenForumContent(actor) ? Prisma.sql`t."deletedAt" IS NULL` : Prisma.sql`t."deletedAt" IS NULL AND t."hiddenAt" IS NULL`;

const speakerSelect = {
  speakerKind: true,
  disclosure: true,
  network: { select: { slug: true, name: true, acronym: true } },
  city: { select: { slug: true, name: true, countryCode: true } },
  partner: { select: { slug: true, name: true, type: true } },
} satisfies Prisma.ForumPostSelect;

const threadCardSelect = {
  id: true,
  title: true,
  language: true,
  speakerKind: true,
  postCount: true,
  replyCount: true,
  lastPostAt: true,
  createdAt: true,
  pinnedAt: true,
  lockedAt: true,
  hiddenAt: true,
  acceptedPostId: true,
  category: { select: { slug: true, theme: { select: { slug: true, nameEn: true, nameFr: true, nameEs: true, nameZh: true } } } },
  author: { select: { name: true } },
  lastPostBy: { select: { name: true } },
  tags: { select: { tag: { select: { slug: true, name: true } } } },
  posts: { where: { number: 1 }, take: 1, select: speakerSelect },
} satisfies Prisma.ForumThreadSelect;

export type ThreadCard = Prisma.ForumThreadGetPayload<{ select: typeof threadCardSelect }> & {
  /** Posts the reader has not seen: null when never opened. */
  unread: number | null;
  isNew: boolean;
};

/** A fortnight: how long an unopened thread counts as new for someone who has not opened it. */
const NEW_WINDOW_MS = 14 * 24 * 3600 * 1000;

async function cardsFor(db: Db, actor: Actor | null, ids: string[]): Promise<ThreadCard[]> {
  if (!ids.length) return [];
  const [rows, reads] = await Promise.all([
    db.forumThread.findMany({ where: { id: { in: ids } }, select: threadCardSelect }),
    actor ? db.forumReadState.findMany({ where: { userId: actor.id, threadId: { in: ids } }, select: { threadId: true, lastReadNumber: true } }) : Promise.resolve([]),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const readBy = new Map(reads.map((r) => [r.threadId, r.lastReadNumber]));
  const now = Date.now();
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const last = readBy.get(id);
    const unread = last === undefined ? null : Math.max(0, row.postCount - last);
    const isNew = !!actor && last === undefined && row.createdAt > actor.createdAt && now - row.createdAt.getTime() < NEW_WINDOW_MS;
    return [{ ...row, unread, isNew }];
  });
}

const encodeCursor = (t: { lastPostAt: Date; id: string }) => `${t.lastPostAt.getTime()}.${t.id}`;
function decodeCursor(cursor: string | undefined) {
  const match = cursor ? /^(\d{1,15})\.([A-Za-z0-9_-]{1,64})$/.exec(cursor) : null;
  return match ? { at: new Date(Number(match[1])), id: match[2]! } : null;
}

/**
 * One page of threads, most recent activity first. In a category the pinned threads come first on
 * the first page; the rest are read from the (categoryId, pinnedAt, lastPostAt, id) index.
 */
export async function listThreads(ctx: Context, raw: ThreadListInput) {
  const input = threadListInput.parse(raw);
  const category = input.categorySlug
    ? await ctx.db.forumCategory.findUnique({ where: { slug: input.categorySlug }, select: { id: true } })
    : null;
  if (input.categorySlug && !category) throw notFound();
  const cursor = decodeCursor(input.cursor);
  const conditions: Prisma.Sql[] = [visibleThreadSql(ctx.actor)];
  if (category) conditions.push(Prisma.sql`t."categoryId" = ${category.id}`);
  if (input.cities) conditions.push(Prisma.sql`t."speakerKind" = 'CITY'`);
  if (input.tag) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "ForumThreadTag" x JOIN "ForumTag" g ON g.id = x."tagId" WHERE x."threadId" = t.id AND g.slug = ${input.tag})`);
  }
  if (input.order === "unread") {
    // Unread needs a reader; a visitor gets an empty list rather than an error from a shared link.
    if (!ctx.actor) return { pinned: [], threads: [], nextCursor: null };
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ForumReadState" r WHERE r."threadId" = t.id AND r."userId" = ${ctx.actor.id} AND r."lastReadNumber" < t."postCount")`,
    );
  }
  if (input.order === "top") return topThreads(ctx, conditions, cursor, input.take);
  const pinned =
    category && !cursor && input.order === "latest"
      ? await ctx.db.$queryRaw<{ id: string }[]>`
          SELECT t.id FROM "ForumThread" t WHERE ${Prisma.join(conditions, " AND ")} AND t."pinnedAt" IS NOT NULL
          ORDER BY t."pinnedAt" DESC, t.id LIMIT 20`
      : [];
  const rest = [...conditions];
  if (category) rest.push(Prisma.sql`t."pinnedAt" IS NULL`);
  if (cursor) rest.push(Prisma.sql`(t."lastPostAt", t.id) < (${cursor.at}, ${cursor.id})`);
  // In a category every row here has pinnedAt NULL; naming it first in the order lets PostgreSQL read
  // the (categoryId, pinnedAt, lastPostAt, id) index backwards instead of walking the forum-wide
  // (lastPostAt, id) index past other categories' threads.
  const order = category ? Prisma.sql`t."pinnedAt" DESC, t."lastPostAt" DESC, t.id DESC` : Prisma.sql`t."lastPostAt" DESC, t.id DESC`;
  const rows = await ctx.db.$queryRaw<{ id: string; lastPostAt: Date }[]>`
    SELECT t.id, t."lastPostAt" FROM "ForumThread" t WHERE ${Prisma.join(rest, " AND ")}
    ORDER BY ${order} LIMIT ${input.take + 1}`;
  const page = rows.slice(0, input.take);
  const last = page.at(-1);
  return {
    pinned: await cardsFor(ctx.db, ctx.actor, pinned.map((r) => r.id)),
    threads: await cardsFor(ctx.db, ctx.actor, page.map((r) => r.id)),
    nextCursor: rows.length > input.take && last ? encodeCursor(last) : null,
  };
}

/**
 * Top threads: replies plus likes on visible posts, among threads active in the last TOP_WINDOW_DAYS,
 * by keyset on (score, id); the cursor carries the score where the latest list carries a time.
 */
async function topThreads(ctx: Context, conditions: Prisma.Sql[], cursor: { at: Date; id: string } | null, take: number) {
  const since = new Date(Date.now() - TOP_WINDOW_DAYS * 24 * 3600 * 1000);
  const after = cursor ? Prisma.sql`WHERE (s.score, s.id) < (${cursor.at.getTime()}, ${cursor.id})` : Prisma.empty;
  const rows = await ctx.db.$queryRaw<{ id: string; score: number }[]>`
    SELECT s.id, s.score FROM (
      SELECT t.id, (t."replyCount" + COALESCE((
        SELECT SUM(p."likeCount") FROM "ForumPost" p WHERE p."threadId" = t.id AND p."deletedAt" IS NULL AND p."hiddenAt" IS NULL
      ), 0))::int AS score
      FROM "ForumThread" t WHERE ${Prisma.join(conditions, " AND ")} AND t."lastPostAt" >= ${since}
    ) s ${after}
    ORDER BY s.score DESC, s.id DESC LIMIT ${take + 1}`;
  const page = rows.slice(0, take);
  const last = page.at(-1);
  return {
    pinned: [],
    threads: await cardsFor(ctx.db, ctx.actor, page.map((r) => r.id)),
    nextCursor: rows.length > take && last ? `${last.score}.${last.id}` : null,
  };
}

/** Every category with its counters, and how many threads the reader follows there have new posts. */
export async function listCategories(ctx: Context) {
  const [categories, unread, follows] = await Promise.all([
    ctx.db.forumCategory.findMany({
      orderBy: { position: "asc" },
      select: { id: true, slug: true, themeId: true, threadCount: true, lastPostAt: true, theme: { select: { slug: true, nameEn: true, nameFr: true, nameEs: true, nameZh: true } } },
    }),
    ctx.actor
      ? ctx.db.$queryRaw<{ categoryId: string; unread: number }[]>`
          SELECT t."categoryId", count(*)::int AS unread FROM "ForumReadState" r
          JOIN "ForumThread" t ON t.id = r."threadId"
          WHERE r."userId" = ${ctx.actor.id} AND t."postCount" > r."lastReadNumber" AND t."deletedAt" IS NULL AND t."hiddenAt" IS NULL
          GROUP BY t."categoryId"`
      : Promise.resolve([]),
    ctx.actor ? ctx.db.forumCategoryFollow.findMany({ where: { userId: ctx.actor.id }, select: { categoryId: true } }) : Promise.resolve([]),
  ]);
  const unreadBy = new Map(unread.map((u) => [u.categoryId, u.unread]));
  const followed = new Set(follows.map((f) => f.categoryId));
  return categories.map((c) => ({ ...c, unreadThreads: unreadBy.get(c.id) ?? 0, following: followed.has(c.id) }));
}

export type CategoryRow = Awaited<ReturnType<typeof listCategories>>[number];

export async function getCategory(ctx: Context, slug: string) {
  const category = await ctx.db.forumCategory.findUnique({
    where: { slug },
    select: { id: true, slug: true, themeId: true, threadCount: true, lastPostAt: true, theme: { select: { slug: true, nameEn: true, nameFr: true, nameEs: true, nameZh: true } } },
  });
  if (!category) return null;
  const following = ctx.actor
    ? !!(await ctx.db.forumCategoryFollow.findUnique({ where: { categoryId_userId: { categoryId: category.id, userId: ctx.actor.id } }, select: { userId: true } }))
    : false;
  return { ...category, following };
}

/** How many of the most recently active threads the tag filter looks at: its cost stays flat as a category grows. */
const TAG_SAMPLE = 2000;

/** Tags in use among a category's (or the forum's) recently active threads, most used first, for the tag filter. */
export async function popularTags(db: Db, categoryId?: string) {
  // Pinned and unpinned threads apart, so each part reads the (categoryId, pinnedAt, lastPostAt) index in order.
  const category = categoryId ? Prisma.sql`t."categoryId" = ${categoryId}` : Prisma.sql`TRUE`;
  return db.$queryRaw<{ slug: string; name: string; uses: number }[]>`
    WITH recent AS (
      (SELECT t.id FROM "ForumThread" t
       WHERE ${category} AND t."pinnedAt" IS NULL AND t."deletedAt" IS NULL AND t."hiddenAt" IS NULL
       ORDER BY t."pinnedAt" DESC, t."lastPostAt" DESC LIMIT ${TAG_SAMPLE})
      UNION ALL
      (SELECT t.id FROM "ForumThread" t
       WHERE ${category} AND t."pinnedAt" IS NOT NULL AND t."deletedAt" IS NULL AND t."hiddenAt" IS NULL LIMIT 50)
    )
    SELECT g.slug, g.name, count(*)::int AS uses FROM recent
    JOIN "ForumThreadTag" x ON x."threadId" = recent.id
    JOIN "ForumTag" g ON g.id = x."tagId"
    GROUP BY g.slug, g.name ORDER BY uses DESC, g.name LIMIT 20`;
}

const attachmentSelect = { select: { id: true, slug: true, title: true } } as const;

/** The thread page's header: null when missing or not visible to this reader. */
export async function getThread(ctx: Context, threadId: string) {
  const thread = await ctx.db.forumThread.findUnique({
    where: { id: threadId },
    select: {
      id: true, title: true, language: true, speakerKind: true, postCount: true, replyCount: true, lastPostAt: true, createdAt: true,
      authorId: true, acceptedPostId: true, lockedAt: true, pinnedAt: true, hiddenAt: true, deletedAt: true, version: true, categoryId: true,
      category: { select: { id: true, slug: true, theme: { select: { slug: true, nameEn: true, nameFr: true, nameEs: true, nameZh: true } } } },
      tags: { select: { tag: { select: { slug: true, name: true } } } },
      initiative: attachmentSelect, practice: attachmentSelect, framework: attachmentSelect, event: attachmentSelect, challenge: attachmentSelect,
    },
  });
  if (!thread || thread.deletedAt) return null;
  const seeHidden = policy.seeHiddenForumContent(ctx.actor);
  if (thread.hiddenAt && !seeHidden && thread.authorId !== ctx.actor?.id) return null;
  const [following, read] = ctx.actor
    ? await Promise.all([
        ctx.db.forumThreadFollow.findUnique({ where: { threadId_userId: { threadId, userId: ctx.actor.id } }, select: { userId: true } }),
        ctx.db.forumReadState.findUnique({ where: { userId_threadId: { threadId, userId: ctx.actor.id } }, select: { lastReadNumber: true } }),
      ])
    : [null, null];
  const attachment =
    (thread.initiative && { kind: "initiative" as const, href: `/initiatives/${thread.initiative.slug}`, title: thread.initiative.title }) ||
    (thread.practice && { kind: "practice" as const, href: `/practices/${thread.practice.slug}`, title: thread.practice.title }) ||
    (thread.framework && { kind: "framework" as const, href: `/frameworks/${thread.framework.slug}`, title: thread.framework.title }) ||
    (thread.event && { kind: "event" as const, href: `/events/${thread.event.slug}`, title: thread.event.title }) ||
    (thread.challenge && { kind: "challenge" as const, href: `/challenges/${thread.challenge.slug}`, title: thread.challenge.title }) ||
    null;
  return { ...thread, attachment, following: !!following, lastReadNumber: read?.lastReadNumber ?? null };
}

const postSelect = {
  id: true,
  number: true,
  body: true,
  authorId: true,
  replyToId: true,
  likeCount: true,
  version: true,
  editedAt: true,
  hiddenAt: true,
  hiddenReason: true,
  deletedAt: true,
  createdAt: true,
  ...speakerSelect,
  author: { select: { id: true, name: true } },
  replyTo: { select: { number: true, author: { select: { name: true } } } },
  mentions: { where: { networkId: { not: null } }, select: { network: { select: { slug: true, acronym: true } } } },
} satisfies Prisma.ForumPostSelect;

type PostRow = Prisma.ForumPostGetPayload<{ select: typeof postSelect }>;

/**
 * A post as this reader may see it. Deleted posts are a placeholder for everyone; hidden posts keep
 * their text only for their author (with the reason) and moderators.
 */
function viewPost(row: PostRow, actor: Actor | null, liked: ReadonlySet<string>) {
  const isAuthor = !!actor && actor.id === row.authorId;
  const state = row.deletedAt ? ("deleted" as const) : row.hiddenAt ? ("hidden" as const) : ("visible" as const);
  const readable = state === "visible" || (state === "hidden" && (isAuthor || policy.seeHiddenForumContent(actor)));
  const { body, mentions, hiddenReason, ...rest } = row;
  const networks = mentions.flatMap((m) => (m.network ? [m.network] : []));
  return {
    ...rest,
    state,
    isAuthor,
    liked: liked.has(row.id),
    /** Markdown with mentions resolved, for the safe renderer; null when this reader may not read it. */
    markdown: readable ? mentionMarkdown(body, networks) : null,
    /** The Markdown as written, for quoting and editing. */
    source: readable ? body : null,
    hiddenReason: readable ? hiddenReason : null,
  };
}

export type PostView = ReturnType<typeof viewPost>;

async function likedBy(db: Db, actor: Actor | null, postIds: string[]) {
  if (!actor || !postIds.length) return new Set<string>();
  const likes = await db.forumLike.findMany({ where: { userId: actor.id, postId: { in: postIds } }, select: { postId: true } });
  return new Set(likes.map((l) => l.postId));
}

/** Loads given posts (by number) of a thread as views; used for the opening post and the accepted answer. */
export async function postsByNumber(ctx: Context, threadId: string, numbers: number[]) {
  const rows = await ctx.db.forumPost.findMany({ where: { threadId, number: { in: numbers } }, orderBy: { number: "asc" }, select: postSelect });
  const liked = await likedBy(ctx.db, ctx.actor, rows.map((r) => r.id));
  return rows.map((r) => viewPost(r, ctx.actor, liked));
}

/**
 * One page of a thread's posts by number: after N, before N, or from N (a jump). Uses the
 * (threadId, number) unique index, so the page costs the same anywhere in a long thread.
 */
export async function listPosts(ctx: Context, raw: PostListInput) {
  const input = postListInput.parse(raw);
  const thread = await ctx.db.forumThread.findUnique({ where: { id: input.threadId }, select: { id: true, hiddenAt: true, deletedAt: true, authorId: true } });
  if (!thread || thread.deletedAt || (thread.hiddenAt && !policy.seeHiddenForumContent(ctx.actor) && thread.authorId !== ctx.actor?.id)) throw notFound();
  const base: Prisma.ForumPostWhereInput = { threadId: thread.id, ...(input.cities ? { speakerKind: "CITY" } : {}) };
  const backwards = input.before !== undefined && input.after === undefined && input.from === undefined;
  const number = backwards ? { lt: input.before } : input.after !== undefined ? { gt: input.after } : { gte: input.from ?? 1 };
  const rows = await ctx.db.forumPost.findMany({
    where: { ...base, number },
    orderBy: { number: backwards ? "desc" : "asc" },
    take: input.take + 1,
    select: postSelect,
  });
  const more = rows.length > input.take;
  const page = rows.slice(0, input.take);
  if (backwards) page.reverse();
  const first = page[0]?.number;
  const last = page.at(-1)?.number;
  const [earlier, later] = await Promise.all([
    backwards ? more : first !== undefined ? ctx.db.forumPost.findFirst({ where: { ...base, number: { lt: first } }, select: { id: true } }).then(Boolean) : false,
    backwards ? (last !== undefined ? ctx.db.forumPost.findFirst({ where: { ...base, number: { gt: last } }, select: { id: true } }).then(Boolean) : false) : more,
  ]);
  const liked = await likedBy(ctx.db, ctx.actor, page.map((r) => r.id));
  return {
    posts: page.map((r) => viewPost(r, ctx.actor, liked)),
    previousBefore: earlier && first !== undefined ? first : null,
    nextAfter: later && last !== undefined ? last : null,
  };
}

/** A post's earlier versions, newest first, for its history page; null when it is not readable. */
export async function postHistory(ctx: Context, postId: string) {
  const row = await ctx.db.forumPost.findUnique({
    where: { id: postId },
    select: {
      ...postSelect,
      threadId: true,
      thread: { select: { title: true, hiddenAt: true, deletedAt: true, authorId: true } },
      revisions: { orderBy: { version: "desc" }, select: { id: true, version: true, title: true, body: true, createdAt: true, editor: { select: { name: true } } } },
    },
  });
  if (!row || row.thread.deletedAt) return null;
  if (row.thread.hiddenAt && !policy.seeHiddenForumContent(ctx.actor) && row.thread.authorId !== ctx.actor?.id) return null;
  const view = viewPost(row, ctx.actor, new Set());
  if (!view.source) return null;
  return { post: view, threadId: row.threadId, threadTitle: row.thread.title, revisions: row.revisions };
}
