import { defineConfig } from "prisma/config";

// Used by `prisma generate` only: migrations run through our WASM schema-engine scripts
// (scripts/db-migrate.ts, scripts/db-diff.ts), so no datasource URL is needed here.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
