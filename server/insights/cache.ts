import type { Db } from "@/server/db/client";
import type { InsightsFilter } from "./schemas";
import { coverage, ecosystem, overlap, spillover } from "./service";

const compute = { coverage, overlap, spillover, ecosystem } as const;
export type InsightKind = keyof typeof compute;
type Result<K extends InsightKind> = Awaited<ReturnType<(typeof compute)[K]>>;

/**
 * A fingerprint of the tables the insights read, taken from the database on every call: a write by
 * any app instance changes it (row counts catch deletes, the newest update catches edits), so a
 * cached answer is never served after the data it came from changed, whichever instance wrote.
 */
export async function dataVersion(db: Db): Promise<string> {
  const [row] = await db.$queryRaw<{ v: string }[]>`SELECT concat_ws('|',
    (SELECT count(*) || ':' || COALESCE(max("updatedAt")::text, '') FROM "Network"),
    (SELECT count(*) || ':' || COALESCE(max("updatedAt")::text, '') FROM "City"),
    (SELECT count(*) || ':' || COALESCE(max("updatedAt")::text, '') FROM "Initiative"),
    (SELECT count(*) || ':' || COALESCE(max("updatedAt")::text, '') FROM "Practice"),
    (SELECT count(*) || ':' || COALESCE(max("createdAt")::text, '') FROM "Adoption"),
    (SELECT count(*) || ':' || COALESCE(max("createdAt")::text, '') FROM "NetworkMembership"),
    (SELECT count(*) FROM "NetworkTheme"), (SELECT count(*) FROM "InitiativeTheme"), (SELECT count(*) FROM "InitiativeOwner"),
    (SELECT count(*) || ':' || COALESCE(sum("supportCount"), 0) FROM "CityChallenge"), (SELECT count(*) FROM "ChallengeTheme"),
    (SELECT count(*) || ':' || COALESCE(max("answeredAt")::text, '') FROM "CollaborationProposal")) AS v`;
  return row?.v ?? "";
}

const MAX_ENTRIES = 200;
const entries = new Map<string, unknown>();

/** One insight for a filter, computed once per data version and filter. */
export async function insight<K extends InsightKind>(db: Db, kind: K, filter: InsightsFilter): Promise<Result<K>> {
  const version = await dataVersion(db);
  const key = JSON.stringify([kind, version, filter.region ?? null, filter.theme ?? null, filter.from ?? null, filter.to ?? null]);
  if (entries.has(key)) return entries.get(key) as Result<K>;
  const value = (await compute[kind](db, filter)) as Result<K>;
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  entries.set(key, value);
  return value;
}

/** Everything the /insights page shows, and the options of its filters, in one round of queries. */
export async function insightsPageData(db: Db, filter: InsightsFilter) {
  const [coverage, overlap, spillover, ecosystem, themes, regions] = await Promise.all([
    insight(db, "coverage", filter),
    insight(db, "overlap", filter),
    insight(db, "spillover", filter),
    insight(db, "ecosystem", filter),
    db.theme.findMany({ orderBy: { position: "asc" } }),
    db.$queryRaw<{ region: string }[]>`SELECT region FROM "Network" WHERE status = 'VERIFIED' AND region IS NOT NULL UNION SELECT region FROM "City" ORDER BY 1`,
  ]);
  return { coverage, overlap, spillover, ecosystem, themes, regions: regions.map((r) => r.region) };
}
