import type { z } from "zod";
import type { Context } from "@/server/auth/actor";
import { authorize, policy } from "@/server/auth/policy";
import { hashPassword, passwordProblem, verifyPassword } from "@/server/auth/password";
import { consumeToken, hashToken, issueToken } from "@/server/accounts/tokens";
import { AppError, invalid, notFound } from "@/server/errors";
import { changePasswordInput, confirmEmailInput, deleteAccountInput, emailChangeInput, nameInput } from "./input";

type Input<T extends z.ZodType> = z.input<T>;

async function requirePassword(ctx: Context, accountId: string, password: string) {
  const user = await ctx.db.user.findUniqueOrThrow({ where: { id: accountId }, select: { id: true, email: true, name: true, locale: true, passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, password))) throw invalid({ currentPassword: ["accountSecurity.currentPasswordWrong"] });
  return user;
}

export async function updateName(ctx: Context, raw: Input<typeof nameInput>) {
  authorize(ctx.actor, policy.manageOwnAccount(ctx.actor, ctx.actor?.id ?? ""));
  const { name } = nameInput.parse(raw);
  return ctx.db.user.update({ where: { id: ctx.actor.id }, data: { name }, select: { name: true } });
}

/** The current password proves it is the person; all other sessions end (the caller signs in again). */
export async function changePassword(ctx: Context, raw: Input<typeof changePasswordInput>) {
  authorize(ctx.actor, policy.manageOwnAccount(ctx.actor, ctx.actor?.id ?? ""));
  const input = changePasswordInput.parse(raw);
  const user = await requirePassword(ctx, ctx.actor.id, input.currentPassword);
  const problem = passwordProblem(input.newPassword, user.email, user.name);
  if (problem) throw invalid({ newPassword: [problem] });
  await ctx.db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 } } });
  return { ok: true as const };
}

/** The address changes only when the link mailed to the new address is opened. */
export async function requestEmailChange(ctx: Context, raw: Input<typeof emailChangeInput>) {
  authorize(ctx.actor, policy.manageOwnAccount(ctx.actor, ctx.actor?.id ?? ""));
  const input = emailChangeInput.parse(raw);
  const user = await requirePassword(ctx, ctx.actor.id, input.currentPassword);
  if (input.email === user.email) throw invalid({ email: ["accountSecurity.email.same"] });
  const taken = await ctx.db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (taken) throw invalid({ email: ["auth.emailTaken"] });
  await ctx.db.$transaction((tx) => issueToken(tx, user, "EMAIL_CHANGE", { to: input.email, path: "/account/confirm-email", newEmail: input.email }));
  return { pendingEmail: input.email };
}

export async function confirmEmailChange(ctx: Context, raw: Input<typeof confirmEmailInput>) {
  const { token } = confirmEmailInput.parse(raw);
  const row = await ctx.db.accountToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { userId: true } });
  if (!row) throw notFound("accountSecurity.email.invalidToken");
  authorize(ctx.actor, policy.confirmEmailChange(ctx.actor, row));
  try {
    return await ctx.db.$transaction(async (tx) => {
      const used = await consumeToken(tx, token, "EMAIL_CHANGE");
      if (!used?.newEmail) throw notFound("accountSecurity.email.invalidToken");
      return tx.user.update({ where: { id: used.userId }, data: { email: used.newEmail }, select: { email: true } });
    });
  } catch (error) {
    // Someone signed up with that address since the link was sent.
    if ((error as { code?: string }).code === "P2002") throw invalid({ email: ["auth.emailTaken"] });
    throw error;
  }
}

/**
 * Removes everything personal in one transaction. The row stays, nameless, so posts and records
 * keep their author link and show "former member"; a network's last owner must hand over first.
 */
export async function deleteAccount(ctx: Context, raw: Input<typeof deleteAccountInput>) {
  authorize(ctx.actor, policy.manageOwnAccount(ctx.actor, ctx.actor?.id ?? ""));
  const input = deleteAccountInput.parse(raw);
  const user = await requirePassword(ctx, ctx.actor.id, input.currentPassword);
  await ctx.db.$transaction(async (tx) => {
    const owned = await tx.networkStaff.findMany({ where: { userId: user.id, role: "OWNER" }, select: { networkId: true, network: { select: { name: true } } } });
    for (const { networkId, network } of owned) {
      const others = await tx.networkStaff.count({ where: { networkId, role: "OWNER", userId: { not: user.id } } });
      if (others === 0) throw new AppError("CONFLICT", "accountSecurity.delete.lastOwner", { params: { network: network.name } });
    }
    const where = { userId: user.id };
    // One after another: an interactive transaction runs a single connection.
    await tx.platformRole.deleteMany({ where });
    await tx.networkStaff.deleteMany({ where });
    await tx.cityOfficer.deleteMany({ where });
    await tx.partnerMember.deleteMany({ where });
    await tx.notification.deleteMany({ where });
    await tx.notificationPreference.deleteMany({ where });
    await tx.forumThreadFollow.deleteMany({ where });
    await tx.forumCategoryFollow.deleteMany({ where });
    await tx.forumReadState.deleteMany({ where });
    await tx.forumDraft.deleteMany({ where });
    await tx.accountToken.deleteMany({ where });
    await tx.externalIdentity.deleteMany({ where });
    await tx.user.update({
      where: { id: user.id },
      data: {
        name: "",
        email: `deleted-${user.id}@deleted.invalid`,
        passwordHash: "",
        organisation: null,
        deletedAt: new Date(),
        sessionVersion: { increment: 1 },
      },
    });
  });
  return { ok: true as const };
}
