import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { Actor, Context } from "@/server/auth/actor";
import { AppError } from "@/server/errors";
import { reviewNetwork } from "@/server/networks/service";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor, makeNetwork } from "@/server/test/factories";
import { UNDO_WINDOW_MS } from "./input";
import { dismissFlags, flagPost } from "./service";
import { undoDismissFlags, undoNetworkReview } from "./undo";

let t: TestDb;
let moderator: Actor, otherModerator: Actor, registrant: Actor, reader: Actor, reader2: Actor, author: Actor;
const ctx = (actor: Actor | null): Context => ({ db: t.db, actor });
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? `${e.code}:${e.message}` : e instanceof ZodError ? "VALIDATION" : e),
  );
const later = (ms: number) => new Date(Date.now() + ms);

beforeAll(async () => {
  t = await createTestDb();
  [moderator, otherModerator, registrant, reader, reader2, author] = await Promise.all([
    makeActor(t.db, { moderator: true }),
    makeActor(t.db, { moderator: true }),
    makeActor(t.db),
    makeActor(t.db),
    makeActor(t.db),
    makeActor(t.db),
  ]);
});
afterAll(() => t.close());

async function pendingNetwork() {
  const network = await makeNetwork(t.db, { status: "PENDING" });
  await t.db.network.update({ where: { id: network.id }, data: { registeredById: registrant.id, staff: { create: { userId: registrant.id, role: "OWNER" } } } });
  return network;
}

describe("undoing a network review", () => {
  it("puts a verified registration back in the queue, for the moderator who decided, audited and told to the registrant", async () => {
    const network = await pendingNetwork();
    await reviewNetwork(ctx(moderator), { networkId: network.id, decision: "VERIFIED" });

    expect(await codeOf(undoNetworkReview(ctx(null), { networkId: network.id }))).toBe("UNAUTHORIZED:errors.signInRequired");
    expect(await codeOf(undoNetworkReview(ctx(reader), { networkId: network.id }))).toMatch(/^FORBIDDEN/);
    expect(await codeOf(undoNetworkReview(ctx(otherModerator), { networkId: network.id }))).toMatch(/^FORBIDDEN/);

    expect(await undoNetworkReview(ctx(moderator), { networkId: network.id })).toEqual({ status: "PENDING" });
    const row = await t.db.network.findUniqueOrThrow({ where: { id: network.id } });
    expect(row).toMatchObject({ status: "PENDING", reviewedById: null, reviewedAt: null, reviewReason: null });
    expect(await t.db.auditLog.count({ where: { action: "network.review.undo", entityId: network.id, actorId: moderator.id } })).toBe(1);
    expect(await t.db.notification.count({ where: { userId: registrant.id, kind: "moderation.notify.reviewReopened" } })).toBe(1);
    // Nothing left to undo; it can be reviewed again as usual.
    expect(await codeOf(undoNetworkReview(ctx(moderator), { networkId: network.id }))).toBe("CONFLICT:moderation.undo.nothingToUndo");
    await reviewNetwork(ctx(otherModerator), { networkId: network.id, decision: "REJECTED", reason: "Not a city network" });
    expect(await codeOf(undoNetworkReview(ctx(moderator), { networkId: network.id }))).toMatch(/^FORBIDDEN/);
    await undoNetworkReview(ctx(otherModerator), { networkId: network.id });
    expect((await t.db.network.findUniqueOrThrow({ where: { id: network.id } })).status).toBe("PENDING");
  });

  it("refuses once the window has passed, or when someone has claimed the profile since", async () => {
    const late = await pendingNetwork();
    await reviewNetwork(ctx(moderator), { networkId: late.id, decision: "VERIFIED" });
    expect(await codeOf(undoNetworkReview(ctx(moderator), { networkId: late.id }, later(UNDO_WINDOW_MS + 60_000)))).toBe("CONFLICT:moderation.undo.expired");
    expect((await t.db.network.findUniqueOrThrow({ where: { id: late.id } })).status).toBe("VERIFIED");

    const claimed = await pendingNetwork();
    await reviewNetwork(ctx(moderator), { networkId: claimed.id, decision: "VERIFIED" });
    await t.db.networkClaim.create({ data: { networkId: claimed.id, userId: reader.id, message: "I run its secretariat." } });
    expect(await codeOf(undoNetworkReview(ctx(moderator), { networkId: claimed.id }))).toBe("CONFLICT:moderation.undo.changedSince");
    expect((await t.db.network.findUniqueOrThrow({ where: { id: claimed.id } })).status).toBe("VERIFIED");
    expect(await t.db.auditLog.count({ where: { action: "network.review.undo", entityId: { in: [late.id, claimed.id] } } })).toBe(0);
  });
});

describe("undoing a dismissal of flags", () => {
  async function flaggedPost() {
    const category = await t.db.forumCategory.create({ data: { slug: `undo-${Math.random().toString(36).slice(2, 8)}`, position: 99 } });
    const thread = await t.db.forumThread.create({
      data: { categoryId: category.id, authorId: author.id, title: "A thread", postCount: 1, posts: { create: { number: 1, authorId: author.id, body: "Buy our product" } } },
      include: { posts: true },
    });
    const post = thread.posts[0]!;
    await flagPost(ctx(reader), { postId: post.id, reason: "SPAM" });
    await flagPost(ctx(reader2), { postId: post.id, reason: "OFF_TOPIC" });
    return post;
  }

  it("reopens the flags of the moderator's own dismissal, audited, within the window", async () => {
    const post = await flaggedPost();
    await dismissFlags(ctx(moderator), { postId: post.id });
    expect(await codeOf(undoDismissFlags(ctx(reader), { postId: post.id }))).toMatch(/^FORBIDDEN/);
    expect(await codeOf(undoDismissFlags(ctx(otherModerator), { postId: post.id }))).toMatch(/^FORBIDDEN/);
    expect(await codeOf(undoDismissFlags(ctx(moderator), { postId: post.id }, later(UNDO_WINDOW_MS + 1000)))).toBe("CONFLICT:moderation.undo.expired");

    expect(await undoDismissFlags(ctx(moderator), { postId: post.id })).toEqual({ reopened: 2 });
    const flags = await t.db.forumFlag.findMany({ where: { postId: post.id } });
    expect(flags.map((f) => [f.status, f.resolvedById, f.resolvedAt])).toEqual([
      ["OPEN", null, null],
      ["OPEN", null, null],
    ]);
    expect(await t.db.auditLog.count({ where: { action: "forum.flags.dismiss.undo", entityId: post.id, actorId: moderator.id } })).toBe(1);
    // Back in the queue: it can be dismissed again, and undoing twice finds nothing.
    await dismissFlags(ctx(moderator), { postId: post.id });
    await undoDismissFlags(ctx(moderator), { postId: post.id });
    expect(await codeOf(undoDismissFlags(ctx(moderator), { postId: post.id }))).toBe("CONFLICT:moderation.undo.nothingToUndo");
  });
});
