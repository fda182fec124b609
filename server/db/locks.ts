import type { DbOrTx } from "@/server/db/client";

/**
 * Takes a transaction-scoped advisory lock named by `key`: waits for any other transaction holding
 * it and is released at commit or rollback. Serialises check-then-write sequences (posting limits,
 * sign-in attempts) across every app instance sharing the database.
 */
export async function advisoryXactLock(tx: DbOrTx, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
}
