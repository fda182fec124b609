import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { loadActor, type Actor, type Context } from "@/server/auth/actor";
import { AppError } from "@/server/errors";
import { reindex } from "@/server/search/documents";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor, makeNetwork, makeThemes } from "@/server/test/factories";
import { assertPostingAllowed } from "./limits";
import {
  auditLog,
  dismissFlags,
  flagPost,
  hidePost,
  liftSuspension,
  lockThread,
  moveThread,
  openQueueCount,
  pinThread,
  restorePost,
  reviewQueue,
  sanctionHistory,
  suspendUser,
  unlockThread,
  unpinThread,
  warnUser,
} from "./service";

let t: TestDb;
const ctx = (actor: Actor | null): Context => ({ db: t.db, actor });
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? e.code : e instanceof ZodError ? "VALIDATION" : e),
  );

let admin: Actor, moderator: Actor, author: Actor, reader: Actor, reader2: Actor, staff: Actor, suspended: Actor, suspendedModerator: Actor;
let climate: { id: string }, mobility: { id: string };

const DAY = 24 * 60 * 60 * 1000;
let threadSeq = 0;

async function makeThread(authorId: string, categoryId = climate.id, body = "Opening post about heat plans") {
  const thread = await t.db.forumThread.create({
    data: { categoryId, authorId, title: `Thread ${++threadSeq}`, postCount: 1, posts: { create: { number: 1, authorId, body } } },
    include: { posts: true },
  });
  await t.db.forumCategory.update({ where: { id: categoryId }, data: { threadCount: { increment: 1 }, lastPostAt: thread.lastPostAt } });
  await reindex(t.db, "FORUM_POST", thread.posts.map((p) => p.id));
  return { thread, post: thread.posts[0]! };
}

async function makeReply(threadId: string, authorId: string, body: string) {
  const thread = await t.db.forumThread.update({ where: { id: threadId }, data: { postCount: { increment: 1 } } });
  const post = await t.db.forumPost.create({ data: { threadId, authorId, number: thread.postCount, body } });
  await reindex(t.db, "FORUM_POST", [post.id]);
  return post;
}

async function asSuspended(moderatorRole: boolean) {
  const actor = await makeActor(t.db, { moderator: moderatorRole });
  await t.db.user.update({ where: { id: actor.id }, data: { suspendedUntil: new Date(Date.now() + DAY) } });
  return (await loadActor(t.db, actor.id))!;
}

const searchDoc = (postId: string) => t.db.searchDocument.findUnique({ where: { kind_entityId: { kind: "FORUM_POST", entityId: postId } } });

beforeAll(async () => {
  t = await createTestDb();
  await makeThemes(t.db, ["climate", "mobility"]);
  const themes = await t.db.theme.findMany({ select: { id: true, slug: true } });
  const themeId = (slug: string) => themes.find((th) => th.slug === slug)!.id;
  [climate, mobility] = await Promise.all([
    t.db.forumCategory.create({ data: { slug: "climate", position: 1, themeId: themeId("climate") } }),
    t.db.forumCategory.create({ data: { slug: "mobility", position: 2, themeId: themeId("mobility") } }),
  ]);
  const network = await makeNetwork(t.db, { name: "C40 Cities", acronym: "C40" });
  [admin, moderator, author, reader, reader2, staff] = await Promise.all([
    makeActor(t.db, { admin: true }),
    makeActor(t.db, { moderator: true }),
    makeActor(t.db),
    makeActor(t.db),
    makeActor(t.db),
    makeActor(t.db, { owner: [network.id] }),
  ]);
  suspended = await asSuspended(false);
  suspendedModerator = await asSuspended(true);
});
afterAll(() => t.close());

