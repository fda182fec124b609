import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AccountForm } from "@/components/accounts/account-form";
import { Card } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { getContext } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("accountSecurity.email.confirmTitle") };
}

/** A button, not a change on page load: mail scanners that open links must not confirm for the person. */
export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token = "" } = await searchParams;
  const ctx = await getContext();
  if (!ctx.actor) redirect(`/signin?callbackUrl=${encodeURIComponent(`/account/confirm-email?token=${token}`)}`);
  const { t } = await getTranslator();
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-bold">{t("accountSecurity.email.confirmTitle")}</h1>
      <Card>
        <AccountForm kind="confirmEmail" hidden={{ token }} fields={[]} submit={t("accountSecurity.email.confirm")} done="accountSecurity.email.confirmedShort" />
      </Card>
    </div>
  );
}
