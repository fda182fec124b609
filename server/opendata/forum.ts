import { z } from "zod";
import type { Db } from "@/server/db/client";
import { Prisma, type SpeakerKind } from "@/server/db/generated/client";
import { decodeCursor, encodeCursor } from "./cursor";
import type { CsvCell } from "./csv";
import { inOrder, lower, type Page } from "./data";
import { answer, jsonError, table } from "./http";
import { DEFAULT_LIMIT, MAX_LIMIT } from "./query";

// Open data of the forum: public threads (neither hidden nor deleted), most recent activity first,
// and the public posts of one thread by number. Hidden and deleted posts never appear, not even as
// placeholders; numbers keep their gaps so readers can tell something was removed.

const limitMessage = `limit must be a whole number from 1 to ${MAX_LIMIT}`;
const cursorMessage = "cursor is not valid; use the nextCursor value of the previous page";
const format = z.enum(["json", "csv"], { error: "format must be json or csv" }).default("json");
const limit = z.coerce.number({ error: limitMessage }).int({ error: limitMessage }).min(1, { error: limitMessage }).max(MAX_LIMIT, { error: limitMessage }).default(DEFAULT_LIMIT);

/** A keyset cursor whose sort key passes `valid`. */
const cursor = <T>(valid: (c: { slug: string; id: string }) => T | null) =>
  z
    .string()
    .max(600, { error: cursorMessage })
    .transform((text, ctx): T | undefined => {
      if (!text) return undefined;
      const decoded = decodeCursor(text);
      const value = decoded ? valid(decoded) : null;
      if (value === null) {
        ctx.addIssue({ code: "custom", message: cursorMessage });
        return z.NEVER;
      }
      return value;
    })
    .optional();

const slugText = (name: string) =>
  z
    .string()
    .trim()
    .max(120, { error: `${name} must be at most 120 characters` })
    .transform((v) => v || undefined)
    .optional();

export const threadsQuery = z.object({
  limit,
  format,
  category: slugText("category"),
  tag: slugText("tag"),
  cities: z.enum(["0", "1"], { error: "cities must be 1 (threads started by city officers) or 0" }).optional(),
  cursor: cursor((c) => {
    const at = new Date(c.slug);
    return Number.isNaN(at.getTime()) ? null : { at, id: c.id };
  }),
});
export type ThreadsQuery = z.output<typeof threadsQuery>;

export const postsQuery = z.object({
  limit,
  format,
  cursor: cursor((c) => (/^\d{1,9}$/.test(c.slug) ? Number(c.slug) : null)),
});
export type PostsQuery = z.output<typeof postsQuery>;

const read = (params: URLSearchParams, keys: readonly string[]) =>
  Object.fromEntries(keys.flatMap((key) => (params.get(key) === null ? [] : [[key, params.get(key)!]])));

type Org = { kind: Lowercase<SpeakerKind>; slug: string | null; name: string | null; disclosure?: string | null };

export type OpenForumThread = {
  id: string;
  title: string;
  category: string;
  tags: string[];
  language: string;
  startedBy: { name: string | null; speaksFor: Org };
  replies: number;
  lastPostAt: string;
  createdAt: string;
  acceptedAnswer: number | null;
  locked: boolean;
  pinned: boolean;
  attachedTo: { kind: "initiative" | "practice" | "framework" | "event" | "challenge"; slug: string } | null;
  seed: boolean;
  url: string;
};

export type OpenForumPost = {
  number: number;
  author: string | null;
  speaksFor: Org;
  /** Markdown as written. */
  body: string;
  replyTo: number | null;
  likes: number;
  createdAt: string;
  editedAt: string | null;
  url: string;
};

const speakerSelect = {
  speakerKind: true,
  disclosure: true,
  network: { select: { slug: true, name: true } },
  city: { select: { slug: true, name: true } },
  partner: { select: { slug: true, name: true } },
} satisfies Prisma.ForumPostSelect;

