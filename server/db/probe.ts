import pg from "pg";
import { poolConfig } from "./connection";

/**
 * A cheap "does the server answer?" check for pages to ask before rendering: `SELECT 1` on one
 * dedicated connection (not the app's pool, so a busy pool is not mistaken for a dead database),
 * failing within `timeoutMs` whether the server refuses, hangs or drops the connection.
 */
/** DB_PROBE_TIMEOUT_MS: how long a page waits for that answer before it says "temporarily unavailable". */
export function probeTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.DB_PROBE_TIMEOUT_MS?.trim() || 1_000);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`DB_PROBE_TIMEOUT_MS is whole milliseconds (got "${env.DB_PROBE_TIMEOUT_MS}").`);
  return n;
}

export function serverProbe(url: string, timeoutMs: number, env: NodeJS.ProcessEnv = process.env): () => Promise<boolean> {
  const { connectionString } = poolConfig(url, env);
  let client: pg.Client | null = null;
  const drop = () => {
    const old = client;
    client = null;
    old?.end().catch(() => undefined);
  };
  const check = async () => {
    if (!client) {
      const fresh = new pg.Client({ connectionString, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs, application_name: "concord-probe" });
      fresh.on("error", () => {
        if (client === fresh) drop();
      });
      client = fresh;
      await fresh.connect();
    }
    await client.query("SELECT 1");
    return true;
  };
  return async () => {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        check(),
        new Promise<boolean>((_, reject) => (timer = setTimeout(() => reject(new Error("probe timeout")), timeoutMs))),
      ]);
    } catch {
      drop();
      return false;
    } finally {
      clearTimeout(timer);
    }
  };
}
