import type { PGlite } from "@electric-sql/pglite";
import { createPrismaClient } from "./client";
import { databaseTargetFromEnv, describeTarget, openAdapter, type DatabaseTarget } from "./connection";
import { applyMigrations } from "./schema-engine";
import { seed, type SeedSummary } from "./seed";

/** Migrates the database and fills in what the seed adds; used by `npm start` and `npm run db:seed`. */
export async function prepareDatabase(
  options: { seed: boolean; demo: boolean; target?: DatabaseTarget; log?: (line: string) => void; pglite?: PGlite },
): Promise<{ applied: string[]; summary?: SeedSummary }> {
  const target = options.target ?? databaseTargetFromEnv();
  const log = options.log ?? console.log;
  const adapter = await openAdapter(target, options.pglite);
  try {
    const applied = await applyMigrations(adapter.factory);
    log(applied.length ? `Applied migrations: ${applied.join(", ")}` : `${describeTarget(target)} is up to date.`);
    if (!options.seed) return { applied };
    const db = createPrismaClient(adapter.factory);
    try {
      const summary = await seed(db, { demo: options.demo });
      log(`Seeded: ${summary.networks} networks, ${summary.cities} cities, ${summary.partners} partners, ${summary.memberships} memberships${options.demo ? " (with demo accounts)" : ""}.`);
      return { applied, summary };
    } finally {
      await db.$disconnect();
    }
  } finally {
    await adapter.close();
  }
}