describe("flagging a post", () => {
  it("lets signed-in readers flag once, never their own post, and not while suspended", async () => {
    const { post } = await makeThread(author.id);
    expect(await codeOf(flagPost(ctx(null), { postId: post.id, reason: "SPAM" }))).toBe("UNAUTHORIZED");
    expect(await codeOf(flagPost(ctx(author), { postId: post.id, reason: "SPAM" }))).toBe("FORBIDDEN");
    expect(await codeOf(flagPost(ctx(suspended), { postId: post.id, reason: "SPAM" }))).toBe("FORBIDDEN");
    expect(await codeOf(flagPost(ctx(reader), { postId: "missing", reason: "SPAM" }))).toBe("NOT_FOUND");

    const flag = await flagPost(ctx(reader), { postId: post.id, reason: "SPAM" });
    expect(flag.status).toBe("OPEN");
    expect(await codeOf(flagPost(ctx(reader), { postId: post.id, reason: "HARASSMENT" }))).toBe("CONFLICT");
    expect(await t.db.forumFlag.count({ where: { postId: post.id } })).toBe(1);
  });

  it("requires a reason, and a note when the reason is 'other'", async () => {
    const { post } = await makeThread(author.id);
    expect(await codeOf(flagPost(ctx(reader), { postId: post.id, reason: "WRONG" as "SPAM" }))).toBe("VALIDATION");
    const noNote = await flagPost(ctx(reader), { postId: post.id, reason: "OTHER", note: "   " }).catch((e: unknown) => e);
    expect(noNote).toBeInstanceOf(ZodError);
    expect((noNote as ZodError).issues[0]?.message).toBe("moderation.errors.noteRequired");
    await flagPost(ctx(reader), { postId: post.id, reason: "OTHER", note: "Copied from another site" });
    expect((await t.db.forumFlag.findFirstOrThrow({ where: { postId: post.id } })).note).toBe("Copied from another site");
  });

  it("refuses to flag a post that is already hidden", async () => {
    const { post } = await makeThread(author.id);
    await hidePost(ctx(moderator), { postId: post.id, reason: "Advertising" });
    expect(await codeOf(flagPost(ctx(reader), { postId: post.id, reason: "SPAM" }))).toBe("CONFLICT");
  });
});

describe("the review queue", () => {
  it("is for moderators only", async () => {
    expect(await codeOf(reviewQueue(ctx(null), {}))).toBe("UNAUTHORIZED");
    expect(await codeOf(reviewQueue(ctx(reader), {}))).toBe("FORBIDDEN");
    expect(await codeOf(reviewQueue(ctx(staff), {}))).toBe("FORBIDDEN");
    expect(await codeOf(reviewQueue(ctx(suspendedModerator), {}))).toBe("FORBIDDEN");
  });

  it("groups open flags by post with counts and reasons, the author and the thread, and filters by reason", async () => {
    const { thread } = await makeThread(author.id);
    const reply = await makeReply(thread.id, author.id, "Buy **cheap** panels at example.com <script>x</script>");
    await flagPost(ctx(reader), { postId: reply.id, reason: "SPAM" });
    await flagPost(ctx(reader2), { postId: reply.id, reason: "SPAM", note: "Third time today" });
    await flagPost(ctx(staff), { postId: reply.id, reason: "UNDISCLOSED_INTEREST" });

    const queue = await reviewQueue(ctx(moderator), {});
    const item = queue.items.find((i) => i.postId === reply.id)!;
    expect(item.flagCount).toBe(3);
    expect(item.reasons).toEqual(expect.arrayContaining([{ reason: "SPAM", count: 2 }, { reason: "UNDISCLOSED_INTEREST", count: 1 }]));
    expect(item.author?.id).toBe(author.id);
    expect(item.thread).toEqual({ id: thread.id, title: thread.title, locked: false });
    expect(item.href).toBe(`/forum/threads/${thread.id}?post=2#post-2`);
    expect(item.flags.map((f) => f.note)).toContain("Third time today");

    const harassment = await reviewQueue(ctx(moderator), { reason: "HARASSMENT" });
    expect(harassment.items.some((i) => i.postId === reply.id)).toBe(false);
    const interest = await reviewQueue(ctx(moderator), { reason: "UNDISCLOSED_INTEREST" });
    expect(interest.items.map((i) => i.postId)).toContain(reply.id);
    expect(await openQueueCount(t.db)).toBe(queue.items.length);
  });

  it("pages with a keyset cursor without skipping or repeating posts", async () => {
    const { thread } = await makeThread(author.id);
    const ids: string[] = [];
    for (let i = 0; i < 23; i++) {
      const post = await makeReply(thread.id, author.id, `Reply ${i}`);
      await flagPost(ctx(reader), { postId: post.id, reason: "OFF_TOPIC" });
      ids.push(post.id);
    }
    const first = await reviewQueue(ctx(moderator), { reason: "OFF_TOPIC" });
    expect(first.items).toHaveLength(20);
    expect(first.nextCursor).not.toBeNull();
    const second = await reviewQueue(ctx(moderator), { reason: "OFF_TOPIC", cursor: first.nextCursor! });
    const seen = [...first.items, ...second.items].map((i) => i.postId);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(ids));
    expect(second.nextCursor).toBeNull();
    // Oldest flags first: the first reply flagged leads.
    expect(first.items[0]!.postId).toBe(ids[0]);
    await Promise.all(ids.map((postId) => dismissFlags(ctx(moderator), { postId })));
    expect((await reviewQueue(ctx(moderator), { reason: "OFF_TOPIC" })).items).toHaveLength(0);
    expect((await reviewQueue(ctx(moderator), { reason: "OFF_TOPIC", status: "resolved" })).items.length).toBe(20);
  });
});

