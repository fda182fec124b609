import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { networkFormOptions } from "@/components/networks/form-options";
import { NetworkForm } from "@/components/networks/network-form";
import { Card, PageHeader } from "@/components/ui/card";
import { contentLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/server";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("networks.new.title") };
}

export default async function RegisterNetworkPage() {
  const ctx = await getContext();
  if (!policy.registerNetwork(ctx.actor)) redirect(`/signin?callbackUrl=${encodeURIComponent("/networks/new")}`);
  const { t, locale } = await getTranslator();
  const options = await networkFormOptions(ctx, locale);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("networks.new.title")} description={t("networks.new.description")} />
      <Card>
        <NetworkForm mode="register" options={options} initial={{ language: contentLocale(locale) }} />
      </Card>
    </div>
  );
}
