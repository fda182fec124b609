import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { Db } from "@/server/db/client";
import { Prisma } from "@/server/db/generated/client";
import type { CoverageResponse, DuplicationResponse, EcosystemResponse, InsightsFilter, OverlapResponse, SpilloverResponse } from "./schemas";

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

/** How many networks the heatmap shows as rows; the rest are summed into one "other networks" row. */
export const HEATMAP_NETWORKS = 15;

/** Themes × networks beside the published shares; demand (challenges, support) against supply (initiatives). */
export async function coverage(db: Db, f: InsightsFilter): Promise<CoverageResponse> {
  const cityRegion = f.region ? SQL` AND c.region = ${f.region}` : none;
  const themeWhere = f.theme ? SQL` AND t.slug = ${f.theme}` : none;
  // Published initiatives of the period with each accepted owner network of the region: the supply
  // (one row per initiative and network: the owner's key is that pair).
  const owned = SQL`SELECT i.id AS iid, o."networkId" AS nid FROM "Initiative" i
    JOIN "InitiativeOwner" o ON o."initiativeId" = i.id AND o.status = 'ACCEPTED'
    JOIN "Network" n ON n.id = o."networkId"
    WHERE i.state = 'PUBLISHED' ${periodWhere(SQL`COALESCE(i."startDate", i."publishedAt"::date)`, f)} AND ${networkWhere({ ...f, theme: undefined, from: undefined, to: undefined })}`;
  const [themeRows, cells, proposals] = await Promise.all([
    // One pass per table, grouped by theme, instead of a subquery per theme.
    db.$queryRaw<{ id: string; slug: string; name: string; networks: bigint | null; challenges: bigint | null; supports: bigint | null; total: bigint }[]>`
      WITH nets AS (
        SELECT nt."themeId", count(*) AS networks FROM "NetworkTheme" nt JOIN "Network" n ON n.id = nt."networkId" WHERE ${networkWhere(f)} GROUP BY 1
      ), demand AS (
        SELECT ct."themeId", count(*) AS challenges, sum(ch."supportCount") AS supports
        FROM "ChallengeTheme" ct JOIN "CityChallenge" ch ON ch.id = ct."challengeId" JOIN "City" c ON c.id = ch."cityId"
        WHERE true ${cityRegion} ${periodWhere(SQL`ch."createdAt"::date`, f)} GROUP BY 1
      )
      SELECT t.id, t.slug, t."nameEn" AS name, nets.networks, demand.challenges, demand.supports,
        (SELECT count(*) FROM "Network" n WHERE ${networkWhere(f)}) AS total
      FROM "Theme" t LEFT JOIN nets ON nets."themeId" = t.id LEFT JOIN demand ON demand."themeId" = t.id
      WHERE true ${themeWhere}
      ORDER BY t.position`,
    // Initiatives per theme (network NULL, grouped) and per theme × network for the heatmap: the top
    // networks by initiatives get their own row, the others one summed row (network NULL, not
    // grouped). Each part is a plain hash aggregate; an initiative with several owners counts once
    // in a theme's total and in the summed row.
    db.$queryRaw<{ themeId: string; slug: string | null; name: string | null; rank: bigint | null; grouped: number; initiatives: bigint; ranked: bigint }[]>`
      WITH owned AS MATERIALIZED (${owned}),
      ranked AS MATERIALIZED (
        SELECT nid, row_number() OVER (ORDER BY count(*) DESC, nid) AS rank FROM owned GROUP BY nid
      ), top AS MATERIALIZED (SELECT nid, rank FROM ranked WHERE rank <= ${HEATMAP_NETWORKS}),
      counted AS (
        SELECT it."themeId", NULL::text AS nid, 1 AS grouped, count(*) AS initiatives
        FROM (SELECT DISTINCT iid FROM owned) o JOIN "InitiativeTheme" it ON it."initiativeId" = o.iid GROUP BY 1
        UNION ALL
        SELECT it."themeId", owned.nid, 0, count(*)
        FROM owned JOIN top ON top.nid = owned.nid JOIN "InitiativeTheme" it ON it."initiativeId" = owned.iid GROUP BY 1, 2
        UNION ALL
        SELECT it."themeId", NULL, 0, count(*)
        FROM (SELECT DISTINCT iid FROM owned WHERE nid NOT IN (SELECT nid FROM top)) o JOIN "InitiativeTheme" it ON it."initiativeId" = o.iid GROUP BY 1
      )
      SELECT counted."themeId", n.slug, n.name, top.rank, counted.grouped, counted.initiatives, (SELECT count(*) FROM ranked) AS ranked
      FROM counted LEFT JOIN "Network" n ON n.id = counted.nid LEFT JOIN top ON top.nid = counted.nid`,
    db.$queryRaw<{ status: string; count: bigint }[]>`
      SELECT p.status, count(*) AS count FROM "CollaborationProposal" p
      WHERE true ${periodWhere(SQL`p."createdAt"::date`, f)} GROUP BY p.status`,
  ]);
  const total = num(themeRows[0]?.total ?? 0);
  const initiativesOf = new Map<string, number>();
  for (const c of cells) if (Number(c.grouped) === 1) initiativesOf.set(c.themeId, num(c.initiatives));
  const themes = themeRows.map((r) => {
    const initiatives = initiativesOf.get(r.id) ?? 0;
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
    heatmap: heatmapOf(themeRows, cells),
    proposals: { pending: byStatus.get("PENDING") ?? 0, accepted: byStatus.get("ACCEPTED") ?? 0, declined: byStatus.get("DECLINED") ?? 0 },
    citation: COVERAGE_CITATION,
  };
}

/** The heatmap's rows (top networks by initiatives, then "other networks") and its non-empty cells. */
function heatmapOf(themes: { id: string; slug: string }[], cells: { themeId: string; slug: string | null; name: string | null; rank: bigint | null; grouped: number; initiatives: bigint; ranked: bigint }[]): CoverageResponse["heatmap"] {
  const slugOf = new Map(themes.map((t) => [t.id, t.slug]));
  const networks = new Map<string, { slug: string; name: string; rank: number }>();
  const out: CoverageResponse["heatmap"]["cells"] = [];
  for (const c of cells) {
    const theme = slugOf.get(c.themeId);
    if (Number(c.grouped) === 1 || !theme) continue;
    if (c.slug !== null && !networks.has(c.slug)) networks.set(c.slug, { slug: c.slug, name: c.name ?? c.slug, rank: num(c.rank) });
    out.push({ network: c.slug, theme, initiatives: num(c.initiatives) });
  }
  const themeOrder = new Map(themes.map((t, i) => [t.slug, i]));
  const rows = [...networks.values()].sort((a, b) => a.rank - b.rank);
  const rowOrder = new Map(rows.map((r, i) => [r.slug, i]));
  out.sort((a, b) => (a.network === null ? rows.length : rowOrder.get(a.network)!) - (b.network === null ? rows.length : rowOrder.get(b.network)!) || themeOrder.get(a.theme)! - themeOrder.get(b.theme)!);
  // Networks with initiatives beyond the top rows: summed into the row whose network is null.
  const otherNetworks = Math.max(0, num(cells[0]?.ranked ?? 0) - HEATMAP_NETWORKS);
  return { networks: rows.map(({ slug, name }) => ({ slug, name })), otherNetworks, cells: out };
}

/** Demand against supply per theme, orphaned themes (demand without any initiative) first. */
export function demandFirst(themes: CoverageResponse["themes"]) {
  return [...themes].sort((a, b) => Number(b.orphaned) - Number(a.orphaned) || b.challenges + b.supports - b.initiatives - (a.challenges + a.supports - a.initiatives) || a.slug.localeCompare(b.slug));
}

const MAX_EDGES = 300;
/** A graph of more networks than this reads as noise, and its layout costs the square of its size. */
const MAX_NODES = 150;

type PairRow = { a: string; b: string; aname: string; bname: string; shared: bigint; asize: bigint; bsize: bigint };

/**
 * The most overlapping network pairs by Jaccard. Without a period they come from the pair counts
 * the membership triggers keep (NetworkOverlap, per city region and in all); a period filters
 * memberships by the year they were joined, which no stored count knows, so then the members are
 * self-joined. Both order ties by network id, so they give the same pairs.
 */
function overlappingPairs(db: Db, f: InsightsFilter): Promise<PairRow[]> {
  // The region filter is on member cities here: which networks overlap inside a region.
  const nf = { ...f, region: undefined, from: undefined, to: undefined };
  const names = SQL`SELECT na.slug AS a, nb.slug AS b, na.name AS aname, nb.name AS bname, top.shared, top.asize, top.bsize`;
  if (f.from === undefined && f.to === undefined) {
    const region = f.region ?? "";
    return db.$queryRaw<PairRow[]>`
      WITH net AS MATERIALIZED (SELECT n.id FROM "Network" n WHERE ${networkWhere(nf)}),
      size AS MATERIALIZED (
        SELECT s."networkId" AS id, s.members AS size FROM "NetworkRegionMembers" s JOIN net ON net.id = s."networkId" WHERE s.region = ${region}
      ), top AS (
        SELECT o."networkAId" AS a, o."networkBId" AS b, o.shared, sa.size AS asize, sb.size AS bsize
        FROM "NetworkOverlap" o JOIN size sa ON sa.id = o."networkAId" JOIN size sb ON sb.id = o."networkBId"
        WHERE o.region = ${region}
        ORDER BY o.shared::float / (sa.size + sb.size - o.shared) DESC, o.shared DESC, o."networkAId", o."networkBId"
        LIMIT ${MAX_EDGES}
      )
      ${names}
      FROM top JOIN "Network" na ON na.id = top.a JOIN "Network" nb ON nb.id = top.b
      ORDER BY top.shared::float / (top.asize + top.bsize - top.shared) DESC, na.slug, nb.slug`;
  }
  const period = SQL`${f.from !== undefined ? SQL` AND (nm."yearJoined" IS NULL OR nm."yearJoined" >= ${f.from})` : none}${f.to !== undefined ? SQL` AND (nm."yearJoined" IS NULL OR nm."yearJoined" <= ${f.to})` : none}`;
  // Networks and their member cities are numbered first so the self-join groups integer pairs,
  // not pairs of text ids; (networkId, cityId) is unique, so no DISTINCT is needed.
  return db.$queryRaw<PairRow[]>`
    WITH net AS MATERIALIZED (
      SELECT n.id, row_number() OVER (ORDER BY n.id)::int AS k FROM "Network" n WHERE ${networkWhere(nf)}
    ), m AS MATERIALIZED (
      SELECT net.k, nm."cityId" FROM "NetworkMembership" nm JOIN net ON net.id = nm."networkId"
      ${f.region ? SQL`JOIN "City" c ON c.id = nm."cityId" AND c.region = ${f.region}` : none}
      WHERE nm."cityId" IS NOT NULL ${period}
    ), size AS (SELECT k, count(*) AS size FROM m GROUP BY k),
    pair AS (
      SELECT m1.k AS a, m2.k AS b, count(*) AS shared
      FROM m m1 JOIN m m2 ON m1."cityId" = m2."cityId" AND m1.k < m2.k
      GROUP BY 1, 2
    ), top AS (
      SELECT p.a, p.b, p.shared, sa.size AS asize, sb.size AS bsize
      FROM pair p JOIN size sa ON sa.k = p.a JOIN size sb ON sb.k = p.b
      ORDER BY p.shared::float / (sa.size + sb.size - p.shared) DESC, p.shared DESC, p.a, p.b
      LIMIT ${MAX_EDGES}
    )
    ${names}
    FROM top JOIN net ka ON ka.k = top.a JOIN net kb ON kb.k = top.b
    JOIN "Network" na ON na.id = ka.id JOIN "Network" nb ON nb.id = kb.id
    ORDER BY top.shared::float / (top.asize + top.bsize - top.shared) DESC, na.slug, nb.slug`;
}

/** The strongest pairs, in order, as long as they bring the graph to at most `max` networks. */
function keepNodes(rows: PairRow[], max: number): PairRow[] {
  const nodes = new Set<string>();
  return rows.filter((r) => {
    const added = Number(!nodes.has(r.a)) + Number(!nodes.has(r.b));
    if (nodes.size + added > max) return false;
    nodes.add(r.a).add(r.b);
    return true;
  });
}

/** Networks linked by shared member cities, weighted by Jaccard; laid out by ForceAtlas2 from a fixed start. */
export async function overlap(db: Db, f: InsightsFilter): Promise<OverlapResponse> {
  const rows = keepNodes(await overlappingPairs(db, f), MAX_NODES);
  // Edges name their networks in slug order, whatever the ids' order was.
  for (const r of rows) if (r.b < r.a) [r.a, r.b, r.aname, r.bname, r.asize, r.bsize] = [r.b, r.a, r.bname, r.aname, r.bsize, r.asize];
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

/** The map draws the cities with the most memberships; more dots than this only hide each other. */
export const MAX_MAP_CITIES = 2000;

/** Networks founded per year (cumulative), per region and scope; memberships per city. */
export async function ecosystem(db: Db, f: InsightsFilter): Promise<EcosystemResponse> {
  // Founding years are the period's subject here, so the period bounds them and not the filter's rule for unknown years.
  const nf = { ...f, from: undefined, to: undefined };
  const founded = SQL`${f.from !== undefined ? SQL` AND n."foundedYear" >= ${f.from}` : none}${f.to !== undefined ? SQL` AND n."foundedYear" <= ${f.to}` : none}`;
  // Verified memberships per city: unfiltered, the counts the membership triggers keep
  // (CityNetworkCount); filtered, counted from the memberships the filter keeps.
  const unfiltered = !f.region && !f.theme && f.from === undefined && f.to === undefined;
  const perCity = unfiltered
    ? SQL`SELECT k."cityId", k.networks FROM "CityNetworkCount" k`
    : SQL`SELECT nm."cityId", count(*) AS networks
        FROM "NetworkMembership" nm JOIN "City" c ON c.id = nm."cityId" JOIN "Network" n ON n.id = nm."networkId"
        WHERE ${networkWhere(nf)} ${f.region ? SQL` AND c.region = ${f.region}` : none} ${founded}
        GROUP BY nm."cityId"`;
  const [years, regions, buckets, located] = await Promise.all([
    db.$queryRaw<{ year: number; count: bigint }[]>`
      SELECT n."foundedYear" AS year, count(*) AS count FROM "Network" n
      WHERE ${networkWhere(nf)} AND n."foundedYear" IS NOT NULL ${founded} GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<{ region: string; global: bigint; regional: bigint }[]>`
      SELECT COALESCE(n.region, 'Unknown') AS region, count(*) FILTER (WHERE n.scope = 'GLOBAL') AS global, count(*) FILTER (WHERE n.scope = 'REGIONAL') AS regional
      FROM "Network" n WHERE ${networkWhere(f)} GROUP BY 1 ORDER BY count(*) DESC, 1`,
    db.$queryRaw<{ bucket: number; cities: bigint; memberships: bigint }[]>`
      SELECT least(k.networks, ${BUCKETS.length})::int AS bucket, count(*) AS cities, sum(k.networks) AS memberships
      FROM (${perCity}) k GROUP BY 1`,
    db.$queryRaw<{ slug: string; name: string; latitude: number; longitude: number; memberships: bigint; located: bigint }[]>`
      SELECT c.slug, c.name, c.latitude, c.longitude, k.networks AS memberships, count(*) OVER () AS located
      FROM (${perCity}) k JOIN "City" c ON c.id = k."cityId"
      WHERE c.latitude IS NOT NULL AND c.longitude IS NOT NULL
      ORDER BY k.networks DESC, c.slug LIMIT ${MAX_MAP_CITIES}`,
  ]);
  let cumulative = 0;
  const citiesIn = new Map(buckets.map((b) => [Number(b.bucket), num(b.cities)]));
  const cities = buckets.reduce((sum, b) => sum + num(b.cities), 0);
  const memberships = buckets.reduce((sum, b) => sum + num(b.memberships), 0);
  const networks = regions.reduce((sum, r) => sum + num(r.global) + num(r.regional), 0);
  return {
    founded: years.map((r) => ({ year: Number(r.year), founded: num(r.count), cumulative: (cumulative += num(r.count)) })),
    byRegion: regions.map((r) => ({ region: r.region, global: num(r.global), regional: num(r.regional) })),
    membershipHistogram: BUCKETS.map((memberships, i) => ({ memberships, cities: citiesIn.get(i + 1) ?? 0 })),
    cities: located.map((c) => ({ slug: c.slug, name: c.name, latitude: c.latitude, longitude: c.longitude, memberships: num(c.memberships) })),
    totals: { networks, cities, memberships, membershipsPerCity: cities ? memberships / cities : 0, located: num(located[0]?.located ?? 0) },
    references: ECOSYSTEM_REFERENCES,
  };
}

const MAX_CLUSTERS = 50;

/**
 * Clusters of similar initiatives across networks: initiatives joined by the links people made
 * from the similarity module's suggestions (duplicate and related marks, collaboration proposals),
 * grouped into connected components; only clusters spanning more than one network are duplication.
 */
export async function duplication(db: Db, f: InsightsFilter): Promise<DuplicationResponse> {
  const eligible = SQL`SELECT i.id FROM "Initiative" i WHERE i.state = 'PUBLISHED' ${periodWhere(SQL`COALESCE(i."startDate", i."publishedAt"::date)`, f)}
    ${f.theme ? SQL` AND EXISTS (SELECT 1 FROM "InitiativeTheme" it JOIN "Theme" th ON th.id = it."themeId" WHERE it."initiativeId" = i.id AND th.slug = ${f.theme})` : none}
    AND EXISTS (SELECT 1 FROM "InitiativeOwner" o JOIN "Network" n ON n.id = o."networkId" WHERE o."initiativeId" = i.id AND o.status = 'ACCEPTED' AND ${networkWhere({ region: f.region })})`;
  const links = await db.$queryRaw<{ a: string; b: string; kind: "DUPLICATE" | "RELATED" | "PROPOSAL"; status: string | null }[]>`
    WITH ok AS MATERIALIZED (${eligible})
    SELECT l.a, l.b, l.kind, l.status FROM (
      SELECT r."initiativeAId" AS a, r."initiativeBId" AS b, r.kind::text AS kind, NULL::text AS status FROM "InitiativeRelation" r
      UNION ALL
      SELECT p."fromInitiativeId", p."toInitiativeId", 'PROPOSAL', p.status::text FROM "CollaborationProposal" p
    ) l
    WHERE l.a IN (SELECT id FROM ok) AND l.b IN (SELECT id FROM ok)`;
  const ids = [...new Set(links.flatMap((l) => [l.a, l.b]))];
  const initiatives = ids.length
    ? await db.initiative.findMany({
        where: { id: { in: ids } },
        select: { id: true, slug: true, title: true, owners: { where: { status: "ACCEPTED" }, orderBy: [{ isLead: "desc" }, { networkId: "asc" }], select: { network: { select: { slug: true, name: true } } } } },
      })
    : [];
  return clustersOf(links, initiatives);
}

type Link = { a: string; b: string; kind: "DUPLICATE" | "RELATED" | "PROPOSAL"; status: string | null };
type ClusterInitiative = { id: string; slug: string; title: string; owners: { network: { slug: string; name: string } }[] };

/** Connected components of the links (union–find), largest first; exported for its unit test. */
export function clustersOf(links: Link[], initiatives: ClusterInitiative[]): DuplicationResponse {
  const parent = new Map<string, string>();
  const root = (x: string): string => {
    if (!parent.has(x)) parent.set(x, x);
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const l of links) {
    const [ra, rb] = [root(l.a), root(l.b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const byId = new Map(initiatives.map((i) => [i.id, i]));
  const groups = new Map<string, { members: ClusterInitiative[]; links: Link[] }>();
  for (const id of [...parent.keys()].sort()) {
    const initiative = byId.get(id);
    if (!initiative) continue;
    const group = groups.get(root(id)) ?? { members: [], links: [] };
    group.members.push(initiative);
    groups.set(root(id), group);
  }
  for (const l of links) groups.get(root(l.a))?.links.push(l);
  const clusters = [...groups.values()]
    .map((g) => {
      const networks = new Map<string, { slug: string; name: string }>();
      for (const m of g.members) for (const o of m.owners) networks.set(o.network.slug, o.network);
      const proposals = g.links.filter((l) => l.kind === "PROPOSAL");
      return {
        initiatives: g.members.map((m) => ({ slug: m.slug, title: m.title, networks: m.owners.map((o) => o.network.slug) })).sort((a, b) => a.slug.localeCompare(b.slug)),
        networks: [...networks.values()].sort((a, b) => a.slug.localeCompare(b.slug)),
        duplicates: g.links.filter((l) => l.kind === "DUPLICATE").length,
        related: g.links.filter((l) => l.kind === "RELATED").length,
        proposals: {
          pending: proposals.filter((p) => p.status === "PENDING").length,
          accepted: proposals.filter((p) => p.status === "ACCEPTED").length,
          declined: proposals.filter((p) => p.status === "DECLINED").length,
        },
      };
    })
    .filter((c) => c.networks.length > 1)
    .sort((a, b) => b.networks.length - a.networks.length || b.initiatives.length - a.initiatives.length || a.initiatives[0]!.slug.localeCompare(b.initiatives[0]!.slug));
  return {
    clusters: clusters.slice(0, MAX_CLUSTERS).map((c, i) => ({ id: i + 1, ...c })),
    totals: {
      clusters: clusters.length,
      initiatives: clusters.reduce((sum, c) => sum + c.initiatives.length, 0),
      networks: new Set(clusters.flatMap((c) => c.networks.map((n) => n.slug))).size,
      proposals: clusters.reduce((sum, c) => sum + c.proposals.pending + c.proposals.accepted + c.proposals.declined, 0),
    },
  };
}
