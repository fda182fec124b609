import type { Db } from "@/server/db/client";
import { Prisma } from "@/server/db/generated/client";
import { MIN_SCORE, similarity, tellingTerms, type SimilarityProfile, type SimilarityReasons } from "@/server/knowledge/similarity";

// Finding similar initiatives in other networks: a cheap SQL pass picks candidates that share key
// words (GIN on keyTerms) or themes, SDGs and cities; the score module then ranks them.

const CANDIDATES = 80;

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

export async function findSimilarInitiatives(db: Db, target: SimilarityTarget, limit = 5): Promise<SimilarInitiative[]> {
  const excludeNetworks = target.excludeNetworkIds.length ? target.excludeNetworkIds : ["-"];
  const excludeId = target.excludeInitiativeId ?? "-";
  const queryTerms = tellingTerms(target.keyTerms);
  const [byText, byFacets] = await Promise.all([
    queryTerms.length
      ? db.$queryRaw<{ id: string }[]>`
          SELECT d."entityId" AS id FROM "SearchDocument" d
          WHERE d.kind = 'INITIATIVE' AND d."keyTerms" && ${queryTerms}::text[] AND d."entityId" <> ${excludeId}
            AND NOT EXISTS (SELECT 1 FROM "InitiativeOwner" o WHERE o."initiativeId" = d."entityId" AND o."networkId" = ANY(${excludeNetworks}::text[]))
          ORDER BY cardinality(ARRAY(SELECT unnest(d."keyTerms") INTERSECT SELECT unnest(${queryTerms}::text[]))) DESC, d."entityId"
          LIMIT ${CANDIDATES}`
      : Promise.resolve([]),
    facetCandidates(db, target, excludeNetworks, excludeId),
  ]);
  const ids = [...new Set([...byText, ...byFacets].map((r) => r.id))];
  if (!ids.length) return [];

  const rows = await db.initiative.findMany({
    where: { id: { in: ids }, state: "PUBLISHED" },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      themes: { select: { theme: { select: { slug: true } } } },
      sdgs: { select: { sdgNumber: true } },
      cities: { select: { city: { select: { slug: true } } } },
      owners: { where: { status: "ACCEPTED" }, orderBy: { isLead: "desc" }, select: { network: { select: { slug: true, name: true, acronym: true } } } },
    },
  });
  const keyTerms = new Map(
    (await db.searchDocument.findMany({ where: { kind: "INITIATIVE", entityId: { in: ids } }, select: { entityId: true, keyTerms: true } })).map((d) => [d.entityId, d.keyTerms]),
  );
  return rows
    .map((row) => {
      const { score, reasons } = similarity(target, {
        keyTerms: keyTerms.get(row.id) ?? [],
        themes: row.themes.map((t) => t.theme.slug),
        sdgs: row.sdgs.map((s) => s.sdgNumber),
        cities: row.cities.map((c) => c.city.slug),
      });
      return { id: row.id, slug: row.slug, title: row.title, summary: row.summary, networks: row.owners.map((o) => o.network), score, reasons };
    })
    .filter((s) => s.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.title.localeCompare(b.title))
    .slice(0, limit);
}

/** Initiatives sharing the most themes, SDGs and cities with the target. */
async function facetCandidates(db: Db, target: SimilarityTarget, excludeNetworks: string[], excludeId: string) {
  const parts: Prisma.Sql[] = [];
  if (target.themes.length) {
    parts.push(Prisma.sql`SELECT it."initiativeId" AS id FROM "InitiativeTheme" it JOIN "Theme" t ON t.id = it."themeId" WHERE t.slug = ANY(${[...target.themes]}::text[])`);
  }
  if (target.sdgs.length) {
    parts.push(Prisma.sql`SELECT "initiativeId" AS id FROM "InitiativeSdg" WHERE "sdgNumber" = ANY(${[...target.sdgs]}::int[])`);
  }
  if (target.cities.length) {
    parts.push(Prisma.sql`SELECT ic."initiativeId" AS id FROM "InitiativeCity" ic JOIN "City" c ON c.id = ic."cityId" WHERE c.slug = ANY(${[...target.cities]}::text[])`);
  }
  if (!parts.length) return [];
  return db.$queryRaw<{ id: string }[]>`
    SELECT m.id FROM (${Prisma.join(parts, " UNION ALL ")}) m
    JOIN "Initiative" i ON i.id = m.id AND i.state = 'PUBLISHED'
    WHERE m.id <> ${excludeId}
      AND NOT EXISTS (SELECT 1 FROM "InitiativeOwner" o WHERE o."initiativeId" = m.id AND o."networkId" = ANY(${excludeNetworks}::text[]))
    GROUP BY m.id ORDER BY count(*) DESC, m.id LIMIT ${CANDIDATES}`;
}
