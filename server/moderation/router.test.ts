import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/actor";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor } from "@/server/test/factories";
import { appRouter } from "@/server/trpc/root";
import { createCallerFactory } from "@/server/trpc/init";

let t: TestDb;
let moderator: Actor, member: Actor, author: Actor;
let postId: string, threadId: string;
const caller = (actor: Actor | null) => createCallerFactory(appRouter)({ db: t.db, actor });
const trpcCode = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => (e instanceof TRPCError ? e.code : e));

beforeAll(async () => {
  t = await createTestDb();
  [moderator, member, author] = await Promise.all([makeActor(t.db, { moderator: true }), makeActor(t.db), makeActor(t.db)]);
  const category = await t.db.forumCategory.create({ data: { slug: "dialogue", position: 1 } });
  const thread = await t.db.forumThread.create({
    data: { categoryId: category.id, authorId: author.id, title: "Router", postCount: 1, posts: { create: { number: 1, authorId: author.id, body: "Hello" } } },
    include: { posts: true },
  });
  threadId = thread.id;
  postId = thread.posts[0]!.id;
});
afterAll(() => t.close());

describe("the moderation router", () => {
  it("maps refusals and validation to transport codes", async () => {
    expect(await trpcCode(caller(null).moderation.flag({ postId, reason: "SPAM" }))).toBe("UNAUTHORIZED");
    expect(await trpcCode(caller(author).moderation.flag({ postId, reason: "SPAM" }))).toBe("FORBIDDEN");
    expect(await trpcCode(caller(member).moderation.flag({ postId, reason: "OTHER" }))).toBe("BAD_REQUEST");
    expect(await trpcCode(caller(member).moderation.hidePost({ postId, reason: "Spam link" }))).toBe("FORBIDDEN");
    expect(await trpcCode(caller(member).moderation.lockThread({ threadId }))).toBe("FORBIDDEN");
    expect(await trpcCode(caller(member).moderation.moveTargets())).toBe("FORBIDDEN");
    expect(await trpcCode(caller(moderator).moderation.suspend({ userId: author.id, days: 0, reason: "Spam" }))).toBe("BAD_REQUEST");
  });

  it("runs a moderator's decisions end to end", async () => {
    await caller(member).moderation.flag({ postId, reason: "SPAM" });
    expect(await trpcCode(caller(member).moderation.flag({ postId, reason: "SPAM" }))).toBe("CONFLICT");
    await caller(moderator).moderation.hidePost({ postId, reason: "Advertising" });
    expect(await trpcCode(caller(moderator).moderation.hidePost({ postId, reason: "Advertising" }))).toBe("CONFLICT");
    await caller(moderator).moderation.restorePost({ postId });
    await caller(moderator).moderation.warn({ userId: author.id, reason: "Stay on topic", postId });
    await caller(moderator).moderation.suspend({ userId: author.id, days: 3, reason: "Repeated spam" });
    await caller(moderator).moderation.liftSuspension({ userId: author.id });
    await caller(moderator).moderation.lockThread({ threadId });
    await caller(moderator).moderation.pinThread({ threadId });
    expect((await caller(moderator).moderation.moveTargets()).map((c) => c.slug)).toEqual(["dialogue"]);
    const actions = await t.db.auditLog.findMany({ where: { actorId: moderator.id }, select: { action: true } });
    // Every decision audited once (several can share a millisecond, so compare as sorted lists).
    expect(actions.map((a) => a.action).sort()).toEqual(
      ["forum.post.hide", "forum.post.restore", "user.warn", "user.suspend", "user.unsuspend", "forum.thread.lock", "forum.thread.pin"].sort(),
    );
  });
});