describe("hiding and restoring a post", () => {
  it("lets only moderators in good standing hide, and requires a reason", async () => {
    const { post } = await makeThread(author.id);
    expect(await codeOf(hidePost(ctx(null), { postId: post.id, reason: "Spam link" }))).toBe("UNAUTHORIZED");
    expect(await codeOf(hidePost(ctx(reader), { postId: post.id, reason: "Spam link" }))).toBe("FORBIDDEN");
    expect(await codeOf(hidePost(ctx(staff), { postId: post.id, reason: "Spam link" }))).toBe("FORBIDDEN");
    expect(await codeOf(hidePost(ctx(suspendedModerator), { postId: post.id, reason: "Spam link" }))).toBe("FORBIDDEN");
    expect(await codeOf(hidePost(ctx(moderator), { postId: post.id, reason: " " }))).toBe("VALIDATION");
    expect(await codeOf(hidePost(ctx(moderator), { postId: "missing", reason: "Spam link" }))).toBe("NOT_FOUND");
    expect((await t.db.forumPost.findUniqueOrThrow({ where: { id: post.id } })).hiddenAt).toBeNull();
  });

  it("hides the post, upholds its flags, takes it out of search, tells the author why and audits once", async () => {
    const { thread } = await makeThread(author.id);
    const reply = await makeReply(thread.id, author.id, "Zanzibarian solar scam offer");
    await flagPost(ctx(reader), { postId: reply.id, reason: "SPAM" });
    expect(await searchDoc(reply.id)).not.toBeNull();

    await hidePost(ctx(moderator), { postId: reply.id, reason: "Advertising a product" });
    const hidden = await t.db.forumPost.findUniqueOrThrow({ where: { id: reply.id } });
    expect(hidden.hiddenAt).not.toBeNull();
    expect(hidden.hiddenReason).toBe("Advertising a product");
    expect(hidden.hiddenById).toBe(moderator.id);
    expect((await t.db.forumFlag.findFirstOrThrow({ where: { postId: reply.id } })).status).toBe("UPHELD");
    expect(await searchDoc(reply.id)).toBeNull();
    const notes = await t.db.notification.findMany({ where: { userId: author.id, kind: "moderation.notify.postHidden" } });
    expect(notes.map((n) => (n.params as { reason: string }).reason)).toContain("Advertising a product");

    expect(await codeOf(hidePost(ctx(moderator), { postId: reply.id, reason: "Again" }))).toBe("CONFLICT");
    expect(await t.db.auditLog.count({ where: { action: "forum.post.hide", entityId: reply.id } })).toBe(1);

    expect(await codeOf(restorePost(ctx(reader), { postId: reply.id }))).toBe("FORBIDDEN");
    await restorePost(ctx(moderator), { postId: reply.id });
    expect((await t.db.forumPost.findUniqueOrThrow({ where: { id: reply.id } })).hiddenAt).toBeNull();
    expect(await searchDoc(reply.id)).not.toBeNull();
    expect(await codeOf(restorePost(ctx(moderator), { postId: reply.id }))).toBe("CONFLICT");
    expect(await t.db.auditLog.count({ where: { action: "forum.post.restore", entityId: reply.id } })).toBe(1);
  });

  it("dismisses open flags without touching the post", async () => {
    const { post } = await makeThread(author.id);
    await flagPost(ctx(reader), { postId: post.id, reason: "OFF_TOPIC" });
    expect(await codeOf(dismissFlags(ctx(reader), { postId: post.id }))).toBe("FORBIDDEN");
    expect(await dismissFlags(ctx(moderator), { postId: post.id })).toEqual({ dismissed: 1 });
    expect((await t.db.forumFlag.findFirstOrThrow({ where: { postId: post.id } })).status).toBe("DISMISSED");
    expect(await codeOf(dismissFlags(ctx(moderator), { postId: post.id }))).toBe("CONFLICT");
    expect(await t.db.auditLog.count({ where: { action: "forum.flags.dismiss", entityId: post.id } })).toBe(1);
  });
});