function orgOf(p: Prisma.ForumPostGetPayload<{ select: typeof speakerSelect }>): Org {
  const org = p.speakerKind === "NETWORK" ? p.network : p.speakerKind === "CITY" ? p.city : p.speakerKind === "PARTNER" ? p.partner : null;
  return {
    kind: lower(p.speakerKind),
    slug: org?.slug ?? null,
    name: org?.name ?? null,
    ...(p.speakerKind === "PARTNER" ? { disclosure: p.disclosure } : {}),
  };
}

const slugOnly = { select: { slug: true } } as const;

export async function openForumThreads(db: Db, q: ThreadsQuery, baseUrl: string): Promise<Page<OpenForumThread>> {
  const conditions: Prisma.Sql[] = [Prisma.sql`t."hiddenAt" IS NULL AND t."deletedAt" IS NULL`];
  if (q.category) conditions.push(Prisma.sql`t."categoryId" = (SELECT c.id FROM "ForumCategory" c WHERE c.slug = ${q.category})`);
  if (q.cities === "1") conditions.push(Prisma.sql`t."speakerKind" = 'CITY'`);
  if (q.tag) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "ForumThreadTag" x JOIN "ForumTag" g ON g.id = x."tagId" WHERE x."threadId" = t.id AND g.slug = ${q.tag})`);
  if (q.cursor) conditions.push(Prisma.sql`(t."lastPostAt", t.id) < (${q.cursor.at}, ${q.cursor.id})`);
  const rows = await db.$queryRaw<{ id: string; lastPostAt: Date }[]>`
    SELECT t.id, t."lastPostAt" FROM "ForumThread" t WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY t."lastPostAt" DESC, t.id DESC LIMIT ${q.limit + 1}`;
  const page = rows.slice(0, q.limit);
  const last = rows.length > q.limit ? page.at(-1) : undefined;
  const ids = page.map((r) => r.id);
  const threads = await db.forumThread.findMany({
    where: { id: { in: ids } },
    select: {
      id: true, title: true, language: true, replyCount: true, lastPostAt: true, createdAt: true, lockedAt: true, pinnedAt: true, isSeed: true,
      category: slugOnly,
      tags: { select: { tag: slugOnly } },
      author: { select: { name: true } },
      acceptedPost: { select: { number: true, hiddenAt: true, deletedAt: true } },
      posts: { where: { number: 1 }, take: 1, select: speakerSelect },
      initiative: slugOnly, practice: slugOnly, framework: slugOnly, event: slugOnly, challenge: slugOnly,
    },
  });
  return {
    data: inOrder(ids, threads).map((t) => {
      const attachedTo =
        (t.initiative && { kind: "initiative" as const, slug: t.initiative.slug }) ||
        (t.practice && { kind: "practice" as const, slug: t.practice.slug }) ||
        (t.framework && { kind: "framework" as const, slug: t.framework.slug }) ||
        (t.event && { kind: "event" as const, slug: t.event.slug }) ||
        (t.challenge && { kind: "challenge" as const, slug: t.challenge.slug }) ||
        null;
      const accepted = t.acceptedPost && !t.acceptedPost.hiddenAt && !t.acceptedPost.deletedAt ? t.acceptedPost.number : null;
      return {
        id: t.id,
        title: t.title,
        category: t.category.slug,
        tags: t.tags.map((x) => x.tag.slug),
        language: t.language,
        startedBy: { name: t.author?.name ?? null, speaksFor: t.posts[0] ? orgOf(t.posts[0]) : { kind: "individual", slug: null, name: null } },
        replies: t.replyCount,
        lastPostAt: t.lastPostAt.toISOString(),
        createdAt: t.createdAt.toISOString(),
        acceptedAnswer: accepted,
        locked: !!t.lockedAt,
        pinned: !!t.pinnedAt,
        attachedTo,
        seed: t.isSeed,
        url: `${baseUrl}/forum/threads/${t.id}`,
      };
    }),
    nextCursor: last ? encodeCursor({ slug: last.lastPostAt.toISOString(), id: last.id }) : null,
  };
}

/** The public posts of a public thread by number, or null when the thread is not public. */
export async function openForumPosts(db: Db, threadId: string, q: PostsQuery, baseUrl: string): Promise<Page<OpenForumPost> | null> {
  const thread = await db.forumThread.findFirst({ where: { id: threadId, hiddenAt: null, deletedAt: null }, select: { id: true } });
  if (!thread) return null;
  const rows = await db.forumPost.findMany({
    where: { threadId: thread.id, hiddenAt: null, deletedAt: null, ...(q.cursor ? { number: { gt: q.cursor } } : {}) },
    orderBy: { number: "asc" },
    take: q.limit + 1,
    select: {
      id: true, number: true, body: true, likeCount: true, createdAt: true, editedAt: true,
      author: { select: { name: true } },
      replyTo: { select: { number: true } },
      ...speakerSelect,
    },
  });
  const page = rows.slice(0, q.limit);
  const last = rows.length > q.limit ? page.at(-1) : undefined;
  return {
    data: page.map((p) => ({
      number: p.number,
      author: p.author?.name ?? null,
      speaksFor: orgOf(p),
      body: p.body,
      replyTo: p.replyTo?.number ?? null,
      likes: p.likeCount,
      createdAt: p.createdAt.toISOString(),
      editedAt: p.editedAt?.toISOString() ?? null,
      url: `${baseUrl}/forum/threads/${thread.id}?post=${p.number}#post-${p.number}`,
    })),
    nextCursor: last ? encodeCursor({ slug: String(last.number), id: last.id }) : null,
  };
}

