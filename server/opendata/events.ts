import { z } from "zod";
import type { Db } from "@/server/db/client";
import { Prisma } from "@/server/db/generated/client";
import { utcToZoned } from "@/server/events/time";
import { encodeCursor } from "./cursor";
import { toCsv, type CsvCell } from "./csv";
import { inOrder, likeAny, type ListInput, type Page } from "./data";
import { corsHeaders, jsonError } from "./http";
import { parseOpenDataQuery } from "./query";

// Open data of co-hosted events and their joint statements. Events give how many seats are taken,
// never who registered. Statements are published once signed: a draft is the hosts' work in
// progress, and a signed text can no longer change.

export type OpenEvent = {
  slug: string;
  title: string;
  summary: string;
  /** Markdown. */
  description: string;
  mode: "online" | "in_person" | "hybrid";
  location: string | null;
  onlineUrl: string | null;
  /** Instants in UTC (ISO 8601, Z). */
  startsAt: string;
  endsAt: string;
  /** IANA zone the event runs in, and its wall-clock times there. */
  timeZone: string;
  localStart: string;
  localEnd: string;
  /** Null means unlimited. */
  capacity: number | null;
  seatsTaken: number;
  seatsLeft: number | null;
  /** Networks that host it and accepted, the creator first. */
  hosts: { slug: string; name: string }[];
  agenda: { title: string; startsAt: string | null }[];
  statements: string[];
  language: string;
  seed: boolean;
  source: string | null;
  url: string;
  ical: string;
};

export type OpenStatement = {
  slug: string;
  title: string;
  /** Markdown. */
  body: string;
  language: string;
  event: string | null;
  /** When the first signature froze the text. */
  frozenAt: string;
  /** In signing order; the list only grows. */
  signatories: { network: string; name: string; signedAt: string }[];
  seed: boolean;
  url: string;
};

/** One keyset page of (slug, id) rows of a table, in byte order like the other lists. */
async function pageOf(db: Db, table: "Event" | "JointStatement", extra: Prisma.Sql | null, columns: Prisma.Sql[], input: ListInput) {
  const conditions: Prisma.Sql[] = extra ? [extra] : [];
  if (input.q) conditions.push(likeAny(columns)(input.q));
  if (input.cursor) conditions.push(Prisma.sql`(t.slug COLLATE "C", t.id COLLATE "C") > (${input.cursor.slug}, ${input.cursor.id})`);
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string; slug: string }[]>`
    SELECT t.id, t.slug FROM ${Prisma.raw(`"${table}"`)} t ${where}
    ORDER BY t.slug COLLATE "C" ASC, t.id COLLATE "C" ASC
    LIMIT ${input.limit + 1}`;
  const page = rows.slice(0, input.limit);
  const last = rows.length > input.limit ? page[page.length - 1] : undefined;
  return { ids: page.map((r) => r.id), nextCursor: last ? encodeCursor(last) : null };
}

export async function openEvents(db: Db, input: ListInput, baseUrl: string): Promise<Page<OpenEvent>> {
  const { ids, nextCursor } = await pageOf(db, "Event", null, [Prisma.sql`t.title`, Prisma.sql`t.summary`, Prisma.sql`coalesce(t.location, '')`], input);
  const rows = await db.event.findMany({
    where: { id: { in: ids } },
    select: {
      id: true, slug: true, title: true, summary: true, description: true, mode: true, location: true, onlineUrl: true,
      startsAt: true, endsAt: true, timeZone: true, capacity: true, confirmedCount: true, language: true, isSeed: true, sourceUrl: true,
      hosts: { where: { status: "ACCEPTED" }, orderBy: { createdAt: "asc" }, select: { network: { select: { slug: true, name: true } } } },
      agenda: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { title: true, startsAt: true } },
      statements: { where: { state: "SIGNING" }, orderBy: { createdAt: "asc" }, select: { slug: true } },
    },
  });
  return {
    data: inOrder(ids, rows).map((e) => ({
      slug: e.slug,
      title: e.title,
      summary: e.summary,
      description: e.description,
      mode: e.mode.toLowerCase() as OpenEvent["mode"],
      location: e.location,
      onlineUrl: e.onlineUrl,
      startsAt: e.startsAt.toISOString(),
      endsAt: e.endsAt.toISOString(),
      timeZone: e.timeZone,
      localStart: utcToZoned(e.startsAt, e.timeZone),
      localEnd: utcToZoned(e.endsAt, e.timeZone),
      capacity: e.capacity,
      seatsTaken: e.confirmedCount,
      seatsLeft: e.capacity === null ? null : Math.max(0, e.capacity - e.confirmedCount),
      hosts: e.hosts.map((h) => h.network),
      agenda: e.agenda.map((a) => ({ title: a.title, startsAt: a.startsAt?.toISOString() ?? null })),
      statements: e.statements.map((s) => s.slug),
      language: e.language,
      seed: e.isSeed,
      source: e.sourceUrl,
      url: `${baseUrl}/events/${e.slug}`,
      ical: `${baseUrl}/events/${e.slug}/ical`,
    })),
    nextCursor,
  };
}

