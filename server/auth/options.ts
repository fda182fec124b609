import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { getDb } from "@/server/db/client";
import { accountForIdentity, oidcConfig, signInWithOidc, type OidcConfig } from "@/server/accounts/oidc";
import { checkCredentials } from "@/server/accounts/service";
import { clientAddress, trustProxy } from "@/server/auth/client-address";

export const RATE_LIMITED_ERROR = "RateLimited";
export const OIDC_PROVIDER_ID = "oidc";

/**
 * The OpenID Connect provider from OIDC_* variables. The ID token is checked (signature, nonce via
 * PKCE/state) and the claims are read from the userinfo endpoint, which every provider fills
 * for the email and profile scopes (some leave them out of the ID token).
 */
function oidcProvider(config: OidcConfig): OAuthConfig<Record<string, unknown>> {
  return {
    id: OIDC_PROVIDER_ID,
    name: config.name,
    type: "oauth",
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    userinfo: {
      async request({ client, tokens }) {
        // At run time `tokens` is openid-client's TokenSet; claims() are the verified ID token's.
        const idClaims = (tokens as unknown as { claims(): Record<string, unknown> }).claims();
        const info = await client.userinfo(tokens.access_token ?? "");
        if (info.sub !== idClaims.sub) throw new Error("OidcSubjectMismatch");
        return { ...idClaims, ...info };
      },
    },
    profile: (claims) => ({ id: String(claims.sub), email: typeof claims.email === "string" ? claims.email : null, name: typeof claims.name === "string" ? claims.name : null }),
  };
}

const oidc = oidcConfig();

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  // Refused or failed provider sign-ins come back to the sign-in page with ?error=<code>.
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const result = await checkCredentials(getDb(), credentials, clientAddress(req?.headers, trustProxy()));
        if (result.ok) return result.user;
        if (result.reason === "rateLimited") throw new Error(RATE_LIMITED_ERROR);
        return null;
      },
    }),
    ...(oidc ? [oidcProvider(oidc)] : []),
  ],
  callbacks: {
    async signIn({ account, profile }) {
      if (account?.provider !== OIDC_PROVIDER_ID || !oidc) return true;
      const result = await signInWithOidc(getDb(), oidc.issuer, profile);
      return result.ok ? true : `/signin?error=${result.reason === "noEmail" ? "OidcNoEmail" : "OidcEmailUnverified"}`;
    },
    async jwt({ token, user, account }) {
      if (user && account?.provider === OIDC_PROVIDER_ID && oidc) {
        // signIn above created or linked the account; the token names Concord's account, not the provider's subject.
        const own = await accountForIdentity(getDb(), oidc.issuer, account.providerAccountId);
        if (!own) throw new Error("OidcAccountMissing");
        token.sub = own.id;
        token.name = own.name;
        token.email = own.email;
        token.sessionVersion = own.sessionVersion;
      } else if (user) {
        token.sub = user.id;
        // Checked against the account on every request (loadActor): a password change ends older sessions.
        token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) {
        Object.assign(session.user, { id: token.sub, sessionVersion: typeof token.sessionVersion === "number" ? token.sessionVersion : 0 });
      }
      return session;
    },
  },
};
