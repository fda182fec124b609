import type { Actor, Context } from "../../server/auth/actor";
import { loadActor } from "../../server/auth/actor";
import type { Db } from "../../server/db/client";
import { reply } from "../../server/forum/service";
import type { ThreadListInput } from "../../server/forum/input";
import { getCategory, getThread, listPosts, listThreads, popularTags, postsByNumber } from "../../server/forum/read";
import type { Benchmark } from "./registry";

// The forum at scale: one thread with BENCH_FORUM_REPLIES replies, one busy category with
// BENCH_FORUM_THREADS threads (each with an opening post and BENCH_FORUM_POSTS_PER_THREAD replies)
// and a quieter category with BENCH_FORUM_QUIET_THREADS threads whose activity is older than the
// busy one's, filled with set-based SQL. The page benchmarks call what the pages call; posting
// throughput calls the real reply service as established accounts.

export const forumScale = {
  threads: Number(process.env.BENCH_FORUM_THREADS ?? 100_000),
  quietThreads: Number(process.env.BENCH_FORUM_QUIET_THREADS ?? 20_000),
  replies: Number(process.env.BENCH_FORUM_REPLIES ?? 10_000),
  postsPerThread: Number(process.env.BENCH_FORUM_POSTS_PER_THREAD ?? 2),
  sequentialPosts: Number(process.env.BENCH_FORUM_SEQUENTIAL_POSTS ?? 200),
  concurrentPosters: Number(process.env.BENCH_FORUM_POSTERS ?? 4),
  postsPerPoster: Number(process.env.BENCH_FORUM_POSTS_PER_POSTER ?? 50),
};

// The bench accounts are years old (so the tighter limits for new accounts never apply), and the
// per-person posting limits are raised above what one bench poster sends, unless set explicitly.
process.env.FORUM_POSTS_PER_MINUTE ||= "1000";
process.env.FORUM_POSTS_PER_HOUR ||= "5000";

export const BENCH_CATEGORY = "bench-category";
export const QUIET_CATEGORY = "bench-quiet-category";
export const LONG_THREAD = "bench-long-thread";
// Enough people for the sequential poster and both groups of concurrent posters.
const USERS = Math.max(24, 1 + 2 * forumScale.concurrentPosters);
const ESTABLISHED = "2020-01-01 00:00:00";

const postBody = (n: string) => `'Reply ' || ${n} || E' on **bus electrification**: depot charging, grid connection and battery warranties.\\n\\n> quoted line from an earlier post\\n\\nSee the [ZEBRA accelerator](https://www.c40.org/) for procurement notes.'`;

