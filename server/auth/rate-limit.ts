import type { Db } from "@/server/db/client";
import { advisoryXactLock } from "@/server/db/locks";

// Failed sign-ins are stored rows, so every app instance sees the same counts. An attempt reserves
// its failure row before the password is verified (under an advisory lock per account and per
// address), so concurrent attempts cannot all pass the check; a correct password removes it again.
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** Distinct accounts failing from one address: colleagues sharing an office address mistyping is fine, a sweep is not. */
export const MAX_ACCOUNTS_PER_IP = 20;

const normal = (email: string) => email.trim().toLowerCase();
const accountKey = (email: string) => `account:${normal(email)}`;
// One row per failure from an address, naming the account, so the limit counts distinct accounts.
const ipPrefix = (ip: string) => `ip:${ip}|`;
const ipKey = (ip: string, email: string) => `${ipPrefix(ip)}${normal(email)}`;

export type SignInAttempt = { blocked: true } | { blocked: false; succeeded: () => Promise<void> };

/**
 * Checks the limits and, when the attempt may go on, records it as a failure in the same
 * transaction. Call `succeeded()` when the password was right.
 */
export async function beginSignInAttempt(db: Db, email: string, ip: string | null, now = new Date()): Promise<SignInAttempt> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const allowed = await db.$transaction(async (tx) => {
    // Always account first, then address, so two attempts never wait on each other in a cycle.
    await advisoryXactLock(tx, `sign-in:${accountKey(email)}`);
    if (ip) await advisoryXactLock(tx, `sign-in:ip:${ip}`);
    const failures = await tx.signInFailure.count({ where: { key: accountKey(email), createdAt: { gt: since } } });
    if (failures >= MAX_FAILURES_PER_ACCOUNT) return false;
    if (ip) {
      const accounts = await tx.signInFailure.findMany({
        where: { key: { startsWith: ipPrefix(ip) }, createdAt: { gt: since } },
        distinct: ["key"],
        select: { key: true },
        take: MAX_ACCOUNTS_PER_IP + 1,
      });
      const others = accounts.filter((row) => row.key !== ipKey(ip, email)).length;
      if (others >= MAX_ACCOUNTS_PER_IP) return false;
    }
    await tx.signInFailure.createMany({ data: [{ key: accountKey(email) }, ...(ip ? [{ key: ipKey(ip, email) }] : [])] });
    return true;
  });
  if (!allowed) return { blocked: true };
  // Keep the table small: old failures no longer count.
  await db.signInFailure.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 2 * SIGN_IN_WINDOW_MS) } } });
  return {
    blocked: false,
    succeeded: async () => {
      await db.signInFailure.deleteMany({ where: { key: { in: [accountKey(email), ...(ip ? [ipKey(ip, email)] : [])] } } });
    },
  };
}
