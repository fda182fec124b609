import type { Db } from "@/server/db/client";
import { hashPassword, passwordProblem, verifyPassword } from "@/server/auth/password";
import { beginSignInAttempt } from "@/server/auth/rate-limit";
import { invalid } from "@/server/errors";
import { signUpInput, signInInput, type SignUpInput } from "./input";

export async function signUp(db: Db, raw: SignUpInput) {
  const input = signUpInput.parse(raw);
  const problem = passwordProblem(input.password, input.email, input.name);
  if (problem) throw invalid({ password: [problem] });
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw invalid({ email: ["auth.emailTaken"] });
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { name: input.name, email: input.email, passwordHash, organisation: input.organisation || null, locale: input.locale },
      select: { id: true, email: true, name: true },
    });
  } catch (error) {
    // Two sign-ups racing for the same address: the unique index decides.
    if ((error as { code?: string }).code === "P2002") throw invalid({ email: ["auth.emailTaken"] });
    throw error;
  }
}

export type SignInResult = { ok: true; user: { id: string; email: string; name: string; sessionVersion: number } } | { ok: false; reason: "invalid" | "rateLimited" };

/** Checks a password, counting failures per account and distinct failing accounts per IP. */
export async function checkCredentials(db: Db, raw: unknown, ip: string | null): Promise<SignInResult> {
  const parsed = signInInput.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const attempt = await beginSignInAttempt(db, email, ip);
  if (attempt.blocked) return { ok: false, reason: "rateLimited" };
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true, deletedAt: true } });
  // Verify against a dummy hash when the account does not exist, so timing does not reveal it.
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || user.deletedAt || !valid) return { ok: false, reason: "invalid" };
  await attempt.succeeded();
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}

let dummy: Promise<string> | undefined;
const dummyHash = () => (dummy ??= hashPassword("no account has this password"));

export async function grantPlatformRole(db: Db, userId: string, role: "ADMIN" | "MODERATOR") {
  await db.platformRole.upsert({ where: { userId_role: { userId, role } }, create: { userId, role }, update: {} });
}

/** The first admin (CLI): creates the account, or promotes an existing one whose password matches. */
export async function createAdmin(db: Db, input: { email: string; password: string; name?: string }) {
  const email = input.email.trim().toLowerCase();
  const existing = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  if (existing) {
    if (!(await verifyPassword(existing.passwordHash, input.password))) throw invalid({ password: ["auth.invalidCredentials"] });
    await grantPlatformRole(db, existing.id, "ADMIN");
    return { email, created: false };
  }
  const user = await signUp(db, { email, password: input.password, name: input.name ?? email.split("@")[0] ?? "Admin" });
  await grantPlatformRole(db, user.id, "ADMIN");
  return { email, created: true };
}
