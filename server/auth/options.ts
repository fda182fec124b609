import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/server/db/client";
import { checkCredentials } from "@/server/accounts/service";
import { clientAddress, trustProxy } from "@/server/auth/client-address";

export const RATE_LIMITED_ERROR = "RateLimited";

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin" },
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
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
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
