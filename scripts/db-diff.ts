import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { openAdapter } from "../server/db/connection";
import { diffMigrationsToSchema, migrationsDir } from "../server/db/schema-engine";

// Writes prisma/migrations/<timestamp>_<name>/migration.sql: what the schema adds to the existing
// migrations. The diff replays migrations in a throwaway in-memory PGlite (the shadow database).
const name = (process.argv[2] ?? "").trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
if (!name) {
  console.error("Usage: npm run db:diff -- <migration_name>");
  process.exit(1);
}
const adapter = await openAdapter({ kind: "embedded", dataDir: undefined });
const sql = await diffMigrationsToSchema(adapter.factory);
await adapter.close();
if (!sql) {
  console.log("The schema matches the migrations: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
await mkdir(dir, { recursive: true });
await writeFile(path.join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
await writeFile(path.join(dir, "migration.sql"), sql);
console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
