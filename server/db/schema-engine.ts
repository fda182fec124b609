import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine as SchemaEngineType } from "@prisma/schema-engine-wasm";

// Prisma's CLI needs a native schema engine that cannot be downloaded here; the same engine ships
// as WebAssembly, which we drive directly through a driver adapter. It keeps Prisma's standard
// `_prisma_migrations` table, so `prisma migrate deploy` elsewhere agrees with what we applied.

const root = process.cwd();
export const schemaPath = path.join(root, "prisma", "schema.prisma");
export const migrationsDir = path.join(root, "prisma", "migrations");
const noFilter = { externalTables: [], externalEnums: [] };

// The WASM engine reports a Rust panic through this global before throwing; keep its message.
const panicRegistry = { message: "", set_message(value: string) { this.message = value; } };
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof panicRegistry }).PRISMA_WASM_PANIC_REGISTRY ??= panicRegistry;

// The generated bindings are a process-wide singleton (even when this file is loaded twice, as
// test runners do): instantiate the WASM once per process, and run one engine at a time.
type Bindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
const shared = globalThis as { concordSchemaEngine?: { bindings?: Promise<Bindings>; queue: Promise<unknown> } };
const state = (shared.concordSchemaEngine ??= { queue: Promise.resolve() });

function loadBindings() {
  state.bindings ??= (async () => {
    const wasmPath = path.join(root, "node_modules", "@prisma", "schema-engine-wasm", "schema_engine_bg.wasm");
    const bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start?: () => void };
    bindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start?.();
    return bindings;
  })();
  return state.bindings;
}

async function loadEngine(factory: SqlMigrationAwareDriverAdapterFactory): Promise<SchemaEngineType> {
  const bindings = await loadBindings();
  const schema = await readFile(schemaPath, "utf8");
  const log = () => {};
  return bindings.SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    log,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
}

export async function readMigrations(): Promise<MigrationList> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: await readFile(lockPath, "utf8").catch(() => null) },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      dirs.map(async (dir) => {
        const file = path.join(migrationsDir, dir, "migration.sql");
        const content = await readFile(file, "utf8").then(
          (value) => ({ tag: "ok" as const, value }),
          (error: Error) => ({ tag: "error" as const, value: error.message }),
        );
        return { path: dir, migrationFile: { path: "migration.sql", content } };
      }),
    ),
  };
}

function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = state.queue.then(task, task);
  state.queue = run.catch(() => undefined);
  return run;
}

/** Applies pending migrations; returns the names of those applied now. */
export function applyMigrations(factory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  return serially(() => applyMigrationsNow(factory));
}

async function applyMigrationsNow(factory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  const engine = await loadEngine(factory);
  try {
    const result = await engine.applyMigrations({ migrationsList: await readMigrations(), filters: noFilter });
    return result.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/** SQL that takes a database built from the existing migrations to the current schema ("" when none). */
export function diffMigrationsToSchema(factory: SqlMigrationAwareDriverAdapterFactory): Promise<string> {
  return serially(() => diffNow(factory));
}

async function diffNow(factory: SqlMigrationAwareDriverAdapterFactory): Promise<string> {
  const engine = await loadEngine(factory);
  try {
    const schema = await readFile(schemaPath, "utf8");
    const migrations = await readMigrations();
    const from = migrations.migrationDirectories.length
      ? ({ tag: "migrations", ...migrations } as const)
      : ({ tag: "empty" } as const);
    const result = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: noFilter,
    });
    const sql = result.stdout ?? "";
    return /^\s*(-- This is an empty migration\.)?\s*$/.test(sql) ? "" : sql;
  } finally {
    engine.free();
  }
}
