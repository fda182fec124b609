import type { z } from "zod";
import type { Db } from "@/server/db/client";
import type { CsvCell } from "@/server/opendata/csv";
import { answer } from "@/server/opendata/http";
import { insight, type InsightKind, type InsightResult } from "./cache";
import {
  coverageQuery,
  coverageResponse,
  duplicationQuery,
  duplicationResponse,
  ecosystemQuery,
  ecosystemResponse,
  overlapQuery,
  overlapResponse,
  spilloverQuery,
  spilloverResponse,
  type InsightsFilter,
} from "./schemas";

type Csv = { header: readonly string[]; rows: CsvCell[][] };

/** What one endpoint needs: the schemas the OpenAPI document is generated from, and its main table. */
type Endpoint<K extends InsightKind> = {
  query: z.ZodType<InsightsFilter & { format: "json" | "csv" }>;
  response: z.ZodType<InsightResult<K>>;
  csv: (r: InsightResult<K>) => Csv;
};

const endpoints: { [K in InsightKind]: Endpoint<K> } = {
  coverage: {
    query: coverageQuery,
    response: coverageResponse,
    csv: (r) => ({
      header: ["theme", "name", "networks", "share", "published_share", "initiatives", "challenges", "supports", "orphaned"],
      rows: r.themes.map((t) => [t.slug, t.name, t.networks, Number(t.share.toFixed(4)), t.publishedShare, t.initiatives, t.challenges, t.supports, t.orphaned]),
    }),
  },
  overlap: {
    query: overlapQuery,
    response: overlapResponse,
    csv: (r) => ({ header: ["network_a", "network_b", "shared_cities", "jaccard"], rows: r.edges.map((e) => [e.source, e.target, e.shared, Number(e.jaccard.toFixed(4))]) }),
  },
  spillover: {
    query: spilloverQuery,
    response: spilloverResponse,
    csv: (r) => ({
      header: ["practice", "title", "adoptions", "levels", "networks_crossed", "countries"],
      rows: r.practices.map((p) => [p.slug, p.title, p.adoptions, p.levels, p.networksCrossed, p.countries]),
    }),
  },
  ecosystem: {
    query: ecosystemQuery,
    response: ecosystemResponse,
    csv: (r) => ({ header: ["year", "founded", "cumulative"], rows: r.founded.map((y) => [y.year, y.founded, y.cumulative]) }),
  },
  duplication: {
    query: duplicationQuery,
    response: duplicationResponse,
    // One row per initiative in a cluster, so a spreadsheet can filter and pivot by cluster.
    csv: (r) => ({
      header: ["cluster", "initiative", "title", "networks", "cluster_networks", "duplicate_marks", "related_marks", "proposals"],
      rows: r.clusters.flatMap((c) =>
        c.initiatives.map((i) => [c.id, i.slug, i.title, i.networks.join(";"), c.networks.length, c.duplicates, c.related, c.proposals.pending + c.proposals.accepted + c.proposals.declined]),
      ),
    }),
  },
};

/**
 * GET /api/v1/insights/<kind>: the insight as `{ data }`, or its main table with ?format=csv. The
 * answer goes through the response schema (unknown keys stripped), so it is exactly what the
 * OpenAPI document generated from that schema says.
 */
export function insightResponse<K extends InsightKind>(getDb: () => Db, request: Request, kind: K): Promise<Response> {
  const endpoint: Endpoint<K> = endpoints[kind];
  return answer(getDb, request, `insights-${kind}`, (params) => endpoint.query.safeParse(Object.fromEntries(params)), async (db, q) => {
    const data = endpoint.response.parse(await insight(db, kind, q));
    return { data, nextCursor: null, ...endpoint.csv(data) };
  });
}