export async function fillForum(db: Db) {
  const started = performance.now();
  const [networks, cities, partners] = await Promise.all([
    db.network.findMany({ where: { status: "VERIFIED" }, select: { id: true }, take: 8, orderBy: { slug: "asc" } }),
    db.city.findMany({ select: { id: true }, take: 8, orderBy: { slug: "asc" } }),
    db.partner.findMany({ select: { id: true }, take: 4, orderBy: { slug: "asc" } }),
  ]);
  // Bench people: a third speak for a network, a third for a city, a few for a partner, the rest for themselves.
  const people = Array.from({ length: USERS }, (_, i) => {
    const kind = i % 6 < 2 ? "NETWORK" : i % 6 < 4 ? "CITY" : i % 6 === 4 ? "PARTNER" : "INDIVIDUAL";
    return {
      i,
      id: `bench-user-${i}`,
      kind,
      networkId: kind === "NETWORK" ? networks[i % networks.length]!.id : null,
      cityId: kind === "CITY" ? cities[i % cities.length]!.id : null,
      partnerId: kind === "PARTNER" ? partners[i % partners.length]!.id : null,
    };
  });
  await db.user.createMany({
    data: people.map((p) => ({ id: p.id, email: `${p.id}@bench.invalid`, name: `Bench Person ${p.i}`, passwordHash: "x", createdAt: new Date(`${ESTABLISHED}Z`) })),
  });
  await db.networkStaff.createMany({ data: people.flatMap((p) => (p.networkId ? [{ userId: p.id, networkId: p.networkId, role: "EDITOR" as const }] : [])), skipDuplicates: true });
  await db.cityOfficer.createMany({ data: people.flatMap((p) => (p.cityId ? [{ userId: p.id, cityId: p.cityId, status: "VERIFIED" as const }] : [])) });
  await db.partnerMember.createMany({ data: people.flatMap((p) => (p.partnerId ? [{ userId: p.id, partnerId: p.partnerId, status: "VERIFIED" as const }] : [])) });
  const category = await db.forumCategory.create({ data: { slug: BENCH_CATEGORY, position: 2000 }, select: { id: true } });

  // Who speaks in post n: person n % USERS, as a SQL lookup table.
  const speakers = `(VALUES ${people
    .map((p) => `(${p.i}, '${p.id}', '${p.kind}'::"SpeakerKind", ${p.networkId ? `'${p.networkId}'` : "NULL"}, ${p.cityId ? `'${p.cityId}'` : "NULL"}, ${p.partnerId ? `'${p.partnerId}'` : "NULL"})`)
    .join(", ")}) AS s(i, "userId", kind, "networkId", "cityId", "partnerId")`;
  const disclosure = `CASE WHEN s.kind = 'PARTNER' THEN 'Works with cities on clean buses.' END`;
  const languages = `(ARRAY['en','en','fr','es','zh']::"Locale"[])[1 + g % 5]`;

  // The category: threads ordered by last activity one minute apart; a few pinned, 1% hidden, 0.5% deleted.
  const perThread = 1 + forumScale.postsPerThread;
  await db.$executeRawUnsafe(`
    INSERT INTO "ForumThread" (id, "categoryId", "authorId", title, language, "speakerKind", "postCount", "replyCount", "lastPostAt", "lastPostById", "pinnedAt", "hiddenAt", "deletedAt", "createdAt", "updatedAt")
    SELECT 'bench-thread-' || g, '${category.id}', s."userId", 'Bench thread ' || g || ' about depot charging for electric buses', ${languages}, s.kind,
      ${perThread}, ${perThread - 1}, TIMESTAMP '2026-06-01' - g * INTERVAL '1 minute', s."userId",
      CASE WHEN g % 25000 = 7 THEN TIMESTAMP '2026-06-01' END,
      CASE WHEN g % 100 = 13 THEN TIMESTAMP '2026-06-01' END,
      CASE WHEN g % 200 = 17 THEN TIMESTAMP '2026-06-01' END,
      TIMESTAMP '2026-06-01' - g * INTERVAL '1 minute' - INTERVAL '1 day', TIMESTAMP '2026-06-01'
    FROM generate_series(1, ${forumScale.threads}) g JOIN ${speakers} ON s.i = g % ${USERS}`);
  await db.$executeRawUnsafe(`
    INSERT INTO "ForumPost" (id, "threadId", number, "authorId", body, "speakerKind", "networkId", "cityId", "partnerId", disclosure, "createdAt")
    SELECT 'bench-thread-' || g || '-' || n, 'bench-thread-' || g, n, s."userId", ${postBody("n")}, s.kind, s."networkId", s."cityId", s."partnerId", ${disclosure},
      TIMESTAMP '2026-06-01' - g * INTERVAL '1 minute' - (${perThread} - n) * INTERVAL '1 second'
    FROM generate_series(1, ${forumScale.threads}) g CROSS JOIN generate_series(1, ${perThread}) n JOIN ${speakers} ON s.i = (g + n - 1) % ${USERS}`);
  await db.$executeRawUnsafe(`
    INSERT INTO "ForumTag" (id, slug, name) SELECT 'bench-tag-' || t, 'bench-tag-' || t, 'Bench tag ' || t FROM generate_series(1, 50) t`);
  await db.$executeRawUnsafe(`
    INSERT INTO "ForumThreadTag" ("threadId", "tagId") SELECT 'bench-thread-' || g, 'bench-tag-' || (1 + g % 50) FROM generate_series(1, ${forumScale.threads}) g WHERE g % 3 = 0`);
  await db.$executeRawUnsafe(`
    UPDATE "ForumCategory" SET "threadCount" = ${forumScale.threads}, "lastPostAt" = TIMESTAMP '2026-06-01' WHERE id = '${category.id}'`);

  // The quieter category: its latest thread is older than every thread of the busy one.
  const quiet = await db.forumCategory.create({ data: { slug: QUIET_CATEGORY, position: 2001, threadCount: forumScale.quietThreads, lastPostAt: new Date("2025-01-01T00:00:00Z") }, select: { id: true } });
  await db.$executeRawUnsafe(`
    INSERT INTO "ForumThread" (id, "categoryId", "authorId", title, language, "speakerKind", "postCount", "lastPostAt", "lastPostById", "createdAt", "updatedAt")
    SELECT 'bench-quiet-' || g, '${quiet.id}', s."userId", 'Quiet thread ' || g || ' about library opening hours', ${languages}, s.kind, 1,
      TIMESTAMP '2025-01-01' - g * INTERVAL '1 minute', s."userId", TIMESTAMP '2024-01-01', TIMESTAMP '2025-01-01'
    FROM generate_series(1, ${forumScale.quietThreads}) g JOIN ${speakers} ON s.i = g % ${USERS}`);
  await db.$executeRawUnsafe(`
    INSERT INTO "ForumPost" (id, "threadId", number, "authorId", body, "speakerKind", "networkId", "cityId", "partnerId", disclosure, "createdAt")
    SELECT 'bench-quiet-' || g || '-1', 'bench-quiet-' || g, 1, s."userId", ${postBody("g")}, s.kind, s."networkId", s."cityId", s."partnerId", ${disclosure},
      TIMESTAMP '2025-01-01' - g * INTERVAL '1 minute'
    FROM generate_series(1, ${forumScale.quietThreads}) g JOIN ${speakers} ON s.i = g % ${USERS}`);

  // The long thread, in a theme category so it sits among ordinary threads: every 7th post
  // answers an earlier one, every 500th is hidden, every 10th has likes.
  const long = await db.forumCategory.findFirstOrThrow({ where: { themeId: { not: null } }, orderBy: { position: "asc" }, select: { id: true } });
  const posts = forumScale.replies + 1;
  await db.$executeRawUnsafe(`
    INSERT INTO "ForumThread" (id, "categoryId", "authorId", title, language, "speakerKind", "postCount", "replyCount", "lastPostAt", "lastPostById", "createdAt", "updatedAt")
    VALUES ('${LONG_THREAD}', '${long.id}', 'bench-user-0', 'A very long conversation on bus electrification', 'en', 'NETWORK', ${posts}, ${posts - 1},
      TIMESTAMP '2026-07-01', 'bench-user-${(posts - 1) % USERS}', TIMESTAMP '2026-01-01', TIMESTAMP '2026-07-01')`);
  await db.$executeRawUnsafe(`
    INSERT INTO "ForumPost" (id, "threadId", number, "authorId", body, "replyToId", "speakerKind", "networkId", "cityId", "partnerId", disclosure, "likeCount", "hiddenAt", "hiddenReason", "createdAt")
    SELECT '${LONG_THREAD}-' || g, '${LONG_THREAD}', g, s."userId", ${postBody("g")},
      CASE WHEN g % 7 = 0 THEN '${LONG_THREAD}-' || (g - 3) END,
      s.kind, s."networkId", s."cityId", s."partnerId", ${disclosure},
      CASE WHEN g % 10 = 0 THEN 3 ELSE 0 END,
      CASE WHEN g % 500 = 0 THEN TIMESTAMP '2026-07-01' END, CASE WHEN g % 500 = 0 THEN 'off-topic' END,
      TIMESTAMP '2026-01-01' + g * INTERVAL '20 minutes'
    FROM generate_series(1, ${posts}) g JOIN ${speakers} ON s.i = (g - 1) % ${USERS}`);
  await db.$executeRawUnsafe(`
    INSERT INTO "ForumLike" ("postId", "userId", "createdAt")
    SELECT '${LONG_THREAD}-' || g, 'bench-user-' || ((g + k) % ${USERS}), TIMESTAMP '2026-07-01'
    FROM generate_series(10, ${posts}, 10) g CROSS JOIN generate_series(1, 3) k`);
  // Followers, so each reply notifies a few people as it would in a real thread.
  await db.$executeRawUnsafe(`
    INSERT INTO "ForumThreadFollow" ("threadId", "userId")
    SELECT t.id, 'bench-user-' || k FROM (VALUES ('${LONG_THREAD}'), ('bench-thread-1'), ('bench-thread-2'), ('bench-thread-3'), ('bench-thread-4')) AS t(id)
    CROSS JOIN generate_series(10, 12) k`);
  await db.$executeRawUnsafe(`ANALYZE`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `forum: filled ${forumScale.threads} threads (${forumScale.threads * perThread} posts) in one category, ${forumScale.quietThreads} in a quieter one and one thread with ${forumScale.replies} replies in ${seconds} s`,
  );
}

