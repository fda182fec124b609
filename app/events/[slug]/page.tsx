import { SeedNote } from "@/components/common/seed-note";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Markdown } from "@/components/common/markdown";
import { AnswerHost, InviteHost, RegistrationButton } from "@/components/events/actions";
import { formatRange, formatTime, modeTone, zoneLabel } from "@/components/events/format";
import { LocalTime } from "@/components/events/local-time";
import { SeatsBadge } from "@/components/events/seats";
import { StatementView } from "@/components/events/statement-view";
import { AttachedThreads } from "@/components/forum/attached-threads";
import { networkLabel } from "@/components/initiatives/similar-list";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, Section } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";
import { getEvent } from "@/server/events/service";

type Props = { params: Promise<{ slug: string }> };

const load = cache(async (slug: string) => {
  const ctx = await getContext();
  return { ctx, event: await getEvent(ctx, slug) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { event } = await load((await params).slug);
  return { title: event?.title, description: event?.summary };
}

const hostTone = { ACCEPTED: "green", PENDING: "amber", DECLINED: "neutral" } as const;

export default async function EventPage({ params }: Props) {
  const { slug } = await params;
  const { t, locale } = await getTranslator();
  const { ctx, event } = await load(slug);
  if (!event) notFound();
  const actor = ctx.actor;
  const now = new Date();
  const ended = event.endsAt < now;
  const accepted = event.hosts.filter((h) => h.status === "ACCEPTED");
  const canEdit = policy.editEvent(actor, event.hostIds);
  const canDraft = policy.draftStatement(actor, event.hostIds);
  const myInvitations = event.hosts.filter((h) => h.status === "PENDING" && policy.answerEventHost(actor, h.networkId));
  const ownerIds = actor ? [...actor.staff].filter(([, role]) => role === "OWNER").map(([id]) => id) : [];
  const [inviteChoices, ownNetworks] = await Promise.all([
    policy.inviteEventHost(actor, event.hostIds)
      ? ctx.db.network.findMany({
          where: { status: "VERIFIED", id: { notIn: event.hosts.filter((h) => h.status !== "DECLINED").map((h) => h.networkId) } },
          orderBy: { name: "asc" },
          select: { slug: true, name: true, acronym: true },
        })
      : Promise.resolve([]),
    ownerIds.length ? ctx.db.network.findMany({ where: { id: { in: ownerIds }, status: "VERIFIED" }, orderBy: { name: "asc" }, select: { id: true, name: true, acronym: true } }) : Promise.resolve([]),
  ]);
  const lang = event.language === "zh" ? "zh-CN" : event.language;
  const full = event.capacity !== null && event.confirmedCount >= event.capacity;

  return (
    <article className="space-y-8">
      <header className="space-y-3 border-b border-slate-200 pb-6">
        <p className="text-sm font-semibold uppercase tracking-wide text-teal-800">
          {accepted.map((h, i) => (
            <span key={h.networkId}>
              {i > 0 ? " · " : ""}
              <Link href={`/networks/${h.network.slug}`} className="hover:underline">
                {networkLabel(h.network)}
              </Link>
            </span>
          ))}
          {accepted.length > 1 ? <span className="ml-2 font-normal normal-case text-slate-600">{t("events.detail.coHosted")}</span> : null}
        </p>
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl" lang={lang}>
          {event.title}
        </h1>
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone={modeTone[event.mode]}>{t(`events.mode.${event.mode}`)}</Badge>
          {ended ? <Badge>{t("events.detail.ended")}</Badge> : <SeatsBadge capacity={event.capacity} taken={event.confirmedCount} t={t} />}
          <Badge>{t(`knowledge.language.${event.language}`)}</Badge>
        </div>
        {event.isSeed ? <SeedNote text={t("knowledge.seedNote")} source={{ href: event.sourceUrl, label: t("knowledge.source") }} /> : null}
        <p className="max-w-3xl text-lg text-slate-700" lang={lang}>
          {event.summary}
        </p>
        {canEdit ? (
          <div className="flex flex-wrap gap-2 pt-1">
            <ButtonLink href={`/events/${event.slug}/edit`} size="sm" variant="secondary">
              {t("events.detail.edit")}
            </ButtonLink>
            {canDraft ? (
              <ButtonLink href={`/events/${event.slug}/statements/new`} size="sm" variant="secondary">
                {t("events.statement.new")}
              </ButtonLink>
            ) : null}
          </div>
        ) : null}
      </header>

      {myInvitations.map((h) => (
        <AnswerHost key={h.networkId} eventId={event.id} networkId={h.networkId} networkName={h.network.name} />
      ))}

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-8">
          {event.description ? (
            <div lang={lang}>
              <Markdown source={event.description} />
            </div>
          ) : null}

          <Section title={t("events.agenda.title")} id="agenda">
            {event.agenda.length ? (
              <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
                {event.agenda.map((item) => (
                  <li key={item.id} className="grid gap-1 px-4 py-3 sm:grid-cols-[6rem_1fr]">
                    <span className="text-sm font-medium tabular-nums text-teal-900">{item.startsAt ? formatTime(locale, item.startsAt, event.timeZone) : ""}</span>
                    <div>
                      <p className="font-medium text-slate-900" lang={lang}>
                        {item.title}
                      </p>
                      {item.description ? (
                        <p className="text-sm text-slate-700" lang={lang}>
                          {item.description}
                        </p>
                      ) : null}
                    </div>
                  </li>
                ))}
              </ol>
            ) : (
              <p className="text-sm text-slate-600">{t("events.agenda.none")}</p>
            )}
          </Section>

          <Section title={t("events.statement.title")} id="statements">
            {event.statements.length ? (
              <div className="space-y-4">
                {event.statements.map((s) => (
                  <StatementView
                    key={s.id}
                    statement={s}
                    actor={actor}
                    hostIds={event.hostIds}
                    ownNetworks={ownNetworks.map((n) => ({ id: n.id, label: networkLabel(n) }))}
                    t={t}
                    locale={locale}
                  />
                ))}
              </div>
            ) : (
              <p className="text-sm text-slate-600">{t("events.statement.none")}</p>
            )}
          </Section>

          <AttachedThreads target={{ kind: "event", id: event.id }} />
        </div>

        <div className="space-y-4">
          <Card className="space-y-3">
            <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-600">{t("events.detail.when")}</h2>
            <p className="font-medium text-slate-900" data-testid="event-time">
              <time dateTime={event.startsAt.toISOString()}>{formatRange(locale, event.startsAt, event.endsAt, event.timeZone)}</time>
            </p>
            <p className="text-sm text-slate-600">{t("events.detail.eventZone", { zone: zoneLabel(locale, event.timeZone, event.startsAt) })}</p>
            <LocalTime start={event.startsAt.toISOString()} end={event.endsAt.toISOString()} eventZone={event.timeZone} />
            <a href={`/events/${event.slug}/ical`} className="inline-block text-sm font-medium text-teal-800 underline-offset-4 hover:underline" download>
              {t("events.detail.ical")}
            </a>
            <h2 className="pt-2 text-sm font-semibold uppercase tracking-wide text-slate-600">{t("events.detail.where")}</h2>
            {event.location ? <p className="text-slate-900">{event.location}</p> : null}
            {event.onlineUrl ? (
              <a href={event.onlineUrl} className="block break-all text-sm text-teal-800 hover:underline" rel="noopener noreferrer nofollow">
                {t("events.detail.joinOnline")}
              </a>
            ) : null}
          </Card>

          <Card className="space-y-3" id="registration">
            <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-600">{t("events.registration.title")}</h2>
            <p className="text-sm text-slate-700" data-testid="seats">
              {event.capacity === null
                ? t("events.registration.unlimited", { taken: event.confirmedCount })
                : t("events.registration.seats", { taken: event.confirmedCount, capacity: event.capacity, left: Math.max(0, event.capacity - event.confirmedCount) })}
              {event.waitlisted ? ` ${t("events.registration.waitlistCount", { count: event.waitlisted })}` : ""}
            </p>
            {ended ? (
              <p className="text-sm text-slate-600">{t("events.registration.closed")}</p>
            ) : actor ? (
              <RegistrationButton eventId={event.id} registration={event.registration} full={full} />
            ) : (
              <ButtonLink href={`/signin?callbackUrl=/events/${event.slug}`} variant="secondary">
                {t("events.registration.signIn")}
              </ButtonLink>
            )}
          </Card>

          <Card className="space-y-3">
            <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-600">{t("events.hosts.title")}</h2>
            <ul className="space-y-2" data-testid="hosts">
              {event.hosts.map((h) => (
                <li key={h.networkId} className="flex items-center justify-between gap-2 text-sm">
                  <Link href={`/networks/${h.network.slug}`} className="font-medium text-slate-900 hover:underline">
                    {h.network.name}
                  </Link>
                  <Badge tone={hostTone[h.status]}>{t(`events.hosts.status.${h.status}`)}</Badge>
                </li>
              ))}
            </ul>
            {inviteChoices.length ? <InviteHost eventId={event.id} networks={inviteChoices.map((n) => ({ slug: n.slug, label: networkLabel(n) }))} /> : null}
          </Card>

          {event.sourceUrl ? (
            <p className="text-sm text-slate-600">
              <a href={event.sourceUrl} className="text-teal-800 hover:underline" rel="noopener noreferrer">
                {t("events.detail.source")}
              </a>
            </p>
          ) : null}
        </div>
      </div>
    </article>
  );
}
