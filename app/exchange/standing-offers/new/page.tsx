import type { Metadata } from "next";
import { StandingOfferForm } from "@/components/exchange/actions";
import { networkLabel } from "@/components/exchange/parts";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { getContext } from "@/server/auth/session";
import { exchangeTopics } from "@/server/exchange/input";
import { actorNetworks } from "@/server/exchange/service";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("exchange.standing.new") };
}

export default async function NewStandingOfferPage() {
  const { t } = await getTranslator();
  const ctx = await getContext();
  const networks = await actorNetworks(ctx.db, ctx.actor);
  if (!networks.length) {
    return (
      <div className="space-y-6">
        <PageHeader title={t("exchange.standing.new")} />
        <EmptyState
          title={ctx.actor ? t("exchange.new.staffOnly") : t("exchange.new.signIn")}
          description={ctx.actor ? t("exchange.new.staffOnlyHint") : undefined}
          action={
            ctx.actor ? (
              <ButtonLink href="/exchange" variant="secondary">{t("exchange.new.back")}</ButtonLink>
            ) : (
              <ButtonLink href="/signin?callbackUrl=/exchange/standing-offers/new">{t("exchange.new.signInAction")}</ButtonLink>
            )
          }
        />
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <PageHeader title={t("exchange.standing.new")} description={t("exchange.standing.newDescription")} eyebrow={t("exchange.title")} />
      <StandingOfferForm
        networks={networks.map((n) => ({ id: n.id, label: networkLabel(n) }))}
        topics={exchangeTopics.map((value) => ({ value, label: t(`exchange.topics.${value}`) }))}
      />
    </div>
  );
}
