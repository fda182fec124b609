import { contentVersions, versionKey, type ContentArea, type ContentVersions } from "@/server/cache/content-version";
import type { Db } from "@/server/db/client";
import type { InsightsFilter } from "./schemas";
import { coverage, duplication, ecosystem, overlap, spillover } from "./service";

const compute = { coverage, overlap, spillover, ecosystem, duplication } as const;
export type InsightKind = keyof typeof compute;
export type InsightResult<K extends InsightKind> = Awaited<ReturnType<(typeof compute)[K]>>;

/** The content areas each insight reads: a write to any of them (on any instance) is a new version. */
const reads: Record<InsightKind | "options", readonly ContentArea[]> = {
  coverage: ["registry", "knowledge", "challenges"],
  overlap: ["registry"],
  spillover: ["registry", "knowledge"],
  ecosystem: ["registry"],
  duplication: ["registry", "knowledge"],
  options: ["registry"],
};

const MAX_ENTRIES = 200;
const entries = new Map<string, Promise<unknown>>();

/**
 * A value cached under `key` for the versions of `areas`. The promise is cached, so concurrent
 * readers of a cold entry share one computation; a failed computation is dropped, not kept.
 */
function cached<T>(versions: ContentVersions, areas: readonly ContentArea[], key: string, load: () => Promise<T>): Promise<T> {
  const full = `${key}@${versionKey(versions, areas)}`;
  const hit = entries.get(full);
  if (hit) return hit as Promise<T>;
  const value = load();
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  entries.set(full, value);
  value.catch(() => entries.delete(full));
  return value;
}

const filterKey = (filter: InsightsFilter) => JSON.stringify([filter.region ?? null, filter.theme ?? null, filter.from ?? null, filter.to ?? null]);

/** One insight for a filter, computed once per version of the content it reads and filter. */
export async function insight<K extends InsightKind>(db: Db, kind: K, filter: InsightsFilter, versions?: ContentVersions): Promise<InsightResult<K>> {
  const current = versions ?? (await contentVersions(db));
  return cached(current, reads[kind], `${kind}:${filterKey(filter)}`, () => compute[kind](db, filter) as Promise<InsightResult<K>>);
}

/** Everything the /insights page shows, and the options of its filters: one version read, then cached answers. */
export async function insightsPageData(db: Db, filter: InsightsFilter) {
  const versions = await contentVersions(db);
  const [coverage, overlap, spillover, ecosystem, duplication, options] = await Promise.all([
    insight(db, "coverage", filter, versions),
    insight(db, "overlap", filter, versions),
    insight(db, "spillover", filter, versions),
    insight(db, "ecosystem", filter, versions),
    insight(db, "duplication", filter, versions),
    cached(versions, reads.options, "options", async () => {
      const [themes, regions] = await Promise.all([
        db.theme.findMany({ orderBy: { position: "asc" } }),
        db.$queryRaw<{ region: string }[]>`SELECT region FROM "Network" WHERE status = 'VERIFIED' AND region IS NOT NULL UNION SELECT region FROM "City" ORDER BY 1`,
      ]);
      return { themes, regions: regions.map((r) => r.region) };
    }),
  ]);
  return { coverage, overlap, spillover, ecosystem, duplication, ...options };
}
