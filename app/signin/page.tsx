import type { Metadata } from "next";
import Link from "next/link";
import { OidcSignIn } from "@/components/auth/oidc-sign-in";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { oidcConfig } from "@/server/accounts/oidc";

export const metadata: Metadata = { title: "Sign in" };

// Why a provider sign-in came back: our own refusals, or next-auth's codes for a failed exchange.
const providerErrors: Record<string, string> = { OidcEmailUnverified: "auth.oidcEmailUnverified", OidcNoEmail: "auth.oidcNoEmail" };
const nextAuthProviderErrors = new Set(["OAuthSignin", "OAuthCallback", "OAuthAccountNotLinked", "Callback", "AccessDenied", "Configuration", "Default"]);

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { t } = await getTranslator();
  const { callbackUrl, error } = await searchParams;
  const oidc = oidcConfig();
  const errorKey = error ? (providerErrors[error] ?? (nextAuthProviderErrors.has(error) ? "auth.oidcFailed" : null)) : null;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-bold">{t("auth.signInTitle")}</h1>
      <Card className="space-y-4">
        {errorKey ? (
          <Alert tone="error">
            {t(errorKey)}
          </Alert>
        ) : null}
        {oidc ? <OidcSignIn name={oidc.name} callbackUrl={callbackUrl} /> : null}
        <SignInForm callbackUrl={callbackUrl} />
      </Card>
      <p className="mt-3 text-center text-sm">
        <Link className="font-medium text-teal-800 underline" href="/forgot-password">
          {t("accountSecurity.reset.forgotLink")}
        </Link>
      </p>
    </div>
  );
}
