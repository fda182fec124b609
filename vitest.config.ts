import path from "node:path";
import { defineConfig } from "vitest/config";

// Integration tests run against PGlite always, and a second time against the PostgreSQL server
// when TEST_DATABASE_URL is set (each test file in its own fresh database there).
const root = path.resolve(import.meta.dirname);
const shared = {
  include: ["**/*.test.ts"],
  exclude: ["node_modules/**", ".next/**", "e2e/**", ".data*/**"],
  globalSetup: ["server/test/global-setup.ts"],
  testTimeout: 30_000,
  hookTimeout: 120_000,
};

export default defineConfig({
  resolve: { alias: { "@": root, "server-only": path.join(root, "server/test/server-only-stub.ts") } },
  test: {
    pool: "forks",
    projects: [
      { extends: true as const, test: { ...shared, name: "pglite", env: { CONCORD_TEST_DB: "pglite" } } },
      ...(process.env.TEST_DATABASE_URL
        ? [{ extends: true as const, test: { ...shared, name: "postgres", env: { CONCORD_TEST_DB: "postgres" } } }]
        : []),
    ],
  },
});
