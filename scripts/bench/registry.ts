import type { Context } from "../../server/auth/actor";
import { citiesSharingNetworks, listCities } from "../../server/cities/service";
import { getNetwork, listNetworks } from "../../server/networks/service";

export type Benchmark<T = unknown> = {
  name: string;
  targetP95Ms?: number;
  prepare(ctx: Context): Promise<T>;
  run(ctx: Context, args: T): Promise<unknown>;
  /** A reference doing the same work by hand (e.g. a plain tsvector query): its p95 and the ratio are printed too. */
  baseline?: { name: string; maxRatio: number; run(ctx: Context, args: T): Promise<unknown> };
};

const bench = <T>(b: Benchmark<T>) => b as Benchmark<unknown>;

// Page queries of the registry; the targets are what a page needs to feel instant on the server.
export const benchmarks: Benchmark[] = [
  bench({ name: "networks: first page, by name", targetP95Ms: 50, prepare: async () => null, run: (ctx) => listNetworks(ctx, {}) }),
  bench({ name: "networks: search 'resilient'", targetP95Ms: 100, prepare: async () => null, run: (ctx) => listNetworks(ctx, { q: "resilient" }) }),
  bench({ name: "networks: theme + regional, by members", targetP95Ms: 100, prepare: async () => null, run: (ctx) => listNetworks(ctx, { theme: "climate", scope: "REGIONAL", sort: "members" }) }),
  bench({ name: "networks: profile page (bench-network-7)", targetP95Ms: 50, prepare: async () => null, run: (ctx) => getNetwork(ctx, "bench-network-7") }),
  bench({ name: "cities: first page, by name", targetP95Ms: 50, prepare: async () => null, run: (ctx) => listCities(ctx, {}) }),
  bench({ name: "cities: search 'ville 12'", targetP95Ms: 50, prepare: async () => null, run: (ctx) => listCities(ctx, { q: "ville 12" }) }),
  bench({ name: "cities: members of one network, by networks", targetP95Ms: 100, prepare: async () => null, run: (ctx) => listCities(ctx, { network: "c40", sort: "networks" }) }),
  bench({ name: "cities: page 50, by population", targetP95Ms: 100, prepare: async () => null, run: (ctx) => listCities(ctx, { sort: "population", page: 50 }) }),
  bench({
    name: "cities: shares networks with (one city)",
    targetP95Ms: 100,
    prepare: async (ctx) => (await ctx.db.city.findUniqueOrThrow({ where: { slug: "bench-city-4242" }, select: { id: true } })).id,
    run: (ctx, id) => citiesSharingNetworks(ctx, id),
  }),
];
