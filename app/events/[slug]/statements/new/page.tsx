import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StatementForm } from "@/components/events/statement-form";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";
import { getEvent } from "@/server/events/service";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("events.statement.new") };
}

export default async function NewStatementPage({ params }: Props) {
  const { slug } = await params;
  const { t, locale } = await getTranslator();
  const ctx = await getContext();
  const event = await getEvent(ctx, slug);
  if (!event) notFound();
  const header = <PageHeader title={t("events.statement.new")} eyebrow={event.title} description={t("events.statement.newHint")} />;
  if (!policy.draftStatement(ctx.actor, event.hostIds)) {
    return (
      <div className="space-y-6">
        {header}
        <EmptyState title={t("events.statement.hostsOnly")} action={<ButtonLink href={`/events/${event.slug}`} variant="secondary">{t("events.edit.back")}</ButtonLink>} />
      </div>
    );
  }
  return (
    <div className="space-y-6">
      {header}
      <StatementForm mode="create" eventId={event.id} eventSlug={event.slug} initial={{ title: "", body: "", language: locale === "zh-CN" ? "zh" : locale }} />
    </div>
  );
}