export const eventCsv = {
  header: ["slug", "title", "summary", "mode", "location", "online_url", "starts_at", "ends_at", "time_zone", "local_start", "local_end", "capacity", "seats_taken", "seats_left", "hosts", "statements", "language", "seed", "source", "url"],
  row: (e: OpenEvent): CsvCell[] => [
    e.slug, e.title, e.summary, e.mode, e.location, e.onlineUrl, e.startsAt, e.endsAt, e.timeZone, e.localStart, e.localEnd,
    e.capacity, e.seatsTaken, e.seatsLeft, e.hosts.map((h) => h.slug), e.statements, e.language, e.seed, e.source, e.url,
  ],
} as const;

export async function openStatements(db: Db, input: ListInput, baseUrl: string): Promise<Page<OpenStatement>> {
  const { ids, nextCursor } = await pageOf(db, "JointStatement", Prisma.sql`t.state = 'SIGNING'`, [Prisma.sql`t.title`, Prisma.sql`t.body`], input);
  const rows = await db.jointStatement.findMany({
    where: { id: { in: ids } },
    select: {
      id: true, slug: true, title: true, body: true, language: true, frozenAt: true, isSeed: true,
      event: { select: { slug: true } },
      signatures: { orderBy: [{ createdAt: "asc" }, { networkId: "asc" }], select: { createdAt: true, network: { select: { slug: true, name: true } } } },
    },
  });
  return {
    data: inOrder(ids, rows).map((s) => ({
      slug: s.slug,
      title: s.title,
      body: s.body,
      language: s.language,
      event: s.event?.slug ?? null,
      frozenAt: (s.frozenAt ?? s.signatures[0]?.createdAt ?? new Date(0)).toISOString(),
      signatories: s.signatures.map((x) => ({ network: x.network.slug, name: x.network.name, signedAt: x.createdAt.toISOString() })),
      seed: s.isSeed,
      url: `${baseUrl}/statements/${s.slug}`,
    })),
    nextCursor,
  };
}

export const statementCsv = {
  header: ["slug", "title", "body", "language", "event", "frozen_at", "signatories", "signed_at", "seed", "url"],
  row: (s: OpenStatement): CsvCell[] => [
    s.slug, s.title, s.body, s.language, s.event, s.frozenAt, s.signatories.map((x) => x.network), s.signatories.map((x) => x.signedAt), s.seed, s.url,
  ],
} as const;

/** GET /api/v1/events and /api/v1/statements: JSON by default, CSV with ?format=csv (next page in the Link header). */
async function respond<T>(
  getDb: () => Db,
  request: Request,
  filename: string,
  load: (db: Db, input: ListInput, baseUrl: string) => Promise<Page<T>>,
  csv: { header: readonly string[]; row: (item: T) => CsvCell[] },
): Promise<Response> {
  try {
    const url = new URL(request.url);
    const parsed = parseOpenDataQuery(url.searchParams);
    if (!parsed.success) return jsonError(400, "The query is not valid.", z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
    const page = await load(getDb(), parsed.data, url.origin);
    if (parsed.data.format === "json") return Response.json(page, { headers: corsHeaders });
    const headers = new Headers({ ...corsHeaders, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `inline; filename="${filename}.csv"` });
    if (page.nextCursor) {
      const next = new URL(url);
      next.searchParams.set("cursor", page.nextCursor);
      headers.set("Link", `<${next.toString()}>; rel="next"`);
      headers.set("X-Next-Cursor", page.nextCursor);
    }
    return new Response(toCsv(csv.header, page.data.map(csv.row)), { headers });
  } catch (error) {
    console.error(error);
    return jsonError(500, "Something went wrong");
  }
}

export const eventsResponse = (getDb: () => Db, request: Request) => respond(getDb, request, "events", openEvents, eventCsv);
export const statementsResponse = (getDb: () => Db, request: Request) => respond(getDb, request, "statements", openStatements, statementCsv);
