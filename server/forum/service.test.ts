import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { loadActor, type Actor, type Context } from "@/server/auth/actor";
import { AppError } from "@/server/errors";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor, makeCity, makeNetwork, makePartner, makeThemes } from "@/server/test/factories";
import { reindex } from "@/server/search/documents";
import { search } from "@/server/search/query";
import { ensureForumCategories } from "./categories";
import type { ThreadCreateInput } from "./input";
import { parseMentions } from "./mentions";
import { getThread, listCategories, listPosts, listThreads, popularTags, postHistory } from "./read";
import {
  acceptAnswer,
  createThread,
  deletePost,
  editPost,
  followCategory,
  followThread,
  getDraft,
  markRead,
  mentionCandidates,
  reply,
  saveDraft,
  setLike,
  speakerChoices,
} from "./service";

let t: TestDb;
const ctx = (actor: Actor | null): Context => ({ db: t.db, actor });
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? e.code : e instanceof ZodError ? "VALIDATION" : e),
  );
const fieldsOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof ZodError ? Object.keys(z(e)) : e instanceof AppError ? Object.keys(e.details?.fieldErrors ?? {}) : e),
  );
const z = (e: ZodError) => Object.fromEntries(e.issues.map((i) => [i.path.join("."), i.message]));

let c40: { id: string }, iclei: { id: string };
let wuhan: { id: string }, wri: { id: string };
let c40Owner: Actor, icleiEditor: Actor, officer: Actor, partnerMember: Actor, moderator: Actor, stranger: Actor, suspended: Actor;
let dialogueId: string, climateId: string;

const thread = (over: Partial<ThreadCreateInput> = {}): ThreadCreateInput => ({
  categoryId: dialogueId,
  title: "Heat action plans across networks",
  body: "How do your member cities publish their heat action plans?",
  language: "en",
  tags: ["heat", "adaptation"],
  ...over,
});

beforeAll(async () => {
  // These tests are about the forum, not the posting limits (tested with the moderation module):
  // lift them for this file's burst of posts.
  Object.assign(process.env, { FORUM_NEW_ACCOUNT_DAYS: "0", FORUM_POSTS_PER_MINUTE: "100000", FORUM_POSTS_PER_HOUR: "100000" });
  t = await createTestDb();
  await makeThemes(t.db, ["climate", "housing"]);
  await ensureForumCategories(t.db);
  dialogueId = (await t.db.forumCategory.findUniqueOrThrow({ where: { slug: "dialogue" } })).id;
  climateId = (await t.db.forumCategory.findUniqueOrThrow({ where: { slug: "climate" } })).id;
  c40 = await makeNetwork(t.db, { name: "C40 Cities", acronym: "C40" });
  iclei = await makeNetwork(t.db, { name: "ICLEI Local Governments for Sustainability", acronym: "ICLEI" });
  wuhan = await makeCity(t.db, { name: "Wuhan", countryCode: "CN", region: "Asia" });
  wri = await makePartner(t.db, { name: "World Resources Institute" });
  c40Owner = await makeActor(t.db, { owner: [c40.id] });
  icleiEditor = await makeActor(t.db, { editor: [iclei.id] });
  officer = await makeActor(t.db, { cityOfficer: [wuhan.id] });
  partnerMember = await makeActor(t.db, { partner: [wri.id] });
  moderator = await makeActor(t.db, { moderator: true });
  stranger = await makeActor(t.db);
  const s = await makeActor(t.db);
  await t.db.user.update({ where: { id: s.id }, data: { suspendedUntil: new Date(Date.now() + 86_400_000) } });
  suspended = (await loadActor(t.db, s.id))!;
});
afterAll(() => t.close());

