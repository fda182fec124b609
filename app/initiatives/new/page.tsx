import type { Metadata } from "next";
import { formOptions } from "@/components/initiatives/form-options";
import { InitiativeForm } from "@/components/initiatives/initiative-form";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { getContext } from "@/server/auth/session";
import { initiativeFormChoices } from "@/server/initiatives/service";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("initiatives.new.title") };
}

export default async function NewInitiativePage() {
  const { t, locale } = await getTranslator();
  const ctx = await getContext();
  if (!ctx.actor) {
    return (
      <div className="space-y-6">
        <PageHeader title={t("initiatives.new.title")} />
        <EmptyState title={t("initiatives.new.signIn")} action={<ButtonLink href="/signin?callbackUrl=/initiatives/new">{t("initiatives.new.signInAction")}</ButtonLink>} />
      </div>
    );
  }
  const choices = await initiativeFormChoices(ctx);
  if (!choices.networks.length) {
    return (
      <div className="space-y-6">
        <PageHeader title={t("initiatives.new.title")} />
        <EmptyState title={t("initiatives.new.staffOnly")} description={t("initiatives.new.staffOnlyHint")} action={<ButtonLink href="/networks" variant="secondary">{t("initiatives.new.findNetwork")}</ButtonLink>} />
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <PageHeader title={t("initiatives.new.title")} description={t("initiatives.new.description")} />
      <InitiativeForm
        mode="create"
        options={formOptions(choices, locale)}
        initial={{
          title: "", summary: "", body: "", status: "ACTIVE", startDate: null, endDate: null, themes: [], sdgs: [], cities: [],
          partners: [], fundingSources: [], links: [], language: locale === "zh-CN" ? "zh" : locale,
        }}
      />
    </div>
  );
}
