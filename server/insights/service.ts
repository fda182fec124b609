import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { Db } from "@/server/db/client";
import { Prisma } from "@/server/db/generated/client";
import type { CoverageResponse, EcosystemResponse, InsightsFilter, OverlapResponse, SpilloverResponse } from "./schemas";

/** Shares of 170 networks per theme, from Acuto & Rayner 2016 as the 2024 article reports them. */
export const PUBLISHED_THEME_SHARES: Record<string, number> = {
  climate: 0.29,
  "poverty-and-inequality": 0.16,
  culture: 0.11,
  "peace-and-security": 0.11,
  gender: 0.08,
};

export const COVERAGE_CITATION = {
  source: "Acuto & Rayner (2016), 170 networks, shares as reported by the 2024 article",
  note: "The shares come from the article and could not be checked against the paper itself.",
};

export const ECOSYSTEM_REFERENCES = [
  { figure: "networks", source: "Acuto & Rayner (2016)", note: "About 170 city networks, growing since 1885." },
  { figure: "membershipsPerCity", source: "Volkmann (2020)", note: "About 1.25 network memberships per city across 19,600 cities." },
  { figure: "cities", source: "Acuto & Leffel (2021)", note: "84 networks and 10,343 member cities." },
];

const SQL = Prisma.sql;
const none = Prisma.empty;

/** Conditions on a verified network `n` (region, theme, founded within the period). */
function networkWhere(f: InsightsFilter, alias = "n"): Prisma.Sql {
  const n = Prisma.raw(alias);
  const parts = [SQL`${n}.status = 'VERIFIED'`];
  if (f.region) parts.push(SQL`${n}.region = ${f.region}`);
  if (f.theme) parts.push(SQL`EXISTS (SELECT 1 FROM "NetworkTheme" nt JOIN "Theme" th ON th.id = nt."themeId" WHERE nt."networkId" = ${n}.id AND th.slug = ${f.theme})`);
  if (f.from !== undefined) parts.push(SQL`(${n}."foundedYear" IS NULL OR ${n}."foundedYear" >= ${f.from})`);
  if (f.to !== undefined) parts.push(SQL`(${n}."foundedYear" IS NULL OR ${n}."foundedYear" <= ${f.to})`);
  return Prisma.join(parts, " AND ");
}

/** A period on a date column: the years from..to inclusive. */
function periodWhere(column: Prisma.Sql, f: InsightsFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (f.from !== undefined) parts.push(SQL`${column} >= make_date(${f.from}::int, 1, 1)`);
  if (f.to !== undefined) parts.push(SQL`${column} < make_date(${f.to + 1}::int, 1, 1)`);
  return parts.length ? SQL` AND ${Prisma.join(parts, " AND ")}` : none;
}

const num = (value: bigint | number | null) => Number(value ?? 0);

