import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openPGlite, PGliteAdapterFactory } from "@/server/db/connection";
import { applyMigrations } from "@/server/db/schema-engine";

// Starting PGlite runs initdb (seconds); a migrated template is built once per run and each test
// file opens its own copy from the dump.
export default async function setup(project: TestProject) {
  const pglite = await openPGlite();
  await applyMigrations(new PGliteAdapterFactory(pglite));
  const dump = await pglite.dumpDataDir("none");
  await pglite.close();
  const dir = await mkdtemp(path.join(tmpdir(), "concord-test-"));
  const file = path.join(dir, "template.tar");
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteTemplate", file);
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}