describe("createThread", () => {
  it("lets staff speak for their network, numbers the opening post 1 and counts it in the category", async () => {
    const { threadId } = await createThread(ctx(c40Owner), thread({ speakerKind: "NETWORK", speakerId: c40.id }));
    const th = await t.db.forumThread.findUniqueOrThrow({ where: { id: threadId }, include: { posts: true, tags: { include: { tag: true } } } });
    expect(th.postCount).toBe(1);
    expect(th.speakerKind).toBe("NETWORK");
    expect(th.posts[0]).toMatchObject({ number: 1, networkId: c40.id, speakerKind: "NETWORK" });
    expect(th.tags.map((x) => x.tag.slug).sort()).toEqual(["adaptation", "heat"]);
    expect((await t.db.forumCategory.findUniqueOrThrow({ where: { id: dialogueId } })).threadCount).toBe(1);
    expect(await t.db.forumThreadFollow.count({ where: { threadId, userId: c40Owner.id } })).toBe(1);
  });

  it("refuses speaking for a network, city or partner the actor does not belong to", async () => {
    expect(await codeOf(createThread(ctx(icleiEditor), thread({ speakerKind: "NETWORK", speakerId: c40.id })))).toBe("FORBIDDEN");
    expect(await codeOf(createThread(ctx(c40Owner), thread({ speakerKind: "CITY", speakerId: wuhan.id })))).toBe("FORBIDDEN");
    expect(await codeOf(createThread(ctx(stranger), thread({ speakerKind: "PARTNER", speakerId: wri.id, disclosure: "We fund it" })))).toBe("FORBIDDEN");
  });

  it("requires a disclosure of interest when speaking for a partner", async () => {
    expect(await fieldsOf(createThread(ctx(partnerMember), thread({ speakerKind: "PARTNER", speakerId: wri.id })))).toEqual(["disclosure"]);
    const { threadId } = await createThread(ctx(partnerMember), thread({ speakerKind: "PARTNER", speakerId: wri.id, disclosure: "WRI runs a heat resilience programme" }));
    const post = await t.db.forumPost.findFirstOrThrow({ where: { threadId } });
    expect(post.disclosure).toBe("WRI runs a heat resilience programme");
  });

  it("refuses anonymous and suspended people", async () => {
    expect(await codeOf(createThread(ctx(null), thread()))).toBe("UNAUTHORIZED");
    expect(await codeOf(createThread(ctx(suspended), thread()))).toBe("FORBIDDEN");
    // The suspended person is told until when, not just "not allowed".
    await expect(createThread(ctx(suspended), thread())).rejects.toMatchObject({
      message: "moderation.limits.suspended",
      details: { params: { until: suspended.suspendedUntil!.toISOString().slice(0, 10) } },
    });
  });

  it("explains a missing title or body and an unknown attachment", async () => {
    expect(await fieldsOf(createThread(ctx(stranger), thread({ title: "", body: "" })))).toEqual(["title", "body"]);
    expect(await fieldsOf(createThread(ctx(stranger), thread({ attachment: { kind: "initiative", id: "nope" } })))).toEqual(["attachment"]);
  });

  it("notifies followers of the category, but not the author", async () => {
    await followCategory(ctx(officer), { categoryId: climateId, follow: true });
    await followCategory(ctx(c40Owner), { categoryId: climateId, follow: true });
    await createThread(ctx(c40Owner), thread({ categoryId: climateId, title: "Cooling corridors" }));
    expect(await t.db.notification.count({ where: { userId: officer.id, kind: "forum.notify.newThread" } })).toBe(1);
    expect(await t.db.notification.count({ where: { userId: c40Owner.id, kind: "forum.notify.newThread" } })).toBe(0);
  });
});

