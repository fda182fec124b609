import type { Context } from "@/server/auth/actor";
import { authorize, policy } from "@/server/auth/policy";
import { preferencesInput, type PreferencesInput } from "./input";

/** Everything the /account page shows about the signed-in person: every role, with its status. */
export async function accountOverview(ctx: Context) {
  authorize(ctx.actor, policy.editOwnAccount(ctx.actor));
  const { passwordHash, ...account } = await ctx.db.user.findUniqueOrThrow({
    where: { id: ctx.actor.id },
    select: {
      id: true,
      passwordHash: true,
      email: true,
      name: true,
      organisation: true,
      locale: true,
      createdAt: true,
      platformRoles: { select: { role: true }, orderBy: { role: "asc" } },
      staff: {
        select: { role: true, network: { select: { slug: true, name: true, acronym: true, status: true } } },
        orderBy: { network: { name: "asc" } },
      },
      cityOfficers: {
        select: { status: true, title: true, reason: true, city: { select: { slug: true, name: true, countryCode: true } } },
        orderBy: { city: { name: "asc" } },
      },
      partnerMembers: {
        select: { status: true, partner: { select: { slug: true, name: true, type: true } } },
        orderBy: { partner: { name: "asc" } },
      },
    },
  });
  // Accounts opened through OpenID Connect start without a password (""); only that fact leaves here.
  return { ...account, hasPassword: passwordHash !== "" };
}

/** The language we write to this person in (mail, notifications). */
export async function updatePreferences(ctx: Context, raw: PreferencesInput) {
  authorize(ctx.actor, policy.editOwnAccount(ctx.actor));
  const input = preferencesInput.parse(raw);
  const user = await ctx.db.user.update({ where: { id: ctx.actor.id }, data: { locale: input.locale }, select: { locale: true } });
  return { locale: user.locale };
}
