import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Context } from "../server/auth/actor";
import { createPrismaClient, type Db } from "../server/db/client";
import { openAdapter, type DatabaseTarget } from "../server/db/connection";
import { applyMigrations } from "../server/db/schema-engine";
import { seed } from "../server/db/seed";
import { fillForum, forumBenchmarks, measureForumPosting } from "./bench/forum";
import { fillKnowledge, knowledgeBenchmarks } from "./bench/knowledge";
import { insightsBenchmarks } from "./bench/insights";
import { benchmarks as registryBenchmarks } from "./bench/registry";
import { indexUnindexed } from "../server/search/documents";

// `npm run bench`: fills a scratch database (in-memory PGlite, then a fresh database on the
// PostgreSQL server at BENCH_DATABASE_URL or 127.0.0.1:5432) with the real seed plus synthetic
// scale, and prints p50/p95 of the registry's page queries. Targets are in scripts/bench/registry.ts.

// Filling 100k practices runs statements far longer than the app's 10 s limit per statement.
process.env.DB_STATEMENT_TIMEOUT_MS ??= "600000";

const scale = {
  networks: Number(process.env.BENCH_NETWORKS ?? 2000),
  cities: Number(process.env.BENCH_CITIES ?? 50000),
  practices: Number(process.env.BENCH_PRACTICES ?? 100_000),
  initiatives: Number(process.env.BENCH_INITIATIVES ?? 20_000),
};
// BENCH_ONLY=<name prefixes, comma-separated> (e.g. "forum" or "search,similar,cities") measures only the matching benchmarks.
const only = (process.env.BENCH_ONLY ?? "").split(",").map((p) => p.trim());
const benchmarks = [...registryBenchmarks, ...knowledgeBenchmarks, ...forumBenchmarks, ...insightsBenchmarks].filter((b) => only.some((p) => b.name.startsWith(p)));
const iterations = Number(process.env.BENCH_ITERATIONS ?? 40);

async function fill(db: Db) {
  await seed(db, { demo: false });
  const themes = await db.theme.findMany({ select: { id: true } });
  const regions = ["Africa", "East Asia", "Europe", "Latin America and the Caribbean", "North America", "Oceania", "South Asia"];
  const words = ["Green", "Resilient", "Safe", "Healthy", "Digital", "Inclusive", "Coastal", "Creative", "Peaceful", "Smart"];
  const batch = 5000;
  for (let i = 0; i < scale.networks; i += batch) {
    await db.network.createMany({
      data: Array.from({ length: Math.min(batch, scale.networks - i) }, (_, k) => {
        const n = i + k;
        return {
          slug: `bench-network-${n}`,
          name: `${words[n % words.length]} Cities Alliance ${n}`,
          acronym: `BN${n}`,
          scope: n % 3 ? ("REGIONAL" as const) : ("GLOBAL" as const),
          region: regions[n % regions.length],
          membershipModel: n % 4 ? "open" : "invitation",
          foundedYear: 1950 + (n % 75),
          memberCount: (n * 37) % 900,
          about: `Synthetic network ${n} for benchmarks.`,
          status: n % 10 ? ("VERIFIED" as const) : ("PENDING" as const),
        };
      }),
    });
  }
  const networkIds = (await db.network.findMany({ where: { slug: { startsWith: "bench-" } }, select: { id: true } })).map((n) => n.id);
  await db.networkTheme.createMany({
    data: networkIds.flatMap((id, n) => [themes[n % themes.length]!, themes[(n * 7) % themes.length]!].map((t) => ({ networkId: id, themeId: t.id }))),
    skipDuplicates: true,
  });
  for (let i = 0; i < scale.cities; i += batch) {
    await db.city.createMany({
      data: Array.from({ length: Math.min(batch, scale.cities - i) }, (_, k) => {
        const n = i + k;
        return {
          slug: `bench-city-${n}`,
          name: `Benchville ${n}`,
          countryCode: ["FR", "CN", "BR", "NG", "IN", "US", "ES"][n % 7]!,
          region: regions[n % regions.length]!,
          population: 10000 + ((n * 7919) % 5_000_000),
          populationYear: 2020,
        };
      }),
    });
  }
  const cityIds = (await db.city.findMany({ where: { slug: { startsWith: "bench-" } }, select: { id: true } })).map((c) => c.id);
  // Each synthetic city joins 1–6 networks, so overlap queries have real work to do.
  const memberships = cityIds.flatMap((cityId, n) =>
    Array.from({ length: 1 + (n % 6) }, (_, k) => ({ cityId, networkId: networkIds[(n * 13 + k * 101) % networkIds.length]! })),
  );
  for (let i = 0; i < memberships.length; i += batch) {
    await db.networkMembership.createMany({ data: memberships.slice(i, i + batch), skipDuplicates: true });
  }
  // The synthetic networks and cities join the search index too, so search runs over everything.
  await indexUnindexed(db);
  await fillKnowledge(db, scale);
  await fillForum(db);
  return { memberships: memberships.length };
}

