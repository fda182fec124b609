import type { Db } from "./client";
import type { Prisma, SpeakerKind } from "./generated/client";
import type { PersonaKey, SeedPerson } from "./seed-people";
import { seedTags, seedThreads, type SeedThread } from "./seed-forum-threads";
import { ensureForumCategories } from "@/server/forum/categories";

// Seeded threads carry stable ids derived from their key, so seeding again finds them and adds
// nothing. Counters are written from the rows being inserted (and added to the category's), so
// they agree with what the forum service keeps up to date afterwards.

export const seedThreadId = (key: string) => `seed-thread-${key}`;
export const seedPostId = (key: string, number: number) => `seed-post-${key}-${number}`;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** What a partner's post says about its interest when the seed text does not state one. */
const defaultDisclosure = "Speaks for a partner organisation that works with city networks on this topic.";

type Speaker = { speakerKind: SpeakerKind; networkId: string | null; cityId: string | null; partnerId: string | null };
const speakerOf = (person: SeedPerson): Speaker => ({
  speakerKind: person.networkId ? "NETWORK" : person.cityId ? "CITY" : person.partnerId ? "PARTNER" : "INDIVIDUAL",
  networkId: person.networkId,
  cityId: person.cityId,
  partnerId: person.partnerId,
});

type Attachments = Pick<Prisma.ForumThreadCreateManyInput, "initiativeId" | "practiceId" | "frameworkId" | "eventId" | "challengeId">;