describe("warnings and suspensions", () => {
  it("warns a person: history, notification and audit; never oneself, an admin only by an admin", async () => {
    const target = await makeActor(t.db);
    expect(await codeOf(warnUser(ctx(reader), { userId: target.id, reason: "Please stay on topic" }))).toBe("FORBIDDEN");
    expect(await codeOf(warnUser(ctx(moderator), { userId: moderator.id, reason: "Please stay on topic" }))).toBe("FORBIDDEN");
    expect(await codeOf(warnUser(ctx(moderator), { userId: admin.id, reason: "Please stay on topic" }))).toBe("FORBIDDEN");
    expect(await codeOf(warnUser(ctx(moderator), { userId: target.id, reason: "" }))).toBe("VALIDATION");
    expect(await codeOf(warnUser(ctx(moderator), { userId: "missing", reason: "Please stay on topic" }))).toBe("NOT_FOUND");

    await warnUser(ctx(moderator), { userId: target.id, reason: "Please stay on topic" });
    const history = await sanctionHistory(ctx(moderator), target.id);
    expect(history?.sanctions.map((s) => [s.kind, s.reason])).toEqual([["WARNING", "Please stay on topic"]]);
    expect(await t.db.notification.count({ where: { userId: target.id, kind: "moderation.notify.warned" } })).toBe(1);
    expect(await t.db.auditLog.count({ where: { action: "user.warn", entityId: target.id } })).toBe(1);
    expect(await codeOf(sanctionHistory(ctx(reader), target.id))).toBe("FORBIDDEN");
  });

  it("suspends for 1–365 days, which stops posting with a clear message, and lifts", async () => {
    const target = await makeActor(t.db);
    expect(await codeOf(suspendUser(ctx(reader), { userId: target.id, days: 7, reason: "Repeated spam" }))).toBe("FORBIDDEN");
    expect(await codeOf(suspendUser(ctx(moderator), { userId: moderator.id, days: 7, reason: "Repeated spam" }))).toBe("FORBIDDEN");
    expect(await codeOf(suspendUser(ctx(moderator), { userId: admin.id, days: 7, reason: "Repeated spam" }))).toBe("FORBIDDEN");
    expect(await codeOf(suspendUser(ctx(admin), { userId: admin.id, days: 7, reason: "Repeated spam" }))).toBe("FORBIDDEN");
    expect(await codeOf(suspendUser(ctx(moderator), { userId: target.id, days: 0, reason: "Repeated spam" }))).toBe("VALIDATION");
    expect(await codeOf(suspendUser(ctx(moderator), { userId: target.id, days: 366, reason: "Repeated spam" }))).toBe("VALIDATION");
    expect(await codeOf(suspendUser(ctx(moderator), { userId: target.id, days: 7, reason: "" }))).toBe("VALIDATION");

    const before = Date.now();
    await suspendUser(ctx(moderator), { userId: target.id, days: 7, reason: "Repeated spam" });
    const user = await t.db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(user.suspendedUntil!.getTime()).toBeGreaterThanOrEqual(before + 7 * DAY);
    expect(user.suspendedUntil!.getTime()).toBeLessThan(before + 7 * DAY + 60_000);
    const note = await t.db.notification.findFirstOrThrow({ where: { userId: target.id, kind: "moderation.notify.suspended" } });
    expect(note.params).toMatchObject({ days: 7, reason: "Repeated spam", until: user.suspendedUntil!.toISOString().slice(0, 10) });
    expect(await t.db.auditLog.count({ where: { action: "user.suspend", entityId: target.id } })).toBe(1);

    const fresh = (await loadActor(t.db, target.id))!;
    const refused = await t.db.$transaction((tx) => assertPostingAllowed(tx, fresh, { body: "Hello" })).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("FORBIDDEN");
    expect((refused as AppError).message).toBe("moderation.limits.suspended");
    expect((refused as AppError).details?.params).toEqual({ until: user.suspendedUntil!.toISOString().slice(0, 10) });
    expect(await codeOf(flagPost(ctx(fresh), { postId: (await makeThread(author.id)).post.id, reason: "SPAM" }))).toBe("FORBIDDEN");

    expect(await codeOf(liftSuspension(ctx(reader), { userId: target.id }))).toBe("FORBIDDEN");
    await liftSuspension(ctx(moderator), { userId: target.id });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: target.id } })).suspendedUntil).toBeNull();
    expect(await codeOf(liftSuspension(ctx(moderator), { userId: target.id }))).toBe("CONFLICT");
    const history = await sanctionHistory(ctx(moderator), target.id);
    expect(history?.sanctions.map((s) => s.kind)).toEqual(["SUSPENSION"]);
    expect(history?.suspendedUntil).toBeNull();
  });
});

