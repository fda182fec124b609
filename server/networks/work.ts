import type { Db } from "@/server/db/client";

/** How many of each kind a profile section previews. */
export const WORK_PREVIEW = 3;

/**
 * What a network has done on Concord, for its profile: a count and the latest few of each kind.
 * Fourteen queries in one parallel batch, whatever the size of the network (no per-item queries).
 */
export async function getNetworkWork(db: Db, networkId: string, now = new Date()) {
  const initiatives = { state: "PUBLISHED" as const, owners: { some: { networkId, status: "ACCEPTED" as const } } };
  const practices = { state: "PUBLISHED" as const, networkId };
  const memberPractices = { state: "PUBLISHED" as const, cities: { some: { city: { memberships: { some: { networkId } } } } } };
  const events = { hosts: { some: { networkId, status: "ACCEPTED" as const } } };
  const exchanges = { networkId };
  const endorsements = { networkId };
  // Threads where a visible post speaks for the network (an EXISTS subquery, so one query each).
  const threads = {
    deletedAt: null,
    hiddenAt: null,
    posts: { some: { speakerKind: "NETWORK" as const, networkId, deletedAt: null, hiddenAt: null } },
  };
  const [initiativeCount, initiativeItems, practiceCount, practiceItems, memberPracticeCount, memberPracticeItems, eventCount, eventItems, exchangeCount, exchangeItems, endorsementCount, endorsementItems, threadCount, threadItems] =
    await Promise.all([
      db.initiative.count({ where: initiatives }),
      db.initiative.findMany({
        where: initiatives,
        orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
        take: WORK_PREVIEW,
        select: { slug: true, title: true, summary: true, language: true, owners: { where: { networkId }, select: { isLead: true } } },
      }),
      db.practice.count({ where: practices }),
      // Same order as the practices list, so "See all" opens on these first.
      db.practice.findMany({ where: practices, orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }], take: WORK_PREVIEW, select: { slug: true, title: true, language: true } }),
      db.practice.count({ where: memberPractices }),
      db.practice.findMany({ where: memberPractices, orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }], take: WORK_PREVIEW, select: { slug: true, title: true, language: true } }),
      db.event.count({ where: events }),
      // Upcoming first (soonest), then the most recent past ones.
      db.event.findMany({
        where: { ...events, endsAt: { gte: now } },
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
        take: WORK_PREVIEW,
        select: { slug: true, title: true, startsAt: true, timeZone: true, language: true },
      }),
      db.exchangeRequest.count({ where: exchanges }),
      db.exchangeRequest.findMany({
        where: exchanges,
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        take: WORK_PREVIEW,
        select: { slug: true, title: true, status: true },
      }),
      db.frameworkEndorsement.count({ where: endorsements }),
      db.frameworkEndorsement.findMany({
        where: endorsements,
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        take: WORK_PREVIEW,
        select: { framework: { select: { slug: true, title: true } } },
      }),
      db.forumThread.count({ where: threads }),
      db.forumThread.findMany({
        where: threads,
        orderBy: [{ lastPostAt: "desc" }, { id: "asc" }],
        take: WORK_PREVIEW,
        select: { id: true, title: true, language: true, replyCount: true },
      }),
    ]);
  return {
    initiatives: { count: initiativeCount, items: initiativeItems.map(({ owners, ...i }) => ({ ...i, coOwned: !owners[0]?.isLead })) },
    practices: { count: practiceCount, items: practiceItems },
    memberPractices: { count: memberPracticeCount, items: memberPracticeItems },
    events: { count: eventCount, upcoming: eventItems },
    exchanges: { count: exchangeCount, items: exchangeItems },
    endorsements: { count: endorsementCount, items: endorsementItems.map((e) => e.framework) },
    threads: { count: threadCount, items: threadItems },
  };
}

export type NetworkWork = Awaited<ReturnType<typeof getNetworkWork>>;