const bench = <T>(b: Benchmark<T>) => b as Benchmark<unknown>;
const count = (n: number) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));
const inThread = `forum thread, ${count(forumScale.replies)} replies`;
const inCategory = `forum category, ${count(forumScale.threads)} threads`;
const inQuiet = `forum quiet category, ${count(forumScale.quietThreads)}`;

/** The thread page as the page loads it: header, opening post (and accepted answer), one page of replies. */
async function threadPage(ctx: Context, page: { after?: number; before?: number; cities?: boolean }) {
  const thread = await getThread(ctx, LONG_THREAD);
  if (!thread) throw new Error("bench thread missing");
  const [opening, posts] = await Promise.all([postsByNumber(ctx, LONG_THREAD, [1]), listPosts(ctx, { threadId: LONG_THREAD, ...page })]);
  return { thread, opening, posts };
}

/** The category page as the page loads it: the category, one page of threads and the tag filter's popular tags. */
async function categoryPage(ctx: Context, input: ThreadListInput & { categorySlug: string }) {
  const category = await getCategory(ctx, input.categorySlug);
  if (!category) throw new Error("bench category missing");
  const [page, tags] = await Promise.all([listThreads(ctx, input), popularTags(ctx.db, category.id)]);
  return { category, page, tags };
}

/** A keyset cursor into a category, `depth` threads down (the format listThreads returns). */
async function cursorAt(ctx: Context, slug: string, depth: number) {
  const row = await ctx.db.forumThread.findFirstOrThrow({
    where: { category: { slug }, pinnedAt: null, hiddenAt: null, deletedAt: null },
    orderBy: [{ lastPostAt: "desc" }, { id: "desc" }],
    skip: depth,
    select: { id: true, lastPostAt: true },
  });
  return `${row.lastPostAt.getTime()}.${row.id}`;
}

