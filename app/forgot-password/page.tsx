import type { Metadata } from "next";
import { AccountForm } from "@/components/accounts/account-form";
import { Card } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("accountSecurity.reset.requestTitle") };
}

export default async function ForgotPasswordPage() {
  const { t } = await getTranslator();
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">{t("accountSecurity.reset.requestTitle")}</h1>
      <p className="mb-4 text-sm text-slate-700">{t("accountSecurity.reset.requestHint")}</p>
      <Card>
        <AccountForm
          kind="requestReset"
          fields={[{ name: "email", label: t("auth.email"), type: "email", autoComplete: "email" }]}
          submit={t("accountSecurity.reset.send")}
          done="accountSecurity.reset.sent"
        />
      </Card>
    </div>
  );
}