describe("reply", () => {
  it("numbers concurrent replies without collision and keeps counters right", async () => {
    const { threadId } = await createThread(ctx(c40Owner), thread({ title: "Concurrent replies" }));
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => reply(ctx(i % 2 ? icleiEditor : officer), { threadId, body: `Reply number ${i}` })),
    );
    expect(results.map((r) => r.number).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    const th = await t.db.forumThread.findUniqueOrThrow({ where: { id: threadId } });
    expect(th).toMatchObject({ postCount: 9, replyCount: 8 });
  });

  it("refuses replies to a locked thread except from moderators, and from suspended people", async () => {
    const { threadId } = await createThread(ctx(c40Owner), thread({ title: "Locked thread" }));
    expect(await codeOf(reply(ctx(suspended), { threadId, body: "Let me in" }))).toBe("FORBIDDEN");
    await t.db.forumThread.update({ where: { id: threadId }, data: { lockedAt: new Date() } });
    expect(await codeOf(reply(ctx(icleiEditor), { threadId, body: "Still here?" }))).toBe("FORBIDDEN");
    expect(await codeOf(reply(ctx(moderator), { threadId, body: "Closing note from the moderators" }))).toBeNull();
  });

  it("notifies the person replied to, people mentioned, a mentioned network's staff and followers — each once", async () => {
    const { threadId, postId } = await createThread(ctx(c40Owner), thread({ title: "Mentions" }));
    await followThread(ctx(stranger), { threadId, follow: true });
    await reply(ctx(icleiEditor), {
      threadId,
      replyToId: postId,
      body: `> quoted\n\nAs @C40 knows, @[${officer.name}](user:${officer.id}) published one.`,
      speakerKind: "NETWORK",
      speakerId: iclei.id,
    });
    const kinds = async (userId: string) => (await t.db.notification.findMany({ where: { userId, link: { contains: threadId } }, select: { kind: true } })).map((n) => n.kind);
    expect(await kinds(c40Owner.id)).toEqual(["forum.notify.mention"]);
    expect(await kinds(officer.id)).toEqual(["forum.notify.mention"]);
    expect(await kinds(stranger.id)).toEqual(["forum.notify.reply"]);
    expect(await kinds(icleiEditor.id)).toEqual([]);
    expect(await t.db.forumMention.count({ where: { post: { threadId } } })).toBe(2);
  });

  it("tells the author of the post replied to", async () => {
    const { threadId } = await createThread(ctx(c40Owner), thread({ title: "Reply to you" }));
    const first = await reply(ctx(officer), { threadId, body: "Wuhan has a sponge city plan." });
    await reply(ctx(icleiEditor), { threadId, body: "Which districts?", replyToId: first.postId });
    expect(await t.db.notification.count({ where: { userId: officer.id, kind: "forum.notify.replyToYou", link: { contains: threadId } } })).toBe(1);
  });
});

describe("editPost", () => {
  it("keeps the previous text as a revision and refuses a stale version", async () => {
    const { threadId, postId } = await createThread(ctx(c40Owner), thread({ title: "Edits" }));
    await editPost(ctx(c40Owner), { postId, version: 1, body: "Corrected question text", title: "Edits, corrected" });
    expect(await codeOf(editPost(ctx(c40Owner), { postId, version: 1, body: "Another edit from an old tab" }))).toBe("CONFLICT");
    const history = await postHistory(ctx(stranger), postId);
    expect(history?.revisions.map((r) => [r.version, r.body, r.title])).toEqual([[1, "How do your member cities publish their heat action plans?", "Heat action plans across networks".replace("Heat action plans across networks", "Edits")]]);
    expect((await t.db.forumThread.findUniqueOrThrow({ where: { id: threadId } })).title).toBe("Edits, corrected");
  });

  it("lets only the author (or a moderator) edit, and not in a locked thread", async () => {
    const { threadId, postId } = await createThread(ctx(c40Owner), thread({ title: "Who edits" }));
    expect(await codeOf(editPost(ctx(icleiEditor), { postId, version: 1, body: "Vandalism attempt" }))).toBe("FORBIDDEN");
    expect(await codeOf(editPost(ctx(null), { postId, version: 1, body: "Anonymous edit" }))).toBe("UNAUTHORIZED");
    await t.db.forumThread.update({ where: { id: threadId }, data: { lockedAt: new Date() } });
    expect(await codeOf(editPost(ctx(c40Owner), { postId, version: 1, body: "Edit after lock" }))).toBe("FORBIDDEN");
    expect(await codeOf(editPost(ctx(moderator), { postId, version: 1, body: "Moderator fixed a link" }))).toBeNull();
  });

  it("notifies only mentions that are new in the edit", async () => {
    const { threadId } = await createThread(ctx(c40Owner), thread({ title: "Mention edits" }));
    const r = await reply(ctx(icleiEditor), { threadId, body: `Hello @[${officer.name}](user:${officer.id})` });
    await editPost(ctx(icleiEditor), { postId: r.postId, version: 1, body: `Hello @[${officer.name}](user:${officer.id}) and @[${partnerMember.name}](user:${partnerMember.id})` });
    const count = (userId: string) => t.db.notification.count({ where: { userId, kind: "forum.notify.mention", link: { contains: threadId } } });
    expect(await count(officer.id)).toBe(1);
    expect(await count(partnerMember.id)).toBe(1);
  });
});

