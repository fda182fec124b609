import type { Metadata } from "next";
import Link from "next/link";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Create account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; email?: string }> }) {
  const { t } = await getTranslator();
  const { callbackUrl, email } = await searchParams;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">{t("auth.signUpTitle")}</h1>
      <p className="mb-4 text-slate-700">{t("auth.signUpIntro")}</p>
      <Card>
        <SignUpForm callbackUrl={callbackUrl} defaultEmail={email} />
      </Card>
      <p className="mt-3 text-sm text-slate-700" data-testid="signup-legal">
        {t("legal.signUpNote")}{" "}
        <Link className="font-medium text-teal-800 underline" href="/terms">
          {t("legal.termsTitle")}
        </Link>
        {" · "}
        <Link className="font-medium text-teal-800 underline" href="/privacy">
          {t("legal.privacyTitle")}
        </Link>
      </p>
    </div>
  );
}
