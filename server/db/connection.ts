import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { DATABASE_REACHABLE, databaseEvents } from "./availability";
import { acquireDataDirLock, releaseDataDirLock } from "./lock";
import { onShutdown } from "../runtime/shutdown";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { DriverAdapterError, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export type DatabaseTarget =
  | { kind: "server"; url: string }
  | { kind: "embedded"; dataDir: string | undefined };

/** `DATABASE_URL=postgres://…` selects a PostgreSQL server; anything else the embedded PGlite folder. */
export function databaseTargetFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url && /^postgres(ql)?:\/\//.test(url)) return { kind: "server", url };
  return { kind: "embedded", dataDir: path.resolve(/*turbopackIgnore: true*/ env.CONCORD_DATA_DIR || ".data") };
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "server") return `PostgreSQL server ${new URL(target.url).host}${new URL(target.url).pathname}`;
  return target.dataDir ? `embedded PGlite in ${target.dataDir}` : "embedded PGlite in memory";
}

export async function openPGlite(options: { dataDir?: string; loadDataDir?: Blob } = {}): Promise<PGlite> {
  const pglite = new PGlite({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    extensions: { pg_trgm, unaccent },
  });
  await pglite.waitReady;
  return pglite;
}

/** Prisma's PGlite adapter, except that its shadow database (used to diff migrations) loads our extensions too. */
export class PGliteAdapterFactory extends PrismaPGlite {
  override async connectToShadowDb() {
    return new PrismaPGlite(await openPGlite()).connect();
  }
}

/**
 * Prisma's pg adapter, except that a migration script runs as one multi-statement query, as psql
 * would: the stock adapter splits scripts at every ";", which cuts PL/pgSQL function bodies apart.
 */
class PrismaPgWholeScripts extends PrismaPg {
  constructor(private readonly scriptPool: pg.Pool) {
    super(scriptPool);
  }

  override async connect() {
    const adapter = await super.connect();
    adapter.executeScript = async (script: string) => {
      try {
        await this.scriptPool.query(script);
      } catch (error) {
        const e = error as pg.DatabaseError;
        throw new DriverAdapterError({ kind: "postgres", code: e.code ?? "", severity: e.severity ?? "ERROR", message: e.message, detail: e.detail, column: e.column, hint: e.hint });
      }
    };
    return adapter;
  }
}

const millis = (value: string | undefined, fallback: number) => {
  const n = Number(value?.trim() || fallback);
  if (!Number.isInteger(n) || n < 0) throw new Error(`Database timeouts are whole milliseconds (got "${value}").`);
  return n;
};

/**
 * Pool settings for a server: a hung or unreachable database fails a request within seconds
 * (connect and statement timeouts) instead of hanging it, so pages can answer 503 at once.
 */
export function poolConfig(url: string, env: NodeJS.ProcessEnv = process.env) {
  const statement = millis(env.DB_STATEMENT_TIMEOUT_MS, 10_000);
  return {
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: millis(env.DB_CONNECT_TIMEOUT_MS, 5_000),
    idleTimeoutMillis: millis(env.DB_IDLE_TIMEOUT_MS, 30_000),
    // Server-side limit, plus a client-side one a little longer for a server that stopped answering.
    statement_timeout: statement,
    query_timeout: statement + 1_000,
  };
}

type ServingPGlite = { dataDir: string; pglite: PGlite };
const serving = globalThis as { concordServingPGlite?: ServingPGlite };

/**
 * `npm start` opens the folder once, migrates it, and hands the same instance to the app it serves
 * in-process (one WASM heap, and the backup path can dump the live instance). It owns closing it.
 */
export function shareServingPGlite(value: ServingPGlite): void {
  serving.concordServingPGlite = value;
}

export const servingPGlite = (): ServingPGlite | undefined => serving.concordServingPGlite;

/** For the app's long-lived client: PGlite finishes opening before its first query runs. */
export function openAdapterSync(target: DatabaseTarget): SqlMigrationAwareDriverAdapterFactory {
  if (target.kind === "server") {
    const pool = new pg.Pool(poolConfig(target.url));
    pool.on("connect", () => databaseEvents.emit(DATABASE_REACHABLE));
    // An idle connection dropped by the server: the pool replaces it; without a listener it would crash the process.
    pool.on("error", () => undefined);
    onShutdown("the database pool", () => pool.end());
    return new PrismaPgWholeScripts(pool);
  }
  return new LazyPGliteFactory(() => {
    const shared = servingPGlite();
    if (shared && shared.dataDir === target.dataDir) return shared.pglite;
    // The process-wide client keeps the folder until the process shuts down.
    const dataDir = target.dataDir;
    if (dataDir) acquireDataDirLock(dataDir);
    const pglite = new PGlite({ dataDir, extensions: { pg_trgm, unaccent } });
    onShutdown("the embedded database", async () => {
      await pglite.close();
      if (dataDir) releaseDataDirLock(dataDir);
    });
    return pglite;
  });
}

/**
 * Opens the folder at the first query, not when the client is made: `next build` loads modules
 * that make the client, and must neither open a folder a running server owns nor be refused its lock.
 */
class LazyPGliteFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "pglite-prisma-adapter";
  private factory: PGliteAdapterFactory | undefined;

  constructor(private readonly open: () => PGlite) {}

  private opened() {
    return (this.factory ??= new PGliteAdapterFactory(this.open()));
  }

  connect() {
    return this.opened().connect();
  }

  connectToShadowDb() {
    return this.opened().connectToShadowDb();
  }
}

export type AdapterHandle = {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Present in embedded mode: the one PGlite instance this process owns. */
  pglite?: PGlite;
  close(): Promise<void>;
};

export async function openAdapter(target: DatabaseTarget, pglite?: PGlite): Promise<AdapterHandle> {
  if (target.kind === "server") {
    return { factory: openAdapterSync(target), close: async () => {} };
  }
  if (pglite) return { factory: new PGliteAdapterFactory(pglite), pglite, close: async () => {} };
  const dataDir = target.dataDir;
  if (dataDir) acquireDataDirLock(dataDir);
  let db: PGlite;
  try {
    db = await openPGlite({ dataDir });
  } catch (error) {
    if (dataDir) releaseDataDirLock(dataDir);
    throw error;
  }
  return {
    factory: new PGliteAdapterFactory(db),
    pglite: db,
    close: async () => {
      await db.close();
      if (dataDir) releaseDataDirLock(dataDir);
    },
  };
}