/** A kept database (BENCH_KEEP, BENCH_PGLITE_DIR) filled by an earlier run at the same scale is measured as it is. */
async function alreadyFilled(db: Db, kept: boolean) {
  if (!kept) return false;
  const [networks, practices] = await Promise.all([
    db.network.count({ where: { slug: { startsWith: "bench-network-" } } }),
    db.practice.count({ where: { slug: { startsWith: "bench-practice-" } } }),
  ]);
  return networks === scale.networks && practices >= scale.practices;
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timesOf(run: () => Promise<unknown>) {
  await run();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

async function measure(ctx: Context, label: string) {
  for (const bench of benchmarks) {
    const args = await bench.prepare(ctx);
    const times = await timesOf(() => bench.run(ctx, args));
    const p95 = percentile(times, 95);
    const target = bench.targetP95Ms ? ` (target p95 < ${bench.targetP95Ms} ms: ${p95 < bench.targetP95Ms ? "PASS" : "MISS"})` : "";
    console.log(`${label.padEnd(10)} ${bench.name.padEnd(46)} p50 ${percentile(times, 50).toFixed(1).padStart(7)} ms  p95 ${p95.toFixed(1).padStart(7)} ms${target}`);
    if (bench.baseline) {
      const { baseline } = bench;
      const reference = await timesOf(() => baseline.run(ctx, args));
      const ratio = p95 / percentile(reference, 95);
      console.log(
        `${label.padEnd(10)}   vs ${baseline.name.padEnd(41)} p50 ${percentile(reference, 50).toFixed(1).padStart(7)} ms  p95 ${percentile(reference, 95).toFixed(1).padStart(7)} ms` +
          `  ratio ${ratio.toFixed(2)}× (target ≤ ${baseline.maxRatio}×: ${ratio <= baseline.maxRatio ? "PASS" : "MISS"})`,
      );
    }
  }
}

async function runOn(label: string, target: DatabaseTarget, kept: boolean, cleanup?: () => Promise<void>) {
  const adapter = await openAdapter(target);
  try {
    await applyMigrations(adapter.factory);
    const db = createPrismaClient(adapter.factory);
    if (await alreadyFilled(db, kept)) {
      console.log(`${label}: reusing the filled database (${scale.networks} networks, ${scale.practices} practices)`);
    } else {
      const started = performance.now();
      const { memberships } = await fill(db);
      console.log(`${label}: filled ${scale.networks} networks, ${scale.cities} cities, ${memberships} memberships, ${scale.initiatives} initiatives, ${scale.practices} practices in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const rss = process.memoryUsage().rss;
    await measure({ db, actor: null }, label);
    await measureForumPosting(db, label);
    console.log(`${label}: resident memory ${(rss / 1024 / 1024).toFixed(0)} MiB after filling`);
    await db.$disconnect();
  } finally {
    await adapter.close();
    await cleanup?.();
  }
}

// BENCH_TARGETS=postgres (or pglite) measures one database only.
const targets = (process.env.BENCH_TARGETS ?? "pglite,postgres").split(",");
// BENCH_PGLITE_DIR=<folder> keeps the embedded database on disk (as `npm start` has it) instead of
// in memory, and a later run finding it filled measures it without refilling.
const pgliteDir = process.env.BENCH_PGLITE_DIR;
if (targets.includes("pglite")) await runOn("pglite", { kind: "embedded", dataDir: pgliteDir }, !!pgliteDir);

if (targets.includes("postgres")) await runOnServer();

// BENCH_KEEP=<database name> keeps the server database after the run and, when a later run finds
// it filled at the same scale, measures it again without refilling (new migrations still apply).
async function runOnServer() {
  const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const keep = process.env.BENCH_KEEP;
  if (keep && !/^[a-z_][a-z0-9_]*$/.test(keep)) throw new Error("BENCH_KEEP must be a plain lower-case database name");
  const name = keep ?? `concord_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  try {
    await admin.connect();
    const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount;
    if (!exists) await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    await runOn("postgres", { kind: "server", url: url.toString() }, !!keep, async () => {
      if (keep) return;
      const drop = new pg.Client({ connectionString: serverUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    });
  } catch (error) {
    console.log(`postgres: skipped (${(error as Error).message})`);
  }
}