export const forumThreadCsv = {
  header: ["id", "title", "category", "tags", "language", "started_by", "speaks_for_kind", "speaks_for", "speaks_for_name", "disclosure", "replies", "last_post_at", "created_at", "accepted_answer", "locked", "pinned", "attached_kind", "attached_slug", "seed", "url"],
  row: (t: OpenForumThread): CsvCell[] => [
    t.id, t.title, t.category, t.tags, t.language, t.startedBy.name, t.startedBy.speaksFor.kind, t.startedBy.speaksFor.slug, t.startedBy.speaksFor.name,
    t.startedBy.speaksFor.disclosure, t.replies, t.lastPostAt, t.createdAt, t.acceptedAnswer, t.locked, t.pinned, t.attachedTo?.kind, t.attachedTo?.slug, t.seed, t.url,
  ],
} as const;

export const forumPostCsv = {
  header: ["number", "author", "speaks_for_kind", "speaks_for", "speaks_for_name", "disclosure", "body", "reply_to", "likes", "created_at", "edited_at", "url"],
  row: (p: OpenForumPost): CsvCell[] => [
    p.number, p.author, p.speaksFor.kind, p.speaksFor.slug, p.speaksFor.name, p.speaksFor.disclosure, p.body, p.replyTo, p.likes, p.createdAt, p.editedAt, p.url,
  ],
} as const;

/** GET /api/v1/forum/threads: JSON by default, CSV with ?format=csv. */
export function forumThreadsResponse(getDb: () => Db, request: Request): Promise<Response> {
  return answer(
    getDb,
    request,
    "forum-threads",
    (params) => threadsQuery.safeParse(read(params, ["limit", "cursor", "format", "category", "tag", "cities"])),
    async (db, q, base) => table(await openForumThreads(db, q, base), forumThreadCsv),
  );
}

/** GET /api/v1/forum/threads/<id>/posts: 404 when the thread is unknown, hidden or deleted. */
export function forumPostsResponse(getDb: () => Db, request: Request, threadId: string): Promise<Response> {
  return answer(
    getDb,
    request,
    "forum-posts",
    (params) => postsQuery.safeParse(read(params, ["limit", "cursor", "format"])),
    async (db, q, base) => {
      const page = await openForumPosts(db, threadId, q, base);
      return page ? table(page, forumPostCsv) : jsonError(404, "No public thread has this id.");
    },
  );
}