describe("deletePost", () => {
  it("lets authors delete their own, keeps the number and shows a placeholder; moderators delete anything", async () => {
    const { threadId } = await createThread(ctx(c40Owner), thread({ title: "Deletions" }));
    const a = await reply(ctx(icleiEditor), { threadId, body: "First reply" });
    const b = await reply(ctx(officer), { threadId, body: "Second reply" });
    expect(await codeOf(deletePost(ctx(officer), { postId: a.postId }))).toBe("FORBIDDEN");
    await deletePost(ctx(icleiEditor), { postId: a.postId });
    await deletePost(ctx(moderator), { postId: b.postId });
    const { posts } = await listPosts(ctx(stranger), { threadId });
    expect(posts.map((p) => [p.number, p.state, p.markdown])).toEqual([
      [1, "visible", "How do your member cities publish their heat action plans?"],
      [2, "deleted", null],
      [3, "deleted", null],
    ]);
    expect((await t.db.forumThread.findUniqueOrThrow({ where: { id: threadId } })).replyCount).toBe(0);
    expect(await t.db.auditLog.count({ where: { action: "forum.post.delete", entityId: b.postId } })).toBe(1);
  });

  it("deleting the opening post removes the thread from lists and search", async () => {
    const { threadId, postId } = await createThread(ctx(c40Owner), thread({ title: "Zanzibar seaweed cooperative" }));
    expect((await search(t.db, { q: "Zanzibar seaweed", kind: "FORUM_POST", limit: 10, offset: 0 })).hits.length).toBeGreaterThan(0);
    await deletePost(ctx(c40Owner), { postId });
    expect(await getThread(ctx(c40Owner), threadId)).toBeNull();
    expect((await search(t.db, { q: "Zanzibar seaweed", kind: "FORUM_POST", limit: 10, offset: 0 })).hits.length).toBe(0);
  });
});

describe("likes and accepted answers", () => {
  it("likes others' posts once, never one's own", async () => {
    const { threadId, postId } = await createThread(ctx(c40Owner), thread({ title: "Likes" }));
    expect(await codeOf(setLike(ctx(c40Owner), { postId, liked: true }))).toBe("FORBIDDEN");
    expect(await codeOf(setLike(ctx(suspended), { postId, liked: true }))).toBe("FORBIDDEN");
    await setLike(ctx(icleiEditor), { postId, liked: true });
    expect((await setLike(ctx(icleiEditor), { postId, liked: true })).likeCount).toBe(1);
    expect((await setLike(ctx(officer), { postId, liked: true })).likeCount).toBe(2);
    expect((await setLike(ctx(officer), { postId, liked: false })).likeCount).toBe(1);
    const [opening] = (await listPosts(ctx(icleiEditor), { threadId })).posts;
    expect(opening).toMatchObject({ likeCount: 1, liked: true });
  });

  it("lets the thread author or a moderator accept a reply, nobody else", async () => {
    const { threadId, postId } = await createThread(ctx(c40Owner), thread({ title: "Accepting" }));
    const answer = await reply(ctx(icleiEditor), { threadId, body: "Here is how Bonn does it." });
    expect(await codeOf(acceptAnswer(ctx(icleiEditor), { threadId, postId: answer.postId }))).toBe("FORBIDDEN");
    expect(await fieldsOf(acceptAnswer(ctx(c40Owner), { threadId, postId }))).toEqual(["postId"]);
    await acceptAnswer(ctx(c40Owner), { threadId, postId: answer.postId });
    expect((await getThread(ctx(null), threadId))?.acceptedPostId).toBe(answer.postId);
    await acceptAnswer(ctx(moderator), { threadId, postId: null });
    expect((await getThread(ctx(null), threadId))?.acceptedPostId).toBeNull();
  });
});