describe("thread tools", () => {
  it("locks, unlocks, pins and unpins for moderators only, refusing a repeat", async () => {
    const { thread } = await makeThread(author.id);
    const input = { threadId: thread.id };
    for (const action of [lockThread, unlockThread, pinThread, unpinThread]) {
      expect(await codeOf(action(ctx(reader), input))).toBe("FORBIDDEN");
      expect(await codeOf(action(ctx(author), input))).toBe("FORBIDDEN");
      expect(await codeOf(action(ctx(null), input))).toBe("UNAUTHORIZED");
    }
    expect(await codeOf(unlockThread(ctx(moderator), input))).toBe("CONFLICT");
    expect((await lockThread(ctx(moderator), input)).lockedAt).not.toBeNull();
    expect(await codeOf(lockThread(ctx(moderator), input))).toBe("CONFLICT");
    expect((await pinThread(ctx(moderator), input)).pinnedAt).not.toBeNull();
    expect((await unlockThread(ctx(moderator), input)).lockedAt).toBeNull();
    expect((await unpinThread(ctx(moderator), input)).pinnedAt).toBeNull();
    expect(await codeOf(lockThread(ctx(moderator), { threadId: "missing" }))).toBe("NOT_FOUND");
    const actions = await t.db.auditLog.findMany({ where: { entityId: thread.id }, select: { action: true } });
    // Each change audited exactly once; refused repeats left no entry.
    expect(actions.map((a) => a.action).sort()).toEqual(["forum.thread.lock", "forum.thread.pin", "forum.thread.unlock", "forum.thread.unpin"]);
  });

  it("moves a thread, keeping category counts and search facets right", async () => {
    const { thread, post } = await makeThread(author.id, climate.id, "Cooling corridors in Medellín");
    const reply = await makeReply(thread.id, reader.id, "Green corridors cut heat");
    const counts = async () =>
      Object.fromEntries((await t.db.forumCategory.findMany({ select: { id: true, threadCount: true } })).map((c) => [c.id, c.threadCount]));
    const before = await counts();
    expect((await searchDoc(reply.id))?.themeSlugs).toEqual(["climate"]);

    expect(await codeOf(moveThread(ctx(reader), { threadId: thread.id, categoryId: mobility.id }))).toBe("FORBIDDEN");
    expect(await codeOf(moveThread(ctx(moderator), { threadId: thread.id, categoryId: climate.id }))).toBe("VALIDATION");
    expect(await codeOf(moveThread(ctx(moderator), { threadId: thread.id, categoryId: "missing" }))).toBe("VALIDATION");

    const moved = await moveThread(ctx(moderator), { threadId: thread.id, categoryId: mobility.id });
    expect(moved.categoryId).toBe(mobility.id);
    const after = await counts();
    expect(after[climate.id]).toBe(before[climate.id]! - 1);
    expect(after[mobility.id]).toBe(before[mobility.id]! + 1);
    expect((await searchDoc(reply.id))?.themeSlugs).toEqual(["mobility"]);
    expect((await searchDoc(post.id))?.themeSlugs).toEqual(["mobility"]);
    expect((await t.db.forumCategory.findUniqueOrThrow({ where: { id: mobility.id } })).lastPostAt).not.toBeNull();
    const entry = await t.db.auditLog.findFirstOrThrow({ where: { action: "forum.thread.move", entityId: thread.id } });
    expect(entry.data).toEqual({ from: climate.id, to: mobility.id });
  });
});

