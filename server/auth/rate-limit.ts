import type { Db } from "@/server/db/client";

// Failed sign-ins are stored rows, so every app instance sees the same counts.
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
const ipKey = (ip: string) => `ip:${ip}`;

export async function isSignInBlocked(db: Db, email: string, ip: string | null, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const [account, byIp] = await Promise.all([
    db.signInFailure.count({ where: { key: accountKey(email), createdAt: { gt: since } } }),
    ip ? db.signInFailure.count({ where: { key: ipKey(ip), createdAt: { gt: since } } }) : Promise.resolve(0),
  ]);
  return account >= MAX_FAILURES_PER_ACCOUNT || byIp >= MAX_FAILURES_PER_IP;
}

export async function recordSignInFailure(db: Db, email: string, ip: string | null): Promise<void> {
  const rows = [{ key: accountKey(email) }, ...(ip ? [{ key: ipKey(ip) }] : [])];
  await db.signInFailure.createMany({ data: rows });
  // Keep the table small: old failures no longer count.
  await db.signInFailure.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 2 * SIGN_IN_WINDOW_MS) } } });
}

export async function clearAccountFailures(db: Db, email: string): Promise<void> {
  await db.signInFailure.deleteMany({ where: { key: accountKey(email) } });
}
