import { contentVersions } from "../../server/cache/content-version";
import { insightsPageData } from "../../server/insights/cache";
import { insightResponse } from "../../server/insights/http";
import type { InsightsFilter } from "../../server/insights/schemas";
import { coverage, duplication, ecosystem, overlap, spillover } from "../../server/insights/service";
import type { Benchmark } from "./registry";

const bench = <T>(b: Benchmark<T>) => b as Benchmark<unknown>;
const all: InsightsFilter = {};
const filtered: InsightsFilter = { region: "Europe", theme: "climate", from: 2000, to: 2025 };
const compute = { coverage, overlap, spillover, ecosystem, duplication } as const;
const kinds = Object.keys(compute) as (keyof typeof compute)[];

// The insights over the bench's filled database. "Uncached" is what the first reader after a write
// pays (each aggregation computed afresh); "cached" is what every later reader pays (the content
// version read plus the cached answer; for endpoints also the schema pass and the JSON body).
export const insightsBenchmarks: Benchmark[] = [
  bench({ name: "insights: page data (cached)", targetP95Ms: 200, prepare: async () => null, run: (ctx) => insightsPageData(ctx.db, all) }),
  bench({
    name: "insights: page data, uncached",
    targetP95Ms: 200,
    prepare: async () => null,
    run: (ctx) => Promise.all([contentVersions(ctx.db), ...kinds.map((kind) => compute[kind](ctx.db, all))]),
  }),
  bench({ name: "insights: page data filtered (cached)", targetP95Ms: 200, prepare: async () => null, run: (ctx) => insightsPageData(ctx.db, filtered) }),
  ...kinds.flatMap((kind) => [
    bench({ name: `insights: ${kind}, uncached`, targetP95Ms: 200, prepare: async () => null, run: (ctx) => compute[kind](ctx.db, all) }),
    bench({ name: `insights: ${kind} filtered, uncached`, targetP95Ms: 200, prepare: async () => null, run: (ctx) => compute[kind](ctx.db, filtered) }),
    bench({
      name: `insights: GET /api/v1/insights/${kind} (cached)`,
      targetP95Ms: 200,
      prepare: async () => null,
      run: async (ctx) => (await insightResponse(() => ctx.db, new Request(`http://bench.test/api/v1/insights/${kind}`), kind)).text(),
    }),
  ]),
];
