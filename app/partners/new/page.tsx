import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PartnerForm } from "@/components/partners/partner-form";
import { Card, PageHeader } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("partners.form.createTitle") };
}

export default async function NewPartnerPage() {
  const { t } = await getTranslator();
  const { actor } = await getContext();
  if (!policy.createPartner(actor)) redirect(`/signin?callbackUrl=${encodeURIComponent("/partners/new")}`);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t("partners.form.createTitle")} description={t("partners.form.createIntro")} />
      <Card>
        <PartnerForm />
      </Card>
    </div>
  );
}
