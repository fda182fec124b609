import type { Db } from "@/server/db/client";
import { Prisma } from "@/server/db/generated/client";
import { bounded } from "@/server/search/query";
import { MIN_SCORE, similarity, tellingTerms, type SimilarityProfile, type SimilarityReasons } from "@/server/knowledge/similarity";

// Finding similar initiatives in other networks, in one SQL query: candidates share the draft's
// rarest key words (the ones that tell programmes apart; one GIN lookup on keyTerms per word, the
// candidates ordered by the summed rarity of the words they share, without reading their
// keyTerms) or its themes, SDGs and cities; the same query returns each candidate's profile, and
// the score module ranks them.

const CANDIDATES = 80;
/** How many of the target's words pick candidates: its rarest, as common words match thousands. */
const RARE_TERMS = 8;

export type SimilarInitiative = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  networks: { slug: string; name: string; acronym: string | null }[];
  score: number;
  reasons: SimilarityReasons;
};

export type SimilarityTarget = SimilarityProfile & {
  /** Initiatives owned by these networks are not "other networks'" and are left out. */
  excludeNetworkIds: string[];
  excludeInitiativeId?: string;
};

type CandidateRow = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  keyTerms: string[] | null;
  themes: string[];
  sdgs: number[];
  cities: string[];
  networks: SimilarInitiative["networks"];
};

export async function findSimilarInitiatives(db: Db, target: SimilarityTarget, limit = 5, signal?: AbortSignal): Promise<SimilarInitiative[]> {
  const rows = await bounded(db, { signal }, candidates(db, target));
  return rows
    .map((row) => {
      const { score, reasons } = similarity(target, { keyTerms: row.keyTerms ?? [], themes: row.themes, sdgs: row.sdgs, cities: row.cities });
      return { id: row.id, slug: row.slug, title: row.title, summary: row.summary, networks: row.networks, score, reasons };
    })
    .filter((s) => s.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.title.localeCompare(b.title))
    .slice(0, limit);
}

function candidates(db: Db, target: SimilarityTarget): Prisma.PrismaPromise<CandidateRow[]> {
  const excludeNetworks = target.excludeNetworkIds.length ? target.excludeNetworkIds : ["-"];
  const excludeId = target.excludeInitiativeId ?? "-";
  const notExcluded = (id: Prisma.Sql) => Prisma.sql`${id} <> ${excludeId}
    AND NOT EXISTS (SELECT 1 FROM "InitiativeOwner" o WHERE o."initiativeId" = ${id} AND o."networkId" = ANY(${excludeNetworks}::text[]))`;
  const facets: Prisma.Sql[] = [];
  if (target.themes.length) {
    facets.push(Prisma.sql`SELECT it."initiativeId" AS id FROM "InitiativeTheme" it JOIN "Theme" t ON t.id = it."themeId" WHERE t.slug = ANY(${[...target.themes]}::text[])`);
  }
  if (target.sdgs.length) {
    facets.push(Prisma.sql`SELECT "initiativeId" AS id FROM "InitiativeSdg" WHERE "sdgNumber" = ANY(${[...target.sdgs]}::int[])`);
  }
  if (target.cities.length) {
    facets.push(Prisma.sql`SELECT ic."initiativeId" AS id FROM "InitiativeCity" ic JOIN "City" c ON c.id = ic."cityId" WHERE c.slug = ANY(${[...target.cities]}::text[])`);
  }
  const byFacets = facets.length
    ? Prisma.sql`SELECT m.id FROM (${Prisma.join(facets, " UNION ALL ")}) m
        JOIN "Initiative" i ON i.id = m.id AND i.state = 'PUBLISHED'
        WHERE ${notExcluded(Prisma.sql`m.id`)}
        GROUP BY m.id ORDER BY count(*) DESC, m.id LIMIT ${CANDIDATES}`
    : Prisma.sql`SELECT NULL::text AS id WHERE FALSE`;
  const telling = [...new Set(tellingTerms(target.keyTerms))];

  return db.$queryRaw<CandidateRow[]>`
    WITH rare AS MATERIALIZED (
      SELECT term, ln(1 + (greatest((SELECT reltuples FROM pg_class WHERE oid = '"SearchDocument"'::regclass), docs) + 1) / docs) AS weight
      FROM "SearchTerm" WHERE term = ANY(${telling}::text[]) AND docs > 0
      ORDER BY docs, term LIMIT ${RARE_TERMS}
    ),
    by_text AS (
      SELECT h.id FROM rare r
      CROSS JOIN LATERAL (
        SELECT d."entityId" AS id FROM "SearchDocument" d WHERE d."keyTerms" @> ARRAY[r.term] AND d.kind = 'INITIATIVE' OFFSET 0
      ) h
      WHERE ${notExcluded(Prisma.sql`h.id`)}
      GROUP BY h.id
      ORDER BY sum(r.weight) DESC, h.id
      LIMIT ${CANDIDATES}
    ),
    c AS (SELECT id FROM by_text UNION SELECT id FROM (${byFacets}) f)
    SELECT i.id, i.slug, i.title, i.summary, d."keyTerms",
      ARRAY(SELECT t.slug FROM "InitiativeTheme" it JOIN "Theme" t ON t.id = it."themeId" WHERE it."initiativeId" = i.id) AS themes,
      ARRAY(SELECT s."sdgNumber" FROM "InitiativeSdg" s WHERE s."initiativeId" = i.id) AS sdgs,
      ARRAY(SELECT ci.slug FROM "InitiativeCity" ic JOIN "City" ci ON ci.id = ic."cityId" WHERE ic."initiativeId" = i.id) AS cities,
      COALESCE((
        SELECT json_agg(json_build_object('slug', n.slug, 'name', n.name, 'acronym', n.acronym) ORDER BY o."isLead" DESC, n.name)
        FROM "InitiativeOwner" o JOIN "Network" n ON n.id = o."networkId"
        WHERE o."initiativeId" = i.id AND o.status = 'ACCEPTED'
      ), '[]'::json) AS networks
    FROM c JOIN "Initiative" i ON i.id = c.id AND i.state = 'PUBLISHED'
    LEFT JOIN "SearchDocument" d ON d.kind = 'INITIATIVE' AND d."entityId" = i.id`;
}
