import type { Db } from "@/server/db/client";

export type SimilarElsewhere = { initiative: string; slug: string; title: string; link: "DUPLICATE" | "RELATED" | "PROPOSAL"; networks: string[] };
export type MemberPracticeAdoption = { practice: string; title: string; adopterName: string; level: string; adoptedOn: Date };

/**
 * For a network's dashboard, in two queries whatever the number of its initiatives: the initiatives
 * of other networks linked to each of its own (duplicate or related marks, collaboration proposals,
 * the similarity suggestions people confirmed), and the latest adoptions of practices that the
 * network or its member cities brought in.
 */
export async function networkDashboardInsights(db: Db, networkId: string) {
  const [similar, adoptions] = await Promise.all([
    db.$queryRaw<SimilarElsewhere[]>`
      WITH own AS (SELECT o."initiativeId" AS id FROM "InitiativeOwner" o WHERE o."networkId" = ${networkId} AND o.status = 'ACCEPTED'),
      link AS (
        SELECT r."initiativeAId" AS a, r."initiativeBId" AS b, r.kind::text AS kind FROM "InitiativeRelation" r
        UNION SELECT p."fromInitiativeId", p."toInitiativeId", 'PROPOSAL' FROM "CollaborationProposal" p
      ), pair AS (
        SELECT own.id AS mine, CASE WHEN link.a = own.id THEN link.b ELSE link.a END AS other, min(link.kind) AS kind
        FROM link JOIN own ON own.id IN (link.a, link.b) GROUP BY 1, 2
      )
      SELECT mi.slug AS initiative, oi.slug, oi.title, pair.kind AS link,
        array(SELECT n.name FROM "InitiativeOwner" o JOIN "Network" n ON n.id = o."networkId" WHERE o."initiativeId" = oi.id AND o.status = 'ACCEPTED' ORDER BY o."isLead" DESC, n.name) AS networks
      FROM pair JOIN "Initiative" mi ON mi.id = pair.mine JOIN "Initiative" oi ON oi.id = pair.other AND oi.state = 'PUBLISHED'
      WHERE pair.other NOT IN (SELECT id FROM own)
      ORDER BY mi.slug, pair.kind, oi.title`,
    db.$queryRaw<MemberPracticeAdoption[]>`
      SELECT p.slug AS practice, p.title, a."adopterName", a.level::text AS level, a."adoptedOn"
      FROM "Adoption" a JOIN "Practice" p ON p.id = a."practiceId"
      WHERE p.state = 'PUBLISHED' AND (p."networkId" = ${networkId} OR EXISTS (
        SELECT 1 FROM "PracticeCity" pc JOIN "NetworkMembership" nm ON nm."cityId" = pc."cityId" AND nm."networkId" = ${networkId} WHERE pc."practiceId" = p.id))
      ORDER BY a."adoptedOn" DESC, p.slug, a.id
      LIMIT 50`,
  ]);
  const byInitiative = new Map<string, SimilarElsewhere[]>();
  for (const s of similar) byInitiative.set(s.initiative, [...(byInitiative.get(s.initiative) ?? []), s]);
  return { similarByInitiative: byInitiative, adoptions };
}
