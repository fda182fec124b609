import type { Metadata } from "next";
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
    </div>
  );
}