describe("hidden posts", () => {
  it("show their text and reason to the author, a placeholder to others, greyed text to moderators", async () => {
    const { threadId } = await createThread(ctx(c40Owner), thread({ title: "Hidden posts" }));
    const r = await reply(ctx(icleiEditor), { threadId, body: "Buy quokka tokens now" });
    await t.db.forumPost.update({ where: { id: r.postId }, data: { hiddenAt: new Date(), hiddenReason: "Spam" } });
    const view = async (a: Actor | null) => (await listPosts(ctx(a), { threadId })).posts.find((p) => p.number === 2)!;
    expect(await view(icleiEditor)).toMatchObject({ state: "hidden", source: "Buy quokka tokens now", hiddenReason: "Spam" });
    expect(await view(stranger)).toMatchObject({ state: "hidden", source: null, markdown: null, hiddenReason: null });
    expect(await view(moderator)).toMatchObject({ state: "hidden", source: "Buy quokka tokens now" });
  });

  it("drop out of search when reindexed after hiding", async () => {
    const { threadId } = await createThread(ctx(c40Owner), thread({ title: "Searchable" }));
    const r = await reply(ctx(icleiEditor), { threadId, body: "Marimba pavilion cooling" });
    const hits = () => search(t.db, { q: "marimba pavilion", kind: "FORUM_POST", limit: 10, offset: 0 }).then((s) => s.hits.map((h) => h.entityId));
    expect(await hits()).toEqual([r.postId]);
    await t.db.$transaction(async (tx) => {
      await tx.forumPost.update({ where: { id: r.postId }, data: { hiddenAt: new Date(), hiddenReason: "Spam" } });
      await reindex(tx, "FORUM_POST", [r.postId]);
    });
    expect(await hits()).toEqual([]);
  });

  it("hidden threads leave lists for everyone but moderators", async () => {
    const { threadId } = await createThread(ctx(c40Owner), thread({ categoryId: climateId, title: "A thread to hide" }));
    await t.db.forumThread.update({ where: { id: threadId }, data: { hiddenAt: new Date() } });
    const ids = async (a: Actor | null) => (await listThreads(ctx(a), { categorySlug: "climate" })).threads.map((th) => th.id);
    expect(await ids(stranger)).not.toContain(threadId);
    expect(await ids(moderator)).toContain(threadId);
    expect(await getThread(ctx(stranger), threadId)).toBeNull();
  });
});

