import type { Metadata } from "next";
import { networkLabel } from "@/components/exchange/parts";
import { RequestForm } from "@/components/exchange/request-form";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { getContext } from "@/server/auth/session";
import { actorNetworks } from "@/server/exchange/service";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("exchange.new.title") };
}

const day = (date: Date) => date.toISOString().slice(0, 10);

export default async function NewExchangeRequestPage() {
  const { t } = await getTranslator();
  const ctx = await getContext();
  if (!ctx.actor) {
    return (
      <div className="space-y-6">
        <PageHeader title={t("exchange.new.title")} />
        <EmptyState title={t("exchange.new.signIn")} action={<ButtonLink href="/signin?callbackUrl=/exchange/new">{t("exchange.new.signInAction")}</ButtonLink>} />
      </div>
    );
  }
  const networks = await actorNetworks(ctx.db, ctx.actor);
  if (!networks.length) {
    return (
      <div className="space-y-6">
        <PageHeader title={t("exchange.new.title")} />
        <EmptyState title={t("exchange.new.staffOnly")} description={t("exchange.new.staffOnlyHint")} action={<ButtonLink href="/exchange" variant="secondary">{t("exchange.new.back")}</ButtonLink>} />
      </div>
    );
  }
  const now = new Date();
  const later = new Date(now.getTime() + 90 * 86_400_000);
  return (
    <div className="space-y-6">
      <PageHeader title={t("exchange.new.title")} description={t("exchange.new.description")} eyebrow={t("exchange.title")} />
      <RequestForm mode="create" networks={networks.map((n) => ({ id: n.id, label: networkLabel(n) }))} today={day(now)} inThreeMonths={day(later)} />
    </div>
  );
}
