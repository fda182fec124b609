import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor, Context } from "@/server/auth/actor";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor, makeThemes } from "@/server/test/factories";
import { ensureForumCategories } from "./categories";
import { createThread, reply } from "./service";

// Issue 11 item 5: a burst of replies to one thread queues on the thread row; every one is stored
// and numbered, none is answered "unexpected error".
let t: TestDb;
let people: Actor[];
let categoryId: string;
const ctx = (actor: Actor): Context => ({ db: t.db, actor });

beforeAll(async () => {
  // The burst is about contention, not the posting limits (tested with the moderation module).
  Object.assign(process.env, { FORUM_NEW_ACCOUNT_DAYS: "0", FORUM_POSTS_PER_MINUTE: "100000", FORUM_POSTS_PER_HOUR: "100000" });
  t = await createTestDb();
  await makeThemes(t.db, ["climate"]);
  await ensureForumCategories(t.db);
  categoryId = (await t.db.forumCategory.findUniqueOrThrow({ where: { slug: "dialogue" } })).id;
  people = [];
  for (let i = 0; i < 10; i++) people.push(await makeActor(t.db));
});
afterAll(() => t.close());

describe("100 concurrent replies to one thread", () => {
  it("stores all 100, numbered 2–101, and none fails", async () => {
    const { threadId } = await createThread(ctx(people[0]!), { categoryId, title: "Busy thread", body: "Opening post", language: "en", tags: [] });
    const settled = await Promise.allSettled(Array.from({ length: 100 }, (_, i) => reply(ctx(people[i % people.length]!), { threadId, body: `Reply ${i}` })));
    const failed = settled.filter((s) => s.status === "rejected");
    console.log(`100 concurrent replies (${t.kind}): ${100 - failed.length} stored, ${failed.length} failed`);
    expect(failed.map((f) => String(f.reason))).toEqual([]);
    const numbers = (await t.db.forumPost.findMany({ where: { threadId }, select: { number: true }, orderBy: { number: "asc" } })).map((p) => p.number);
    expect(numbers).toEqual(Array.from({ length: 101 }, (_, i) => i + 1));
    expect(await t.db.forumThread.findUniqueOrThrow({ where: { id: threadId } })).toMatchObject({ postCount: 101, replyCount: 100 });
  });
});