describe("lists, unread and drafts", () => {
  it("pages through a category by keyset, pinned first, and filters city voices", async () => {
    const category = await t.db.forumCategory.findUniqueOrThrow({ where: { slug: "housing" } });
    const base = Date.UTC(2026, 0, 1);
    await t.db.forumThread.createMany({
      data: Array.from({ length: 7 }, (_, i) => ({ categoryId: category.id, title: `Housing ${i}`, lastPostAt: new Date(base + i * 60_000), speakerKind: i % 3 === 0 ? ("CITY" as const) : ("INDIVIDUAL" as const) })),
    });
    await t.db.forumThread.updateMany({ where: { title: "Housing 0" }, data: { pinnedAt: new Date() } });
    const first = await listThreads(ctx(null), { categorySlug: "housing", take: 3 });
    expect(first.pinned.map((th) => th.title)).toEqual(["Housing 0"]);
    expect(first.threads.map((th) => th.title)).toEqual(["Housing 6", "Housing 5", "Housing 4"]);
    const second = await listThreads(ctx(null), { categorySlug: "housing", take: 3, cursor: first.nextCursor! });
    expect(second.pinned).toEqual([]);
    expect(second.threads.map((th) => th.title)).toEqual(["Housing 3", "Housing 2", "Housing 1"]);
    expect(second.nextCursor).toBeNull();
    const cities = await listThreads(ctx(null), { categorySlug: "housing", cities: true });
    expect([...cities.pinned, ...cities.threads].map((th) => th.title)).toEqual(["Housing 0", "Housing 6", "Housing 3"]);
  });

  it("counts what is new since the last visit", async () => {
    const { threadId } = await createThread(ctx(c40Owner), thread({ categoryId: climateId, title: "Unread tracking" }));
    await markRead(t.db, stranger.id, threadId, 1);
    await reply(ctx(icleiEditor), { threadId, body: "New one" });
    await reply(ctx(officer), { threadId, body: "Another new one" });
    const card = (await listThreads(ctx(stranger), { categorySlug: "climate" })).threads.find((th) => th.id === threadId);
    expect(card?.unread).toBe(2);
    expect((await listCategories(ctx(stranger))).find((c) => c.slug === "climate")?.unreadThreads).toBe(1);
    await markRead(t.db, stranger.id, threadId, 3);
    await markRead(t.db, stranger.id, threadId, 2);
    expect((await getThread(ctx(stranger), threadId))?.lastReadNumber).toBe(3);
  });

  it("pages posts by number in both directions and jumps to a post", async () => {
    const { threadId } = await createThread(ctx(c40Owner), thread({ title: "Long thread" }));
    for (let i = 0; i < 6; i++) await reply(ctx(i % 2 ? officer : icleiEditor), { threadId, body: `Reply ${i}`, ...(i % 2 ? { speakerKind: "CITY" as const, speakerId: wuhan.id } : {}) });
    const page = await listPosts(ctx(null), { threadId, take: 3 });
    expect(page.posts.map((p) => p.number)).toEqual([1, 2, 3]);
    expect([page.previousBefore, page.nextAfter]).toEqual([null, 3]);
    const next = await listPosts(ctx(null), { threadId, take: 3, after: 3 });
    expect(next.posts.map((p) => p.number)).toEqual([4, 5, 6]);
    expect([next.previousBefore, next.nextAfter]).toEqual([4, 6]);
    const back = await listPosts(ctx(null), { threadId, take: 2, before: 4 });
    expect(back.posts.map((p) => p.number)).toEqual([2, 3]);
    expect((await listPosts(ctx(null), { threadId, take: 2, from: 6 })).posts.map((p) => p.number)).toEqual([6, 7]);
    expect((await listPosts(ctx(null), { threadId, cities: true })).posts.map((p) => p.number)).toEqual([3, 5, 7]);
  });

  it("keeps a draft per person and clears it when the reply is posted", async () => {
    const { threadId } = await createThread(ctx(c40Owner), thread({ title: "Drafts" }));
    const key = `reply:${threadId}`;
    expect(await codeOf(saveDraft(ctx(null), { key, body: "x" }))).toBe("UNAUTHORIZED");
    await saveDraft(ctx(icleiEditor), { key, body: "Half-written thought" });
    expect((await getDraft(ctx(icleiEditor), { key }))?.body).toBe("Half-written thought");
    expect(await getDraft(ctx(officer), { key })).toBeNull();
    await reply(ctx(icleiEditor), { threadId, body: "Finished thought" });
    expect(await getDraft(ctx(icleiEditor), { key })).toBeNull();
  });
});

describe("mentions", () => {
  it("parses people handles and network handles, ignoring code and e-mail addresses", () => {
    expect(parseMentions("Hi @[Ana María](user:u1), see @C40 and @uclg; mail a@b.org; `@notme`")).toEqual({ userIds: ["u1"], handles: ["c40", "uclg"] });
  });

  it("suggests people and networks to the signed-in", async () => {
    const found = await mentionCandidates(ctx(stranger), { q: "c40" });
    expect(found.networks.map((n) => n.handle)).toContain("C40");
    expect(await codeOf(mentionCandidates(ctx(null), { q: "c40" }))).toBe("UNAUTHORIZED");
  });

  it("offers each person the affiliations they may speak for", async () => {
    expect((await speakerChoices(t.db, c40Owner)).map((c) => c.kind)).toEqual(["NETWORK"]);
    expect((await speakerChoices(t.db, partnerMember)).map((c) => c.kind)).toEqual(["PARTNER"]);
    expect(await speakerChoices(t.db, stranger)).toEqual([]);
  });
});

describe("popularTags", () => {
  it("counts tags of visible threads in a category, most used first", async () => {
    const tags = await popularTags(t.db, dialogueId);
    expect(tags[0]).toMatchObject({ slug: "adaptation" });
    expect(tags.map((g) => g.slug)).toEqual(expect.arrayContaining(["heat", "adaptation"]));
  });
});
