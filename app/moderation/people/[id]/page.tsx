import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { BackLink } from "@/components/admin/back-link";
import { ModeratorsOnly } from "@/components/moderation/moderators-only";
import { PersonActions } from "@/components/moderation/queue-actions";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState, PageHeader, Section } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";
import { sanctionHistory } from "@/server/moderation/service";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("moderation.queue.history") };
}

export default async function SanctionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await getContext();
  if (!ctx.actor) redirect(`/signin?callbackUrl=${encodeURIComponent(`/moderation/people/${id}`)}`);
  const { t, locale } = await getTranslator();
  if (!policy.readSanctions(ctx.actor)) return <ModeratorsOnly t={t} />;
  const person = await sanctionHistory(ctx, id);
  if (!person) notFound();
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const suspended = !!person.suspendedUntil && person.suspendedUntil > new Date();
  const number = new Intl.NumberFormat(locale);

  return (
    <div className="space-y-8">
      <PageHeader
        eyebrow={<BackLink href="/moderation" label={t("moderation.people.back")} />}
        title={t("moderation.people.title", { name: person.name })}
        description={t("moderation.people.description")}
      />
      <Section id="standing" title={t("moderation.people.standing")}>
        <Card className="space-y-4">
          <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <span className="font-semibold text-slate-900">{person.name}</span>
            <span>· {person.email}</span>
            {person.organisation ? <span>· {person.organisation}</span> : null}
            <span>· {t("moderation.people.memberSince", { date: day.format(person.createdAt) })}</span>
          </div>
          <div className="flex flex-wrap gap-2">
            {suspended ? (
              <Badge tone="red">{t("moderation.people.suspendedUntil", { date: day.format(person.suspendedUntil!) })}</Badge>
            ) : (
              <Badge tone="green">{t("moderation.people.notSuspended")}</Badge>
            )}
            <Badge>{t("moderation.people.posts", { count: number.format(person._count.posts) })}</Badge>
            <Badge tone={person.hiddenPosts ? "amber" : "neutral"}>{t("moderation.people.hiddenPosts", { count: number.format(person.hiddenPosts) })}</Badge>
            <Badge tone={person.upheldFlags ? "amber" : "neutral"}>{t("moderation.people.upheldFlags", { count: number.format(person.upheldFlags) })}</Badge>
          </div>
          {person.isAdmin ? <p className="text-sm text-slate-600">{t("moderation.people.admin")}</p> : null}
          <PersonActions author={{ id: person.id, name: person.name, isAdmin: person.isAdmin }} suspended={suspended} viewerId={ctx.actor.id} />
        </Card>
      </Section>
      <Section id="sanctions" title={t("moderation.queue.history")}>
        {person.sanctions.length ? (
          <ol className="space-y-3" data-testid="sanctions">
            {person.sanctions.map((s) => (
              <li key={s.id}>
                <Card className="space-y-1">
                  <div className="flex flex-wrap items-center gap-2 text-sm">
                    <Badge tone={s.kind === "SUSPENSION" ? "red" : "amber"}>{t(`moderation.people.kind.${s.kind}`)}</Badge>
                    <time dateTime={s.createdAt.toISOString()} className="text-slate-600">
                      {dateTime.format(s.createdAt)}
                    </time>
                    {s.by ? <span className="text-slate-600">{t("moderation.people.by", { name: s.by.name })}</span> : null}
                    {s.until ? <span className="text-slate-600">· {t("moderation.people.until", { date: day.format(s.until) })}</span> : null}
                  </div>
                  <p className="text-slate-900">{s.reason}</p>
                  {s.postHref ? (
                    <Link href={s.postHref} className="text-xs text-teal-800 underline">
                      {t("moderation.people.relatedPost")}
                    </Link>
                  ) : null}
                </Card>
              </li>
            ))}
          </ol>
        ) : (
          <EmptyState title={t("moderation.people.empty")} />
        )}
      </Section>
    </div>
  );
}
