import type { Db } from "./client";
import { databaseTargetFromEnv } from "./connection";

/** Whether the database answers, within a short deadline (never the error's details). */
export async function checkDatabase(db: Db, timeoutMs = 3000): Promise<{ ok: boolean; kind: "embedded" | "server"; latencyMs?: number }> {
  const kind = databaseTargetFromEnv().kind;
  const started = Date.now();
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), timeoutMs)),
    ]);
    return { ok: true, kind, latencyMs: Date.now() - started };
  } catch {
    return { ok: false, kind };
  }
}
