import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formOptions } from "@/components/initiatives/form-options";
import { InitiativeForm } from "@/components/initiatives/initiative-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";
import { getInitiative, initiativeFormChoices } from "@/server/initiatives/service";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("initiatives.edit.title") };
}

export default async function EditInitiativePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { t, locale } = await getTranslator();
  const ctx = await getContext();
  const initiative = await getInitiative(ctx, slug);
  if (!initiative) notFound();
  if (!policy.editInitiative(ctx.actor, initiative.ownerNetworkIds)) {
    return (
      <div className="space-y-6">
        <PageHeader title={t("initiatives.edit.title")} />
        <Alert tone="error">{t(ctx.actor ? "initiatives.edit.notAllowed" : "initiatives.edit.signIn")}</Alert>
      </div>
    );
  }
  const choices = await initiativeFormChoices(ctx);
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
  return (
    <div className="space-y-6">
      <PageHeader title={t("initiatives.edit.title")} description={initiative.title} />
      <InitiativeForm
        mode="edit"
        initiativeId={initiative.id}
        version={initiative.version}
        networkId={initiative.ownerNetworkIds[0]!}
        slug={initiative.slug}
        options={formOptions(choices, locale)}
        initial={{
          title: initiative.title,
          summary: initiative.summary,
          body: initiative.body,
          status: initiative.status,
          startDate: day(initiative.startDate),
          endDate: day(initiative.endDate),
          themes: initiative.themes.map((x) => x.theme.slug),
          sdgs: initiative.sdgs.map((s) => s.sdgNumber),
          cities: initiative.cities.map((c) => c.city.slug),
          partners: initiative.partners.map((p) => ({ partner: p.partner.slug, disclosure: p.disclosure })),
          fundingSources: initiative.fundingSources,
          links: initiative.links as { label: string; url: string }[],
          language: initiative.language,
        }}
      />
    </div>
  );
}
