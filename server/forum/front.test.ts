import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor, Context } from "@/server/auth/actor";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor, makeUser } from "@/server/test/factories";
import { listThreads } from "./read";

// The forum front page's Top and Unread lists (Latest is covered in service.test.ts).
let t: TestDb;
let reader: Actor;
const ctx = (actor: Actor | null): Context => ({ db: t.db, actor });
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDb();
  reader = await makeActor(t.db);
  const author = await makeUser(t.db);
  const category = await t.db.forumCategory.create({ data: { slug: "front", position: 0 } });
  const day = 24 * 3600 * 1000;
  const thread = async (name: string, o: { replies: number; likes: number; ageDays: number; hidden?: boolean }) => {
    const at = new Date(Date.now() - o.ageDays * day);
    const th = await t.db.forumThread.create({
      data: {
        categoryId: category.id,
        title: name,
        authorId: author.id,
        postCount: o.replies + 1,
        replyCount: o.replies,
        lastPostAt: at,
        hiddenAt: o.hidden ? at : null,
        posts: { create: Array.from({ length: o.replies + 1 }, (_, i) => ({ number: i + 1, body: "Hi", authorId: author.id, likeCount: i === 0 ? o.likes : 0, createdAt: at })) },
      },
    });
    ids[name] = th.id;
  };
  await thread("quiet", { replies: 0, likes: 0, ageDays: 0 });
  await thread("liked", { replies: 1, likes: 5, ageDays: 2 });
  await thread("busy", { replies: 3, likes: 0, ageDays: 1 });
  await thread("old-but-big", { replies: 9, likes: 9, ageDays: 60 });
  await thread("hidden", { replies: 8, likes: 8, ageDays: 1, hidden: true });
  // The reader opened "busy" up to post 2 (of 4) and read "liked" to its end.
  await t.db.forumReadState.create({ data: { userId: reader.id, threadId: ids.busy!, lastReadNumber: 2 } });
  await t.db.forumReadState.create({ data: { userId: reader.id, threadId: ids.liked!, lastReadNumber: 2 } });
});

afterAll(async () => {
  await t.close();
});

const names = (list: { threads: { title: string }[] }) => list.threads.map((th) => th.title);

describe("forum front page lists", () => {
  it("Latest: most recent activity first", async () => {
    expect(names(await listThreads(ctx(null), { order: "latest" }))).toEqual(["quiet", "busy", "liked", "old-but-big"]);
  });

  it("Top: replies plus likes over the last 30 days, paged by keyset without repeats", async () => {
    expect(names(await listThreads(ctx(null), { order: "top" }))).toEqual(["liked", "busy", "quiet"]);
    const first = await listThreads(ctx(null), { order: "top", take: 2 });
    expect(names(first)).toEqual(["liked", "busy"]);
    expect(first.nextCursor).toMatch(/^3\./);
    const second = await listThreads(ctx(null), { order: "top", take: 2, cursor: first.nextCursor! });
    expect(names(second)).toEqual(["quiet"]);
    expect(second.nextCursor).toBeNull();
  });

  it("Unread: only threads the reader opened that have newer posts; nothing for a visitor", async () => {
    expect(names(await listThreads(ctx(reader), { order: "unread" }))).toEqual(["busy"]);
    expect(names(await listThreads(ctx(null), { order: "unread" }))).toEqual([]);
  });
});
