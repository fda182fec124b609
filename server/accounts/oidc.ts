import { z } from "zod";
import type { Db } from "@/server/db/client";
import { emailSchema } from "./input";

/** The optional OpenID Connect sign-in, configured only through the environment. */
export type OidcConfig = { issuer: string; clientId: string; clientSecret: string; name: string };

export function oidcConfig(env: Record<string, string | undefined> = process.env): OidcConfig | null {
  const issuer = env.OIDC_ISSUER?.trim();
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim();
  if (!issuer || !clientId || !clientSecret) return null;
  return { issuer: issuer.replace(/\/+$/, ""), clientId, clientSecret, name: env.OIDC_NAME?.trim() || "OpenID Connect" };
}

/** What Concord reads from the provider's userinfo/ID token claims. */
const claimsSchema = z.object({
  sub: z.string().min(1).max(255),
  email: emailSchema.optional().catch(undefined),
  // Some providers send the flag as the string "true"; anything else counts as not verified.
  email_verified: z.union([z.boolean(), z.literal("true").transform(() => true)]).optional().catch(false),
  name: z.string().trim().max(120).optional().catch(undefined),
  preferred_username: z.string().trim().max(120).optional().catch(undefined),
});

export type OidcRefusal = "noEmail" | "emailUnverified";
export type OidcSignIn = { ok: true; user: { id: string; email: string; name: string; sessionVersion: number }; created: boolean; linked: boolean } | { ok: false; reason: OidcRefusal };

const userSelect = { id: true, email: true, name: true, sessionVersion: true, deletedAt: true } as const;

/**
 * The account an OIDC sign-in opens. A known (issuer, subject) signs in to its account. Otherwise
 * the provider must vouch for the email address (email_verified): only then is an existing
 * account with that address linked, or a new one (without a password) created, so nobody can take
 * over or reserve an address through a provider that let them type it in unchecked.
 */
export async function signInWithOidc(db: Db, issuer: string, rawClaims: unknown): Promise<OidcSignIn> {
  const claims = claimsSchema.parse(rawClaims);
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const known = await tx.externalIdentity.findUnique({ where: { issuer_subject: { issuer, subject: claims.sub } }, select: { user: { select: userSelect } } });
        // Deleting an account removes its identities, so a known identity is a live account.
        if (known && !known.user.deletedAt) return { ok: true as const, user: strip(known.user), created: false, linked: false };
        if (!claims.email) return { ok: false as const, reason: "noEmail" as const };
        if (claims.email_verified !== true) return { ok: false as const, reason: "emailUnverified" as const };
        const existing = await tx.user.findUnique({ where: { email: claims.email }, select: userSelect });
        if (existing && !existing.deletedAt) {
          await tx.externalIdentity.create({ data: { issuer, subject: claims.sub, userId: existing.id } });
          return { ok: true as const, user: strip(existing), created: false, linked: true };
        }
        const name = claims.name || claims.preferred_username || claims.email.split("@")[0] || claims.email;
        const user = await tx.user.create({
          // "" is no password: verifyPassword never accepts it; a password reset can set one later.
          data: { email: claims.email, name: name.slice(0, 120), passwordHash: "", identities: { create: { issuer, subject: claims.sub } } },
          select: userSelect,
        });
        return { ok: true as const, user: strip(user), created: true, linked: false };
      });
    } catch (error) {
      // Two first sign-ins racing (same subject or same address): the unique index decides, and
      // the loser finds the winner's row on the second pass.
      if ((error as { code?: string }).code === "P2002" && attempt === 0) continue;
      throw error;
    }
  }
}

/** The account an (issuer, subject) opens, for the session token once sign-in has been allowed. */
export async function accountForIdentity(db: Db, issuer: string, subject: string) {
  const identity = await db.externalIdentity.findUnique({ where: { issuer_subject: { issuer, subject } }, select: { user: { select: userSelect } } });
  return identity && !identity.user.deletedAt ? strip(identity.user) : null;
}

const strip = (user: { id: string; email: string; name: string; sessionVersion: number }) => ({ id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion });
