import type { Metadata } from "next";
import { EventForm } from "@/components/events/event-form";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { getContext } from "@/server/auth/session";
import { timeZoneNames } from "@/lib/time-zones";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("events.new.title") };
}

export default async function NewEventPage() {
  const { t, locale } = await getTranslator();
  const ctx = await getContext();
  if (!ctx.actor) {
    return (
      <div className="space-y-6">
        <PageHeader title={t("events.new.title")} />
        <EmptyState title={t("events.new.signIn")} action={<ButtonLink href="/signin?callbackUrl=/events/new">{t("events.new.signInAction")}</ButtonLink>} />
      </div>
    );
  }
  const networks = await ctx.db.network.findMany({
    where: { id: { in: [...ctx.actor.staff.keys()] }, status: "VERIFIED" },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  if (!networks.length) {
    return (
      <div className="space-y-6">
        <PageHeader title={t("events.new.title")} />
        <EmptyState title={t("events.new.staffOnly")} description={t("events.new.staffOnlyHint")} action={<ButtonLink href="/networks" variant="secondary">{t("events.new.findNetwork")}</ButtonLink>} />
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <PageHeader title={t("events.new.title")} description={t("events.new.description")} />
      <EventForm
        mode="create"
        networks={networks}
        timeZones={timeZoneNames()}
        initial={{
          title: "", summary: "", description: "", mode: "IN_PERSON", location: "", onlineUrl: "", startsAt: "", endsAt: "", timeZone: "UTC",
          capacity: "", language: locale === "zh-CN" ? "zh" : locale, sourceUrl: "",
        }}
      />
    </div>
  );
}
