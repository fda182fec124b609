import type { Metadata } from "next";
import { AccountForm } from "@/components/accounts/account-form";
import { Card } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("accountSecurity.reset.title") };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { t } = await getTranslator();
  const { token = "" } = await searchParams;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-bold">{t("accountSecurity.reset.title")}</h1>
      <Card>
        <AccountForm
          kind="reset"
          hidden={{ token }}
          fields={[{ name: "password", label: t("accountSecurity.reset.newPassword"), type: "password", autoComplete: "new-password", hint: t("auth.passwordHint") }]}
          submit={t("accountSecurity.reset.save")}
          done="accountSecurity.reset.done"
        />
      </Card>
    </div>
  );
}
