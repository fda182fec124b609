import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/server/test/db";
import { search } from "@/server/search/query";
import { seed } from "./seed";
import { seedPostId, seedThreadId } from "./seed-forum";
import { seedThreads } from "./seed-forum-threads";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seed(t.db, { demo: false });
}, 120_000);
afterAll(() => t.close());

const forumCounts = (db: TestDb["db"]) =>
  Promise.all([db.forumThread.count(), db.forumPost.count(), db.forumLike.count(), db.forumTag.count(), db.forumThreadTag.count(), db.forumThreadFollow.count()]);

describe("forum seed", () => {
  it("starts at least 20 threads in four languages across six categories, between people of several networks, cities and partners", async () => {
    const threads = await t.db.forumThread.findMany({ where: { isSeed: true }, select: { language: true, categoryId: true } });
    expect(threads.length).toBeGreaterThanOrEqual(20);
    expect(new Set(threads.map((th) => th.language))).toEqual(new Set(["en", "fr", "es", "zh"]));
    expect(new Set(threads.map((th) => th.categoryId)).size).toBeGreaterThanOrEqual(6);
    const mechanisms = await t.db.forumCategory.findMany({ where: { slug: { in: ["dialogue", "secretariat-exchange", "frameworks", "city-challenges"] } }, select: { threadCount: true } });
    expect(mechanisms.every((c) => c.threadCount > 0)).toBe(true);

    const posts = await t.db.forumPost.findMany({ where: { isSeed: true }, select: { speakerKind: true, networkId: true, cityId: true, partnerId: true, disclosure: true, authorId: true } });
    expect(new Set(posts.flatMap((p) => (p.networkId ? [p.networkId] : []))).size).toBeGreaterThanOrEqual(4);
    expect(new Set(posts.flatMap((p) => (p.cityId ? [p.cityId] : []))).size).toBeGreaterThanOrEqual(3);
    expect(new Set(posts.flatMap((p) => (p.partnerId ? [p.partnerId] : []))).size).toBeGreaterThanOrEqual(1);
    // Every post speaks for exactly its author's organisation, and partners disclose their interest.
    for (const p of posts) {
      expect(p.authorId).not.toBeNull();
      const kind = p.networkId ? "NETWORK" : p.cityId ? "CITY" : p.partnerId ? "PARTNER" : "INDIVIDUAL";
      expect(p.speakerKind).toBe(kind);
      expect([p.networkId, p.cityId, p.partnerId].filter(Boolean).length).toBe(1);
      expect(Boolean(p.disclosure)).toBe(kind === "PARTNER");
    }
  });

  it("keeps every counter consistent with the rows", async () => {
    const threads = await t.db.forumThread.findMany({
      where: { isSeed: true },
      select: {
        id: true, postCount: true, replyCount: true, lastPostAt: true, lastPostById: true, acceptedPostId: true,
        posts: { orderBy: { number: "asc" }, select: { id: true, number: true, authorId: true, createdAt: true, likeCount: true, replyToId: true, _count: { select: { likes: true } } } },
        _count: { select: { tags: true } },
      },
    });
    for (const th of threads) {
      const last = th.posts.at(-1)!;
      expect(th.posts.map((p) => p.number)).toEqual(th.posts.map((_, i) => i + 1));
      expect(th.posts.length).toBeGreaterThanOrEqual(3);
      expect(th.posts.length).toBeLessThanOrEqual(9);
      expect(th).toMatchObject({ postCount: th.posts.length, replyCount: th.posts.length - 1, lastPostAt: last.createdAt, lastPostById: last.authorId });
      expect(th._count.tags).toBeGreaterThan(0);
      const ids = new Set(th.posts.map((p) => p.id));
      for (const p of th.posts) {
        expect(p.likeCount).toBe(p._count.likes);
        if (p.replyToId) expect(ids.has(p.replyToId)).toBe(true);
        expect(p.createdAt.getTime()).toBeLessThanOrEqual(Date.now());
      }
      if (th.acceptedPostId) expect(ids.has(th.acceptedPostId) && th.acceptedPostId !== th.posts[0]!.id).toBe(true);
    }
    expect(threads.filter((th) => th.acceptedPostId).length).toBeGreaterThanOrEqual(1);
    expect(await t.db.forumPost.count({ where: { isSeed: true, replyToId: { not: null } } })).toBeGreaterThanOrEqual(20);
    expect(await t.db.forumPost.count({ where: { isSeed: true, body: { startsWith: ">" } } })).toBeGreaterThanOrEqual(10);
    expect(await t.db.forumLike.count()).toBeGreaterThanOrEqual(50);

    const categories = await t.db.forumCategory.findMany({ select: { threadCount: true, lastPostAt: true, threads: { select: { lastPostAt: true } } } });
    for (const c of categories) {
      expect(c.threadCount).toBe(c.threads.length);
      const latest = c.threads.reduce<Date | null>((max, th) => (!max || th.lastPostAt > max ? th.lastPostAt : max), null);
      expect(c.lastPostAt).toEqual(latest);
    }
  });

  it("attaches threads to the seeded initiatives and practices", async () => {
    const heat = await t.db.forumThread.findUniqueOrThrow({ where: { id: seedThreadId("heat-action-plans") }, select: { practice: { select: { slug: true } } } });
    expect(heat.practice?.slug).toBe("ahmedabad-heat-action-plan");
    const attached = await t.db.forumThread.count({ where: { isSeed: true, OR: [{ initiativeId: { not: null } }, { practiceId: { not: null } }] } });
    const wanted = seedThreads.filter((th) => th.attach?.initiative || th.attach?.practice).length;
    expect(attached).toBe(wanted);
    // Frameworks, events and challenges are seeded before the forum: threads attach to them when they exist.
    const [threads, framework, event, challenge] = await Promise.all([
      t.db.forumThread.findMany({
        where: { id: { in: ["crf-cdp-reporting", "calendario-eventos-redes", "nairobi-flood-early-warning"].map(seedThreadId) } },
        select: { id: true, frameworkId: true, eventId: true, challengeId: true },
      }),
      t.db.framework.findFirst({ where: { title: { contains: "Common Reporting Framework" } }, orderBy: { createdAt: "asc" }, select: { id: true } }),
      t.db.event.findFirst({ where: { title: { contains: "World Urban Forum" } }, orderBy: { startsAt: "asc" }, select: { id: true } }),
      t.db.cityChallenge.findFirst({ where: { city: { slug: "nairobi" } }, orderBy: { createdAt: "asc" }, select: { id: true } }),
    ]);
    const byId = new Map(threads.map((th) => [th.id, th]));
    expect(byId.get(seedThreadId("crf-cdp-reporting"))?.frameworkId ?? null).toBe(framework?.id ?? null);
    expect(byId.get(seedThreadId("calendario-eventos-redes"))?.eventId ?? null).toBe(event?.id ?? null);
    expect(byId.get(seedThreadId("nairobi-flood-early-warning"))?.challengeId ?? null).toBe(challenge?.id ?? null);
  });

  it("puts the posts in the search index", async () => {
    const { hits } = await search(t.db, { q: "refugis climàtics", kind: "FORUM_POST", limit: 5, offset: 0 });
    const post = await t.db.forumPost.findUniqueOrThrow({ where: { id: seedPostId("heat-action-plans", 3) }, select: { body: true } });
    expect(post.body).toContain("refugis climàtics");
    expect(hits.map((h) => h.entityId)).toContain(seedPostId("heat-action-plans", 3));
    const zh = await search(t.db, { q: "海绵城市", kind: "FORUM_POST", limit: 5, offset: 0 });
    expect(zh.hits.length).toBeGreaterThan(0);
  });

  it("adds nothing on a second run", async () => {
    const before = await forumCounts(t.db);
    const categories = await t.db.forumCategory.findMany({ orderBy: { slug: "asc" }, select: { slug: true, threadCount: true, lastPostAt: true } });
    await seed(t.db, { demo: false });
    expect(await forumCounts(t.db)).toEqual(before);
    expect(await t.db.forumCategory.findMany({ orderBy: { slug: "asc" }, select: { slug: true, threadCount: true, lastPostAt: true } })).toEqual(categories);
  });
});
