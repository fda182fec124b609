import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StatementForm } from "@/components/events/statement-form";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";
import { getStatement } from "@/server/events/service";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("events.statement.edit") };
}

export default async function EditStatementPage({ params }: Props) {
  const { slug } = await params;
  const { t } = await getTranslator();
  const ctx = await getContext();
  const statement = await getStatement(ctx.db, slug);
  const hostIds = statement?.event?.hosts.map((h) => h.networkId) ?? [];
  if (!statement || !statement.event || !policy.draftStatement(ctx.actor, hostIds)) notFound();
  const back = <ButtonLink href={`/events/${statement.event.slug}#statement-${statement.slug}`} variant="secondary">{t("events.edit.back")}</ButtonLink>;
  if (statement.state === "SIGNING") {
    return (
      <div className="space-y-6">
        <PageHeader title={t("events.statement.edit")} eyebrow={statement.title} />
        <EmptyState title={t("events.statement.frozenTitle")} description={t("events.statement.frozenBody")} action={back} />
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <PageHeader title={t("events.statement.edit")} eyebrow={statement.event.title} description={t("events.statement.newHint")} />
      <StatementForm
        mode="edit"
        statementId={statement.id}
        version={statement.version}
        eventSlug={statement.event.slug}
        initial={{ title: statement.title, body: statement.body, language: statement.language }}
      />
    </div>
  );
}