/** Looks up every record the seed threads attach to; missing ones are simply left out. */
async function attachmentsOf(tx: Prisma.TransactionClient, threads: SeedThread[]) {
  const slugs = (field: "initiative" | "practice") => threads.flatMap((t) => (t.attach?.[field] ? [t.attach[field]] : []));
  const [initiatives, practices, frameworks, events, challenges] = await Promise.all([
    tx.initiative.findMany({ where: { slug: { in: slugs("initiative") } }, select: { id: true, slug: true } }),
    tx.practice.findMany({ where: { slug: { in: slugs("practice") } }, select: { id: true, slug: true } }),
    tx.framework.findMany({ select: { id: true, title: true }, orderBy: { createdAt: "asc" } }),
    tx.event.findMany({ select: { id: true, title: true }, orderBy: { startsAt: "asc" } }),
    tx.cityChallenge.findMany({
      where: { city: { slug: { in: threads.flatMap((t) => (t.attach?.challengeCity ? [t.attach.challengeCity] : [])) } } },
      select: { id: true, city: { select: { slug: true } } },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const initiative = new Map(initiatives.map((i) => [i.slug, i.id]));
  const practice = new Map(practices.map((p) => [p.slug, p.id]));
  const challenge = new Map<string, string>();
  for (const c of challenges) if (!challenge.has(c.city.slug)) challenge.set(c.city.slug, c.id);
  const byTitle = (rows: { id: string; title: string }[], words?: string[]) =>
    words ? (rows.find((r) => words.some((w) => r.title.toLowerCase().includes(w.toLowerCase())))?.id ?? null) : null;
  return (thread: SeedThread): Attachments => ({
    initiativeId: (thread.attach?.initiative && initiative.get(thread.attach.initiative)) || null,
    practiceId: (thread.attach?.practice && practice.get(thread.attach.practice)) || null,
    frameworkId: byTitle(frameworks, thread.attach?.framework),
    eventId: byTitle(events, thread.attach?.event),
    challengeId: (thread.attach?.challengeCity && challenge.get(thread.attach.challengeCity)) || null,
  });
}

/** Seeds forum conversations between the seed personas (insert-only). */
export async function seedForum(db: Db, people: Map<PersonaKey, SeedPerson>): Promise<void> {
  await ensureForumCategories(db);
  const existing = new Set(
    (await db.forumThread.findMany({ where: { id: { in: seedThreads.map((t) => seedThreadId(t.key)) } }, select: { id: true } })).map((t) => t.id),
  );
  // A thread needs its author; replies of personas whose organisation is missing are left out.
  const missing = seedThreads.filter((t) => !existing.has(seedThreadId(t.key)) && people.has(t.by));
  if (!missing.length) return;
  const now = Date.now();

  await db.$transaction(
    async (tx) => {
      const categories = new Map(
        (await tx.forumCategory.findMany({ where: { slug: { in: missing.map((t) => t.category) } }, select: { id: true, slug: true, lastPostAt: true } })).map(
          (c) => [c.slug, c],
        ),
      );
      await tx.forumTag.createMany({ data: Object.entries(seedTags).map(([slug, name]) => ({ slug, name })), skipDuplicates: true });
      const tagIds = new Map((await tx.forumTag.findMany({ where: { slug: { in: Object.keys(seedTags) } }, select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));
      const attachments = await attachmentsOf(tx, missing);

      const threads: Prisma.ForumThreadCreateManyInput[] = [];
      const posts: Prisma.ForumPostCreateManyInput[] = [];
      const likes: Prisma.ForumLikeCreateManyInput[] = [];
      const follows: Prisma.ForumThreadFollowCreateManyInput[] = [];
      const threadTags: Prisma.ForumThreadTagCreateManyInput[] = [];
      const accepted: { threadId: string; postId: string }[] = [];
      const categoryChanges = new Map<string, { count: number; lastPostAt: Date }>();

      for (const thread of missing) {
        const category = categories.get(thread.category);
        if (!category) continue;
        const threadId = seedThreadId(thread.key);
        const started = now - thread.daysAgo * DAY;
        // The opening post is number 1; replies follow in order, renumbered if a persona is missing.
        const written = [{ by: thread.by, body: thread.body, likes: thread.likes ?? [], original: 1 }, ...thread.replies.map((r, i) => ({ ...r, likes: r.likes ?? [], original: i + 2 }))]
          .filter((p) => people.has(p.by));
        const numberOf = new Map(written.map((p, i) => [p.original, i + 1]));
        const threadPosts = written.map((p, i) => {
          const person = people.get(p.by)!;
          const number = i + 1;
          const createdAt = new Date(started + i * thread.gapHours * HOUR);
          const reply = "replyTo" in p && p.replyTo ? numberOf.get(p.replyTo) : undefined;
          const likers = p.likes.filter((k) => k !== p.by && people.has(k));
          const speaker = speakerOf(person);
          const disclosure = "disclosure" in p && p.disclosure ? p.disclosure : speaker.partnerId ? defaultDisclosure : null;
          posts.push({
            id: seedPostId(thread.key, number),
            threadId,
            number,
            authorId: person.userId,
            body: p.body,
            replyToId: reply ? seedPostId(thread.key, reply) : null,
            ...speaker,
            disclosure: speaker.partnerId ? disclosure : null,
            likeCount: likers.length,
            isSeed: true,
            createdAt,
          });
          for (const liker of likers) likes.push({ postId: seedPostId(thread.key, number), userId: people.get(liker)!.userId, createdAt: new Date(createdAt.getTime() + HOUR) });
          if ("accepted" in p && p.accepted) accepted.push({ threadId, postId: seedPostId(thread.key, number) });
          return { authorId: person.userId, createdAt };
        });
        const last = threadPosts.at(-1)!;
        const author = people.get(thread.by)!;
        threads.push({
          id: threadId,
          categoryId: category.id,
          authorId: author.userId,
          title: thread.title,
          language: thread.language,
          speakerKind: speakerOf(author).speakerKind,
          postCount: threadPosts.length,
          replyCount: threadPosts.length - 1,
          lastPostAt: last.createdAt,
          lastPostById: last.authorId,
          ...attachments(thread),
          isSeed: true,
          createdAt: new Date(started),
          updatedAt: last.createdAt,
        });
        for (const userId of new Set(threadPosts.map((p) => p.authorId))) follows.push({ threadId, userId, createdAt: new Date(started) });
        for (const tag of thread.tags) {
          const tagId = tagIds.get(tag);
          if (tagId) threadTags.push({ threadId, tagId });
        }
        const change = categoryChanges.get(category.id);
        categoryChanges.set(category.id, {
          count: (change?.count ?? 0) + 1,
          lastPostAt: change && change.lastPostAt > last.createdAt ? change.lastPostAt : last.createdAt,
        });
      }

      await tx.forumThread.createMany({ data: threads });
      await tx.forumPost.createMany({ data: posts });
      await tx.forumLike.createMany({ data: likes });
      await tx.forumThreadFollow.createMany({ data: follows, skipDuplicates: true });
      await tx.forumThreadTag.createMany({ data: threadTags });
      for (const a of accepted) await tx.forumThread.update({ where: { id: a.threadId }, data: { acceptedPostId: a.postId } });
      for (const category of categories.values()) {
        const change = categoryChanges.get(category.id);
        if (!change) continue;
        await tx.forumCategory.update({
          where: { id: category.id },
          data: {
            threadCount: { increment: change.count },
            lastPostAt: category.lastPostAt && category.lastPostAt > change.lastPostAt ? category.lastPostAt : change.lastPostAt,
          },
        });
      }
    },
    { timeout: 60_000 },
  );
}
