import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { PendingClaims } from "@/components/cities/pending-claims";
import { PendingJoins } from "@/components/partners/pending-joins";
import { EmptyState, PageHeader, Section } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";
import { pendingCityClaims } from "@/server/cities/service";
import { AppError } from "@/server/errors";
import { pendingPartnerJoins } from "@/server/partners/service";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("cities.admin.pageTitle") };
}

/** The services decide who may see each queue; a queue the actor may not decide is left out. */
const unlessForbidden = <T,>(promise: Promise<T>) =>
  promise.catch((e: unknown) => {
    if (e instanceof AppError && e.code === "FORBIDDEN") return null;
    throw e;
  });

export default async function CityClaimsPage() {
  const { t, locale } = await getTranslator();
  const ctx = await getContext();
  if (!ctx.actor) redirect(`/signin?callbackUrl=${encodeURIComponent("/admin/cities")}`);
  const [claims, joins] = await Promise.all([unlessForbidden(pendingCityClaims(ctx)), unlessForbidden(pendingPartnerJoins(ctx))]);
  if (!claims && !joins) notFound();
  return (
    <div className="space-y-8">
      <PageHeader title={t("cities.admin.pageTitle")} />
      {claims ? (
        <Section id="city-claims" title={t("cities.admin.title")}>
          <p className="text-sm text-slate-700">
            {policy.isModerator(ctx.actor) ? t("cities.admin.descriptionModerator") : t("cities.admin.descriptionOwner")}
          </p>
          {claims.length ? <PendingClaims claims={claims} t={t} locale={locale} showCity /> : <EmptyState title={t("cities.admin.empty")} />}
        </Section>
      ) : null}
      {joins ? (
        <Section id="partner-joins" title={t("partners.admin.title")}>
          <p className="text-sm text-slate-700">{t("partners.admin.description")}</p>
          {joins.length ? <PendingJoins requests={joins} t={t} locale={locale} /> : <EmptyState title={t("partners.admin.empty")} />}
        </Section>
      ) : null}
    </div>
  );
}
