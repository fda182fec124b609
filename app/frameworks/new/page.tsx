import type { Metadata } from "next";
import { FrameworkForm } from "@/components/frameworks/framework-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("frameworks.new.title") };
}

export default async function NewFrameworkPage() {
  const { t, locale } = await getTranslator();
  const ctx = await getContext();
  if (!policy.createFramework(ctx.actor)) {
    return (
      <div className="space-y-6">
        <PageHeader title={t("frameworks.new.title")} />
        <Alert tone="error">{t(ctx.actor ? "frameworks.new.moderatorsOnly" : "frameworks.new.signIn")}</Alert>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <PageHeader title={t("frameworks.new.title")} description={t("frameworks.new.description")} />
      <FrameworkForm
        mode="create"
        initial={{
          title: "", anchor: "", summary: "", body: "", sourceUrl: null, language: locale === "zh-CN" ? "zh" : locale,
          consultationOpens: null, consultationCloses: null,
        }}
      />
    </div>
  );
}