/** Themes × networks beside the published shares; demand (challenges, support) against supply (initiatives). */
export async function coverage(db: Db, f: InsightsFilter): Promise<CoverageResponse> {
  const cityRegion = f.region ? SQL` AND c.region = ${f.region}` : none;
  const [totals, rows, proposals] = await Promise.all([
    db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM "Network" n WHERE ${networkWhere(f)}`,
    db.$queryRaw<{ slug: string; name: string; networks: bigint; initiatives: bigint; challenges: bigint; supports: bigint | null }[]>`
      SELECT t.slug, t."nameEn" AS name,
        (SELECT count(*) FROM "NetworkTheme" nt JOIN "Network" n ON n.id = nt."networkId" WHERE nt."themeId" = t.id AND ${networkWhere(f)}) AS networks,
        (SELECT count(*) FROM "InitiativeTheme" it JOIN "Initiative" i ON i.id = it."initiativeId"
          WHERE it."themeId" = t.id AND i.state = 'PUBLISHED' ${periodWhere(SQL`COALESCE(i."startDate", i."publishedAt"::date)`, f)}
          AND EXISTS (SELECT 1 FROM "InitiativeOwner" o JOIN "Network" n ON n.id = o."networkId" WHERE o."initiativeId" = i.id AND o.status = 'ACCEPTED' AND ${networkWhere({ ...f, theme: undefined, from: undefined, to: undefined })})) AS initiatives,
        (SELECT count(*) FROM "ChallengeTheme" ct JOIN "CityChallenge" ch ON ch.id = ct."challengeId" JOIN "City" c ON c.id = ch."cityId"
          WHERE ct."themeId" = t.id ${cityRegion} ${periodWhere(SQL`ch."createdAt"::date`, f)}) AS challenges,
        (SELECT sum(ch."supportCount") FROM "ChallengeTheme" ct JOIN "CityChallenge" ch ON ch.id = ct."challengeId" JOIN "City" c ON c.id = ch."cityId"
          WHERE ct."themeId" = t.id ${cityRegion} ${periodWhere(SQL`ch."createdAt"::date`, f)}) AS supports
      FROM "Theme" t
      ${f.theme ? SQL`WHERE t.slug = ${f.theme}` : none}
      ORDER BY t.position`,
    db.$queryRaw<{ status: string; count: bigint }[]>`
      SELECT p.status, count(*) AS count FROM "CollaborationProposal" p
      WHERE true ${periodWhere(SQL`p."createdAt"::date`, f)} GROUP BY p.status`,
  ]);
  const total = num(totals[0]?.total ?? 0);
  const themes = rows.map((r) => {
    const initiatives = num(r.initiatives);
    const challenges = num(r.challenges);
    return {
      slug: r.slug,
      name: r.name,
      networks: num(r.networks),
      share: total ? num(r.networks) / total : 0,
      publishedShare: PUBLISHED_THEME_SHARES[r.slug] ?? null,
      initiatives,
      challenges,
      supports: num(r.supports),
      orphaned: challenges > 0 && initiatives === 0,
    };
  });
  const byStatus = new Map(proposals.map((p) => [p.status, num(p.count)]));
  return {
    totalNetworks: total,
    themes,
    proposals: { pending: byStatus.get("PENDING") ?? 0, accepted: byStatus.get("ACCEPTED") ?? 0, declined: byStatus.get("DECLINED") ?? 0 },
    citation: COVERAGE_CITATION,
  };
}

/** Demand against supply per theme, orphaned themes (demand without any initiative) first. */
export function demandFirst(themes: CoverageResponse["themes"]) {
  return [...themes].sort((a, b) => Number(b.orphaned) - Number(a.orphaned) || b.challenges + b.supports - b.initiatives - (a.challenges + a.supports - a.initiatives) || a.slug.localeCompare(b.slug));
}

const MAX_EDGES = 300;

/** Networks linked by shared member cities, weighted by Jaccard; laid out by ForceAtlas2 from a fixed start. */
export async function overlap(db: Db, f: InsightsFilter): Promise<OverlapResponse> {
  const cityRegion = f.region ? SQL` AND c.region = ${f.region}` : none;
  const period = (alias: string) => {
    const m = Prisma.raw(alias);
    return SQL`${f.from !== undefined ? SQL` AND (${m}."yearJoined" IS NULL OR ${m}."yearJoined" >= ${f.from})` : none}${f.to !== undefined ? SQL` AND (${m}."yearJoined" IS NULL OR ${m}."yearJoined" <= ${f.to})` : none}`;
  };
  // The region filter is on member cities here: which networks overlap inside a region.
  const nf = { ...f, region: undefined, from: undefined, to: undefined };
  const rows = await db.$queryRaw<{ a: string; b: string; aname: string; bname: string; shared: bigint; asize: bigint; bsize: bigint }[]>`
    WITH m AS (
      SELECT DISTINCT nm."networkId", nm."cityId" FROM "NetworkMembership" nm
      JOIN "Network" n ON n.id = nm."networkId" JOIN "City" c ON c.id = nm."cityId"
      WHERE nm."cityId" IS NOT NULL AND ${networkWhere(nf)} ${cityRegion} ${period("nm")}
    ), size AS (SELECT "networkId", count(*) AS size FROM m GROUP BY "networkId"),
    pair AS (
      SELECT m1."networkId" AS a, m2."networkId" AS b, count(*) AS shared
      FROM m m1 JOIN m m2 ON m1."cityId" = m2."cityId" AND m1."networkId" < m2."networkId"
      GROUP BY 1, 2
    )
    SELECT na.slug AS a, nb.slug AS b, na.name AS aname, nb.name AS bname, p.shared, sa.size AS asize, sb.size AS bsize
    FROM pair p JOIN size sa ON sa."networkId" = p.a JOIN size sb ON sb."networkId" = p.b
    JOIN "Network" na ON na.id = p.a JOIN "Network" nb ON nb.id = p.b
    ORDER BY p.shared::float / (sa.size + sb.size - p.shared) DESC, na.slug, nb.slug
    LIMIT ${MAX_EDGES}`;
  const edges = rows.map((r) => ({ source: r.a, target: r.b, shared: num(r.shared), jaccard: num(r.shared) / (num(r.asize) + num(r.bsize) - num(r.shared)) }));
  const nodesBySlug = new Map<string, { slug: string; name: string; members: number }>();
  for (const r of rows) {
    nodesBySlug.set(r.a, { slug: r.a, name: r.aname, members: num(r.asize) });
    nodesBySlug.set(r.b, { slug: r.b, name: r.bname, members: num(r.bsize) });
  }
  const graph = new Graph({ type: "undirected" });
  const slugs = [...nodesBySlug.keys()].sort();
  // A deterministic start (evenly on a circle, in slug order) makes the layout the same on every run.
  slugs.forEach((slug, i) => graph.addNode(slug, { x: Math.cos((2 * Math.PI * i) / slugs.length), y: Math.sin((2 * Math.PI * i) / slugs.length) }));
  for (const e of edges) graph.addEdge(e.source, e.target, { weight: e.jaccard });
  if (graph.order > 1) forceAtlas2.assign(graph, { iterations: 200, settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: false } });
  const nodes = slugs.map((slug) => ({ ...nodesBySlug.get(slug)!, x: graph.getNodeAttribute(slug, "x") as number, y: graph.getNodeAttribute(slug, "y") as number }));
  return { nodes, edges };
}

/** Practices that travelled furthest (adoptions, levels reached, networks crossed) and adoptions per year. */
export async function spillover(db: Db, f: InsightsFilter): Promise<SpilloverResponse> {
  const where = SQL`p.state = 'PUBLISHED'
    ${f.theme ? SQL` AND EXISTS (SELECT 1 FROM "PracticeTheme" pt JOIN "Theme" th ON th.id = pt."themeId" WHERE pt."practiceId" = p.id AND th.slug = ${f.theme})` : none}
    ${f.region ? SQL` AND (c.region = ${f.region})` : none}
    ${periodWhere(SQL`a."adoptedOn"`, f)}`;
  const [practices, timeline] = await Promise.all([
    db.$queryRaw<{ slug: string; title: string; adoptions: bigint; levels: bigint; crossed: bigint; countries: bigint }[]>`
      SELECT p.slug, p.title, count(*) AS adoptions, count(DISTINCT a.level) AS levels,
        count(DISTINCT a."viaNetworkId") FILTER (WHERE a."viaNetworkId" IS DISTINCT FROM p."networkId") AS crossed,
        count(DISTINCT COALESCE(a."countryCode", c."countryCode")) AS countries
      FROM "Adoption" a JOIN "Practice" p ON p.id = a."practiceId" LEFT JOIN "City" c ON c.id = a."cityId"
      WHERE ${where}
      GROUP BY p.id, p.slug, p.title
      ORDER BY crossed DESC, levels DESC, adoptions DESC, p.slug
      LIMIT 20`,
    db.$queryRaw<{ year: number; adoptions: bigint }[]>`
      SELECT extract(year FROM a."adoptedOn")::int AS year, count(*) AS adoptions
      FROM "Adoption" a JOIN "Practice" p ON p.id = a."practiceId" LEFT JOIN "City" c ON c.id = a."cityId"
      WHERE ${where} GROUP BY 1 ORDER BY 1`,
  ]);
  return {
    practices: practices.map((r) => ({ slug: r.slug, title: r.title, adoptions: num(r.adoptions), levels: num(r.levels), networksCrossed: num(r.crossed), countries: num(r.countries) })),
    timeline: timeline.map((r) => ({ year: Number(r.year), adoptions: num(r.adoptions) })),
  };
}

const BUCKETS = ["1", "2", "3", "4", "5+"] as const;

/** Networks founded per year (cumulative), per region and scope; memberships per city. */
export async function ecosystem(db: Db, f: InsightsFilter): Promise<EcosystemResponse> {
  const cityRegion = f.region ? SQL` AND c.region = ${f.region}` : none;
  // Founding years are the period's subject here, so the period bounds them and not the filter's rule for unknown years.
  const nf = { ...f, from: undefined, to: undefined };
  const founded = SQL`${f.from !== undefined ? SQL` AND n."foundedYear" >= ${f.from}` : none}${f.to !== undefined ? SQL` AND n."foundedYear" <= ${f.to}` : none}`;
  const [years, regions, cities] = await Promise.all([
    db.$queryRaw<{ year: number; count: bigint }[]>`
      SELECT n."foundedYear" AS year, count(*) AS count FROM "Network" n
      WHERE ${networkWhere(nf)} AND n."foundedYear" IS NOT NULL ${founded} GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<{ region: string; global: bigint; regional: bigint }[]>`
      SELECT COALESCE(n.region, 'Unknown') AS region, count(*) FILTER (WHERE n.scope = 'GLOBAL') AS global, count(*) FILTER (WHERE n.scope = 'REGIONAL') AS regional
      FROM "Network" n WHERE ${networkWhere(f)} GROUP BY 1 ORDER BY count(*) DESC, 1`,
    db.$queryRaw<{ slug: string; name: string; latitude: number | null; longitude: number | null; memberships: bigint }[]>`
      SELECT c.slug, c.name, c.latitude, c.longitude, count(DISTINCT nm."networkId") AS memberships
      FROM "NetworkMembership" nm JOIN "City" c ON c.id = nm."cityId" JOIN "Network" n ON n.id = nm."networkId"
      WHERE ${networkWhere(nf)} ${cityRegion} ${founded}
      GROUP BY c.id, c.slug, c.name, c.latitude, c.longitude ORDER BY memberships DESC, c.slug`,
  ]);
  let cumulative = 0;
  const histogram = new Map<string, number>(BUCKETS.map((b) => [b, 0]));
  let memberships = 0;
  for (const c of cities) {
    const m = num(c.memberships);
    memberships += m;
    const bucket = m >= 5 ? "5+" : String(m);
    histogram.set(bucket, (histogram.get(bucket) ?? 0) + 1);
  }
  const networks = regions.reduce((sum, r) => sum + num(r.global) + num(r.regional), 0);
  return {
    founded: years.map((r) => ({ year: Number(r.year), founded: num(r.count), cumulative: (cumulative += num(r.count)) })),
    byRegion: regions.map((r) => ({ region: r.region, global: num(r.global), regional: num(r.regional) })),
    membershipHistogram: BUCKETS.map((memberships) => ({ memberships, cities: histogram.get(memberships) ?? 0 })),
    cities: cities
      .filter((c) => c.latitude !== null && c.longitude !== null)
      .map((c) => ({ slug: c.slug, name: c.name, latitude: c.latitude!, longitude: c.longitude!, memberships: num(c.memberships) })),
    totals: { networks, cities: cities.length, memberships, membershipsPerCity: cities.length ? memberships / cities.length : 0 },
    references: ECOSYSTEM_REFERENCES,
  };
}
