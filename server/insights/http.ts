import { z } from "zod";
import type { Db } from "@/server/db/client";
import type { CsvCell } from "@/server/opendata/csv";
import { answer } from "@/server/opendata/http";
import { insight, type InsightKind } from "./cache";
import { coverageQuery, coverageResponse, ecosystemQuery, ecosystemResponse, overlapQuery, overlapResponse, spilloverQuery, spilloverResponse } from "./schemas";

type Csv = { header: readonly string[]; rows: CsvCell[][] };

/** The CSV of each insight: its main table, the one behind its first chart. */
export const insightCsv = {
  coverage: (r: z.infer<typeof coverageResponse>): Csv => ({
    header: ["theme", "name", "networks", "share", "published_share", "initiatives", "challenges", "supports", "orphaned"],
    rows: r.themes.map((t) => [t.slug, t.name, t.networks, Number(t.share.toFixed(4)), t.publishedShare, t.initiatives, t.challenges, t.supports, t.orphaned]),
  }),
  overlap: (r: z.infer<typeof overlapResponse>): Csv => ({
    header: ["network_a", "network_b", "shared_cities", "jaccard"],
    rows: r.edges.map((e) => [e.source, e.target, e.shared, Number(e.jaccard.toFixed(4))]),
  }),
  spillover: (r: z.infer<typeof spilloverResponse>): Csv => ({
    header: ["practice", "title", "adoptions", "levels", "networks_crossed", "countries"],
    rows: r.practices.map((p) => [p.slug, p.title, p.adoptions, p.levels, p.networksCrossed, p.countries]),
  }),
  ecosystem: (r: z.infer<typeof ecosystemResponse>): Csv => ({
    header: ["year", "founded", "cumulative"],
    rows: r.founded.map((y) => [y.year, y.founded, y.cumulative]),
  }),
};

const schemas = {
  coverage: [coverageQuery, coverageResponse],
  overlap: [overlapQuery, overlapResponse],
  spillover: [spilloverQuery, spilloverResponse],
  ecosystem: [ecosystemQuery, ecosystemResponse],
} as const;

/** GET /api/v1/insights/<kind>: the insight as `{ data }`, or its main table with ?format=csv. */
export function insightResponse(getDb: () => Db, request: Request, kind: InsightKind): Promise<Response> {
  const [query, response] = schemas[kind];
  return answer(getDb, request, `insights-${kind}`, (params) => query.safeParse(Object.fromEntries(params)), async (db, q) => {
    const data = response.parse(await insight(db, kind, q));
    const csv = insightCsv[kind](data as never);
    return { data, nextCursor: null, ...csv };
  });
}
