import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { PendingClaims } from "@/components/cities/pending-claims";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";
import { pendingCityClaims } from "@/server/cities/service";
import { AppError } from "@/server/errors";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("cities.admin.title") };
}

export default async function CityClaimsPage() {
  const { t, locale } = await getTranslator();
  const ctx = await getContext();
  if (!ctx.actor) redirect(`/signin?callbackUrl=${encodeURIComponent("/admin/cities")}`);
  // The service decides who may see the queue (moderators, owners of networks); others get a 404.
  const claims = await pendingCityClaims(ctx).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "FORBIDDEN") return null;
    throw e;
  });
  if (!claims) {
    notFound();
  }
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("cities.admin.title")}
        description={policy.isModerator(ctx.actor) ? t("cities.admin.descriptionModerator") : t("cities.admin.descriptionOwner")}
      />
      {claims.length ? <PendingClaims claims={claims} t={t} locale={locale} showCity /> : <EmptyState title={t("cities.admin.empty")} />}
    </div>
  );
}
