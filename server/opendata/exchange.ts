import type { Db } from "@/server/db/client";
import { Prisma } from "@/server/db/generated/client";
import { encodeCursor } from "./cursor";
import type { CsvCell } from "./csv";
import { inOrder, likeAny, lower, pageOfIds, type ListInput, type Page } from "./data";
import { answer, table } from "./http";
import { parseOpenDataQuery } from "./query";

// Open data of the secretariat exchange: requests of verified networks with how many offers they
// drew, their sessions, and their public learning records. Learning records marked internal to
// the participants are never part of it, nor are the people who took part (only their networks).

export type OpenExchangeRequest = {
  slug: string;
  title: string;
  /** Plain text as the requester wrote it. */
  description: string;
  topic: string;
  format: string;
  status: "open" | "scheduled" | "completed" | "closed";
  windowStart: string;
  windowEnd: string;
  /** Slug of the requesting network. */
  network: string;
  offers: number;
  /** Slugs of the networks whose offers were accepted. */
  acceptedNetworks: string[];
  sessions: { startsAt: string; timeZone: string; durationMinutes: number; format: string; networks: string[] }[];
  learnings: { id: string; network: string; title: string; body: string; createdAt: string; url: string }[];
  createdAt: string;
  seed: boolean;
  url: string;
};

const day = (date: Date) => date.toISOString().slice(0, 10);

export async function openExchangeRequests(db: Db, input: ListInput, baseUrl: string): Promise<Page<OpenExchangeRequest>> {
  const { ids, last } = await pageOfIds(
    db,
    "ExchangeRequest",
    likeAny([Prisma.sql`t.title`, Prisma.sql`t.description`]),
    Prisma.sql`EXISTS (SELECT 1 FROM "Network" n WHERE n.id = t."networkId" AND n.status = 'VERIFIED')`,
    input,
  );
  const rows = await db.exchangeRequest.findMany({
    where: { id: { in: ids } },
    select: {
      id: true, slug: true, title: true, description: true, topic: true, format: true, status: true,
      windowStart: true, windowEnd: true, createdAt: true, isSeed: true,
      network: { select: { slug: true } },
      _count: { select: { offers: true } },
      offers: { where: { status: "ACCEPTED" }, orderBy: { network: { slug: "asc" } }, select: { network: { select: { slug: true } } } },
      sessions: {
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
        select: { startsAt: true, timeZone: true, durationMinutes: true, format: true, participants: { select: { network: { select: { slug: true } } } } },
      },
      learnings: {
        where: { internal: false },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, title: true, body: true, createdAt: true, network: { select: { slug: true } } },
      },
    },
  });
  return {
    data: inOrder(ids, rows).map((r) => {
      const url = `${baseUrl}/exchange/${r.slug}`;
      return {
        slug: r.slug,
        title: r.title,
        description: r.description,
        topic: lower(r.topic),
        format: lower(r.format),
        status: lower(r.status),
        windowStart: day(r.windowStart),
        windowEnd: day(r.windowEnd),
        network: r.network.slug,
        offers: r._count.offers,
        acceptedNetworks: r.offers.map((o) => o.network.slug),
        sessions: r.sessions.map((s) => ({
          startsAt: s.startsAt.toISOString(),
          timeZone: s.timeZone,
          durationMinutes: s.durationMinutes,
          format: lower(s.format),
          networks: [...new Set(s.participants.map((p) => p.network.slug))].sort(),
        })),
        learnings: r.learnings.map((l) => ({
          id: l.id,
          network: l.network.slug,
          title: l.title,
          body: l.body,
          createdAt: l.createdAt.toISOString(),
          url: `${url}#learning-${l.id}`,
        })),
        createdAt: r.createdAt.toISOString(),
        seed: r.isSeed,
        url,
      };
    }),
    nextCursor: last ? encodeCursor(last) : null,
  };
}

export const exchangeCsv = {
  header: [
    "slug", "title", "topic", "format", "status", "windowStart", "windowEnd", "network", "offers", "acceptedNetworks",
    "sessions", "firstSessionStartsAt", "learnings", "learningTitles", "createdAt", "seed", "url",
  ],
  row: (r: OpenExchangeRequest): CsvCell[] => [
    r.slug, r.title, r.topic, r.format, r.status, r.windowStart, r.windowEnd, r.network, r.offers, r.acceptedNetworks,
    r.sessions.length, r.sessions[0]?.startsAt ?? null, r.learnings.length, r.learnings.map((l) => l.title), r.createdAt, r.seed, r.url,
  ],
} as const;

/** GET /api/v1/exchange: keyset-paged requests, JSON or CSV. */
export function exchangeResponse(getDb: () => Db, request: Request): Promise<Response> {
  return answer(getDb, request, "exchange", parseOpenDataQuery, async (db, q, base) => table(await openExchangeRequests(db, q, base), exchangeCsv));
}