export const forumBenchmarks: Benchmark[] = [
  bench({ name: `${inThread}: first page`, targetP95Ms: 50, prepare: async () => null, run: (ctx) => threadPage(ctx, {}) }),
  bench({ name: `${inThread}: middle page`, targetP95Ms: 50, prepare: async () => null, run: (ctx) => threadPage(ctx, { after: Math.floor(forumScale.replies / 2) }) }),
  bench({ name: `${inThread}: last page`, targetP95Ms: 50, prepare: async () => null, run: (ctx) => threadPage(ctx, { before: forumScale.replies + 2 }) }),
  bench({ name: `${inThread}: cities, middle`, targetP95Ms: 50, prepare: async () => null, run: (ctx) => threadPage(ctx, { after: Math.floor(forumScale.replies / 2), cities: true }) }),
  bench({ name: `${inCategory}: page 1`, targetP95Ms: 50, prepare: async () => null, run: (ctx) => categoryPage(ctx, { categorySlug: BENCH_CATEGORY }) }),
  bench({
    name: `${inCategory}: at 80% depth`,
    targetP95Ms: 50,
    prepare: (ctx) => cursorAt(ctx, BENCH_CATEGORY, Math.floor(forumScale.threads * 0.8)),
    run: (ctx, cursor) => categoryPage(ctx, { categorySlug: BENCH_CATEGORY, cursor }),
  }),
  bench({ name: `${inCategory}: cities only`, targetP95Ms: 50, prepare: async () => null, run: (ctx) => categoryPage(ctx, { categorySlug: BENCH_CATEGORY, cities: true }) }),
  bench({ name: `${inCategory}: one tag`, targetP95Ms: 50, prepare: async () => null, run: (ctx) => categoryPage(ctx, { categorySlug: BENCH_CATEGORY, tag: "bench-tag-8" }) }),
  bench({ name: `${inCategory}: list only`, targetP95Ms: 50, prepare: async () => null, run: (ctx) => listThreads(ctx, { categorySlug: BENCH_CATEGORY }) }),
  bench({ name: `${inQuiet}: list, page 1`, targetP95Ms: 50, prepare: async () => null, run: (ctx) => listThreads(ctx, { categorySlug: QUIET_CATEGORY }) }),
  bench({
    name: `${inQuiet}: list at 80% depth`,
    targetP95Ms: 50,
    prepare: (ctx) => cursorAt(ctx, QUIET_CATEGORY, Math.floor(forumScale.quietThreads * 0.8)),
    run: (ctx, cursor) => listThreads(ctx, { categorySlug: QUIET_CATEGORY, cursor }),
  }),
  bench({ name: "forum latest threads (all categories)", targetP95Ms: 50, prepare: async () => null, run: (ctx) => listThreads(ctx, {}) }),
];

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Replies by one poster, one after another; returns each reply's duration. */
async function post(db: Db, actor: Actor, threadId: string, count: number, speak: { speakerKind: "NETWORK" | "CITY" | "PARTNER" | "INDIVIDUAL"; speakerId?: string; disclosure?: string }) {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    // Every tenth reply mentions a network, which notifies its staff.
    const mention = i % 10 === 0 ? " @C40 might know." : "";
    await reply({ db, actor }, { threadId, body: `Bench reply ${i}: our depot needs a second grid connection before the next delivery.${mention}`, ...speak });
    times.push(performance.now() - started);
  }
  return times;
}

