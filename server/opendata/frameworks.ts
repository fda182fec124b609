import { z } from "zod";
import type { Db } from "@/server/db/client";
import { Prisma } from "@/server/db/generated/client";
import { getFramework, isConsultationOpen } from "@/server/frameworks/service";
import { encodeCursor } from "./cursor";
import { toCsv, type CsvCell } from "./csv";
import { inOrder, likeAny, type ListInput, type Page } from "./data";
import { corsHeaders, jsonError } from "./http";
import { parseOpenDataQuery, similarQuery } from "./query";

// Open data of shared frameworks: the list (keyset-paged by slug, JSON or CSV) and one framework
// with its pillars, endorsements, accepted mappings and per-pillar coverage. Frameworks are public
// records; pending or declined mappings and comments are not part of it.

export type OpenFrameworkSummary = {
  slug: string;
  title: string;
  anchor: string;
  summary: string;
  language: string;
  version: number;
  pillars: number;
  /** Slugs of the endorsing networks. */
  endorsements: string[];
  /** Pillars with at least one accepted initiative or practice. */
  coveredPillars: number;
  acceptedInitiatives: number;
  acceptedPractices: number;
  consultation: { opensAt: string | null; closesAt: string | null; open: boolean };
  seed: boolean;
  source: string | null;
  url: string;
};

export type OpenFramework = Omit<OpenFrameworkSummary, "pillars" | "endorsements"> & {
  /** Markdown. */
  body: string;
  endorsements: { network: string; name: string; commitment: string; since: string }[];
  pillars: {
    position: number;
    title: string;
    description: string;
    indicators: string[];
    initiatives: { slug: string; title: string; url: string }[];
    practices: { slug: string; title: string; url: string }[];
    coverage: { networks: string[]; initiatives: number; practices: number; gap: boolean };
  }[];
  changelog: { version: number; summary: string; at: string }[];
};

const iso = (d: Date | null) => d?.toISOString() ?? null;

export async function openFrameworks(db: Db, input: ListInput, baseUrl: string): Promise<Page<OpenFrameworkSummary>> {
  const conditions: Prisma.Sql[] = [];
  if (input.q) conditions.push(likeAny([Prisma.sql`t.title`, Prisma.sql`t.anchor`, Prisma.sql`t.summary`])(input.q));
  // Byte order ("C" collation), like the other lists, so pages follow the same order everywhere.
  if (input.cursor) conditions.push(Prisma.sql`(t.slug COLLATE "C", t.id COLLATE "C") > (${input.cursor.slug}, ${input.cursor.id})`);
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string; slug: string }[]>`
    SELECT t.id, t.slug FROM "Framework" t ${where}
    ORDER BY t.slug COLLATE "C" ASC, t.id COLLATE "C" ASC
    LIMIT ${input.limit + 1}`;
  const page = rows.slice(0, input.limit);
  const last = rows.length > input.limit ? page[page.length - 1] : undefined;
  const ids = page.map((r) => r.id);
  const [frameworks, pillars] = await Promise.all([
    db.framework.findMany({
      where: { id: { in: ids } },
      select: {
        id: true, slug: true, title: true, anchor: true, summary: true, language: true, version: true, isSeed: true, sourceUrl: true,
        consultationOpensAt: true, consultationClosesAt: true,
        _count: { select: { pillars: true } },
        endorsements: { orderBy: { network: { slug: "asc" } }, select: { network: { select: { slug: true } } } },
      },
    }),
    db.frameworkPillar.findMany({
      where: { frameworkId: { in: ids } },
      select: { frameworkId: true, mappings: { where: { status: "ACCEPTED" }, select: { target: true } } },
    }),
  ]);
  const coverage = new Map<string, { covered: number; initiatives: number; practices: number }>();
  for (const p of pillars) {
    const c = coverage.get(p.frameworkId) ?? { covered: 0, initiatives: 0, practices: 0 };
    if (p.mappings.length) c.covered++;
    for (const m of p.mappings) c[m.target === "INITIATIVE" ? "initiatives" : "practices"]++;
    coverage.set(p.frameworkId, c);
  }
  return {
    data: inOrder(ids, frameworks).map((f) => {
      const c = coverage.get(f.id) ?? { covered: 0, initiatives: 0, practices: 0 };
      return {
        slug: f.slug,
        title: f.title,
        anchor: f.anchor,
        summary: f.summary,
        language: f.language,
        version: f.version,
        pillars: f._count.pillars,
        endorsements: f.endorsements.map((e) => e.network.slug),
        coveredPillars: c.covered,
        acceptedInitiatives: c.initiatives,
        acceptedPractices: c.practices,
        consultation: { opensAt: iso(f.consultationOpensAt), closesAt: iso(f.consultationClosesAt), open: isConsultationOpen(f) },
        seed: f.isSeed,
        source: f.sourceUrl,
        url: `${baseUrl}/frameworks/${f.slug}`,
      };
    }),
    nextCursor: last ? encodeCursor(last) : null,
  };
}

