import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { t } = await getTranslator();
  const { callbackUrl } = await searchParams;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-bold">{t("auth.signInTitle")}</h1>
      <Card>
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