function speakingAs(actor: Actor) {
  const network = [...actor.staff.keys()][0];
  const city = [...actor.cities][0];
  const partner = [...actor.partners][0];
  if (network) return { speakerKind: "NETWORK" as const, speakerId: network };
  if (city) return { speakerKind: "CITY" as const, speakerId: city };
  if (partner) return { speakerKind: "PARTNER" as const, speakerId: partner, disclosure: "Works with cities on clean buses." };
  return { speakerKind: "INDIVIDUAL" as const };
}

/** Posting throughput through the real reply service: one sequential poster, then several at once on different threads. */
export async function measureForumPosting(db: Db, label: string) {
  const actorOf = async (i: number) => {
    const actor = await loadActor(db, `bench-user-${i}`);
    if (!actor) throw new Error(`bench-user-${i} missing`);
    return actor;
  };
  const line = (name: string, posts: number, ms: number, times: number[]) => {
    times.sort((a, b) => a - b);
    console.log(
      `${label.padEnd(10)} ${name.padEnd(46)} ${(posts / (ms / 1000)).toFixed(1).padStart(7)} posts/s  per reply p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms`,
    );
  };

  const sequential = await actorOf(0);
  await post(db, sequential, LONG_THREAD, 5, speakingAs(sequential));
  let started = performance.now();
  const times = await post(db, sequential, LONG_THREAD, forumScale.sequentialPosts, speakingAs(sequential));
  line(`forum posting: ${forumScale.sequentialPosts} replies, one poster`, forumScale.sequentialPosts, performance.now() - started, times);

  // Several people at once, first on threads of one category (every reply also moves the
  // category's last activity), then on threads of as many different categories.
  const spread = await db.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT ON ("categoryId") id FROM "ForumThread" WHERE "deletedAt" IS NULL AND "hiddenAt" IS NULL AND "lockedAt" IS NULL
    ORDER BY "categoryId", "lastPostAt" DESC LIMIT ${forumScale.concurrentPosters}`;
  const runs = [
    { name: "one category", threads: Array.from({ length: forumScale.concurrentPosters }, (_, i) => `bench-thread-${1 + i}`) },
    { name: `${spread.length} categories`, threads: spread.map((t) => t.id) },
  ];
  for (const [r, run] of runs.entries()) {
    const posters = await Promise.all(run.threads.map((_, i) => actorOf(1 + r * forumScale.concurrentPosters + i)));
    started = performance.now();
    const all = await Promise.all(posters.map((actor, i) => post(db, actor, run.threads[i]!, forumScale.postsPerPoster, speakingAs(actor))));
    line(`forum posting: ${posters.length} posters × ${forumScale.postsPerPoster}, ${run.name}`, posters.length * forumScale.postsPerPoster, performance.now() - started, all.flat());
  }
}