export const frameworkCsv = {
  header: ["slug", "title", "anchor", "summary", "language", "version", "pillars", "endorsements", "covered_pillars", "accepted_initiatives", "accepted_practices", "consultation_opens_at", "consultation_closes_at", "seed", "source", "url"],
  row: (f: OpenFrameworkSummary): CsvCell[] => [
    f.slug, f.title, f.anchor, f.summary, f.language, f.version, f.pillars, f.endorsements, f.coveredPillars, f.acceptedInitiatives, f.acceptedPractices,
    f.consultation.opensAt, f.consultation.closesAt, f.seed, f.source, f.url,
  ],
} as const;

/** One framework as open data, or null when no framework has this slug. */
export async function openFramework(db: Db, slug: string, baseUrl: string): Promise<OpenFramework | null> {
  const f = await getFramework({ db, actor: null }, slug);
  if (!f) return null;
  const pillars = f.pillars.map((p) => ({
    position: p.position + 1,
    title: p.title,
    description: p.description,
    indicators: p.indicators,
    initiatives: p.mappings.flatMap((m) => (m.initiative ? [{ slug: m.initiative.slug, title: m.initiative.title, url: `${baseUrl}/initiatives/${m.initiative.slug}` }] : [])),
    practices: p.mappings.flatMap((m) => (m.practice ? [{ slug: m.practice.slug, title: m.practice.title, url: `${baseUrl}/practices/${m.practice.slug}` }] : [])),
    coverage: { networks: p.networks.map((n) => n.slug), initiatives: p.initiativeCount, practices: p.practiceCount, gap: p.isGap },
  }));
  return {
    slug: f.slug,
    title: f.title,
    anchor: f.anchor,
    summary: f.summary,
    body: f.body,
    language: f.language,
    version: f.version,
    coveredPillars: pillars.filter((p) => !p.coverage.gap).length,
    acceptedInitiatives: pillars.reduce((n, p) => n + p.coverage.initiatives, 0),
    acceptedPractices: pillars.reduce((n, p) => n + p.coverage.practices, 0),
    consultation: { opensAt: iso(f.consultationOpensAt), closesAt: iso(f.consultationClosesAt), open: f.consultationOpen },
    seed: f.isSeed,
    source: f.sourceUrl,
    url: `${baseUrl}/frameworks/${f.slug}`,
    endorsements: f.endorsements.map((e) => ({ network: e.network.slug, name: e.network.name, commitment: e.commitment, since: e.createdAt.toISOString() })),
    pillars,
    changelog: f.changes.map((c) => ({ version: c.version, summary: c.summary, at: c.createdAt.toISOString() })),
  };
}

function badQuery(error: z.ZodError) {
  return jsonError(400, "The query is not valid.", z.flattenError(error).fieldErrors as Record<string, string[]>);
}

/** GET /api/v1/frameworks: JSON by default, CSV with ?format=csv (next page in the Link header). */
export async function frameworksResponse(getDb: () => Db, request: Request): Promise<Response> {
  try {
    const url = new URL(request.url);
    const parsed = parseOpenDataQuery(url.searchParams);
    if (!parsed.success) return badQuery(parsed.error);
    const page = await openFrameworks(getDb(), parsed.data, url.origin);
    if (parsed.data.format === "json") return Response.json(page, { headers: corsHeaders });
    const headers = new Headers({ ...corsHeaders, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'inline; filename="frameworks.csv"' });
    if (page.nextCursor) {
      const next = new URL(url);
      next.searchParams.set("cursor", page.nextCursor);
      headers.set("Link", `<${next.toString()}>; rel="next"`);
      headers.set("X-Next-Cursor", page.nextCursor);
    }
    return new Response(toCsv(frameworkCsv.header, page.data.map(frameworkCsv.row)), { headers });
  } catch (error) {
    console.error(error);
    return jsonError(500, "Something went wrong");
  }
}

/** GET /api/v1/frameworks/<slug>: JSON only (the pillars nest); 404 when unknown. */
export async function frameworkResponse(getDb: () => Db, request: Request, slug: string): Promise<Response> {
  try {
    const url = new URL(request.url);
    const format = similarQuery.pick({ format: true }).safeParse({ format: url.searchParams.get("format") ?? undefined });
    if (!format.success) return badQuery(format.error);
    if (format.data.format === "csv") return jsonError(400, "format must be json: a framework nests its pillars; use /api/v1/frameworks?format=csv for a table");
    const framework = await openFramework(getDb(), slug, url.origin);
    if (!framework) return jsonError(404, "No framework has this slug.");
    return Response.json({ data: framework }, { headers: corsHeaders });
  } catch (error) {
    console.error(error);
    return jsonError(500, "Something went wrong");
  }
}
