import { z } from "zod";
import type { Db } from "@/server/db/client";
import { hashPassword, passwordProblem } from "@/server/auth/password";
import { invalid } from "@/server/errors";
import { emailSchema } from "./input";
import { consumeToken, issueToken } from "./tokens";

export const resetRequestInput = z.object({ email: emailSchema });
export const resetPasswordInput = z.object({ token: z.string().min(10).max(200), password: z.string().max(200, "auth.passwordTooLong") });

/** Always answers the same, whether or not the address has an account (no enumeration). */
export async function requestPasswordReset(db: Db, raw: z.input<typeof resetRequestInput>, now = new Date()) {
  const { email } = resetRequestInput.parse(raw);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, locale: true, deletedAt: true } });
  if (user && !user.deletedAt) {
    await db.$transaction((tx) => issueToken(tx, user, "PASSWORD_RESET", { to: email, path: "/reset-password" }, now));
  }
  return { ok: true as const };
}

/** Sets the new password, uses up every reset link and signs out every existing session. */
export async function resetPassword(db: Db, raw: z.input<typeof resetPasswordInput>, now = new Date()) {
  const input = resetPasswordInput.parse(raw);
  return db.$transaction(async (tx) => {
    const token = await consumeToken(tx, input.token, "PASSWORD_RESET", now);
    if (!token) throw invalid({ token: ["accountSecurity.reset.invalidToken"] }, "accountSecurity.reset.invalidToken");
    const user = await tx.user.findUniqueOrThrow({ where: { id: token.userId }, select: { email: true, name: true } });
    const problem = passwordProblem(input.password, user.email, user.name);
    if (problem) throw invalid({ password: [problem] });
    await tx.user.update({ where: { id: token.userId }, data: { passwordHash: await hashPassword(input.password), sessionVersion: { increment: 1 } } });
    return { ok: true as const };
  });
}