describe("the audit log", () => {
  it("is readable by moderators only", async () => {
    expect(await codeOf(auditLog(ctx(reader), {}))).toBe("FORBIDDEN");
    expect(await codeOf(auditLog(ctx(staff), {}))).toBe("FORBIDDEN");
    expect(await codeOf(auditLog(ctx(null), {}))).toBe("UNAUTHORIZED");
  });

  it("filters by action, actor email, record type and dates, and pages with a keyset cursor", async () => {
    const other = await makeActor(t.db, { moderator: true, admin: false });
    const base = new Date("2026-03-10T12:00:00Z").getTime();
    await t.db.auditLog.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({
        actorId: i % 2 ? moderator.id : other.id,
        action: "test.widget",
        entityType: "Widget",
        entityId: `w${i}`,
        createdAt: new Date(base + (i % 3) * DAY),
      })),
    });
    const all = await auditLog(ctx(moderator), { action: "test.widget" });
    expect(all.total).toBe(60);
    expect(all.items).toHaveLength(50);
    const rest = await auditLog(ctx(moderator), { action: "test.widget", cursor: all.nextCursor! });
    expect(rest.items).toHaveLength(10);
    expect(rest.nextCursor).toBeNull();
    const ids = [...all.items, ...rest.items].map((e) => e.id);
    expect(new Set(ids).size).toBe(60);
    // Newest first, ties broken by id, across the page boundary too.
    const keys = [...all.items, ...rest.items].map((e) => [e.createdAt.getTime(), e.id] as const);
    expect(keys).toEqual([...keys].sort((a, b) => b[0] - a[0] || (b[1] < a[1] ? -1 : 1)));

    expect((await auditLog(ctx(moderator), { action: "test.widget", actor: other.email.toUpperCase() })).total).toBe(30);
    expect((await auditLog(ctx(moderator), { action: "test.widget", from: "2026-03-11", to: "2026-03-11" })).total).toBe(20);
    expect((await auditLog(ctx(moderator), { action: "test.widget", from: "2026-03-11" })).total).toBe(40);
    expect((await auditLog(ctx(moderator), { entityType: "Widget", to: "2026-03-10" })).total).toBe(20);
    expect((await auditLog(ctx(moderator), { entityType: "Nothing" })).total).toBe(0);
    expect((await auditLog(ctx(moderator), { from: "not-a-date" })).input.from).toBeUndefined();
    expect(all.facets.actions).toContain("test.widget");
  });
});
