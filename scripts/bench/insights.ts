import type { InsightsFilter } from "../../server/insights/schemas";
import { dataVersion, insight, insightsPageData } from "../../server/insights/cache";
import { coverage, ecosystem, overlap, spillover } from "../../server/insights/service";
import type { Benchmark } from "./registry";

const bench = <T>(b: Benchmark<T>) => b as Benchmark<unknown>;
const all: InsightsFilter = {};
const filtered: InsightsFilter = { region: "Europe", theme: "climate", from: 2000, to: 2025 };

// The insights over the bench's filled database: each aggregation computed afresh (what the first
// reader after a write pays), and the /insights page data as readers get it (the data-version check
// plus the cached answers).
export const insightsBenchmarks: Benchmark[] = [
  bench({ name: "insights: page data (cached)", targetP95Ms: 200, prepare: async () => null, run: (ctx) => insightsPageData(ctx.db, all) }),
  bench({ name: "insights: data version check", targetP95Ms: 200, prepare: async () => null, run: (ctx) => dataVersion(ctx.db) }),
  bench({ name: "insights: coverage, uncached", targetP95Ms: 200, prepare: async () => null, run: (ctx) => coverage(ctx.db, all) }),
  bench({ name: "insights: coverage filtered, uncached", targetP95Ms: 200, prepare: async () => null, run: (ctx) => coverage(ctx.db, filtered) }),
  bench({ name: "insights: overlap, uncached", targetP95Ms: 200, prepare: async () => null, run: (ctx) => overlap(ctx.db, all) }),
  bench({ name: "insights: spillover, uncached", targetP95Ms: 200, prepare: async () => null, run: (ctx) => spillover(ctx.db, all) }),
  bench({ name: "insights: ecosystem, uncached", targetP95Ms: 200, prepare: async () => null, run: (ctx) => ecosystem(ctx.db, all) }),
  bench({ name: "insights: coverage endpoint (cached)", targetP95Ms: 200, prepare: async () => null, run: (ctx) => insight(ctx.db, "coverage", all) }),
];
