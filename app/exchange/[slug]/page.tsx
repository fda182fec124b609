import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Markdown } from "@/components/common/markdown";
import { CloseRequest, LearningForm, OfferAnswer, OfferForm, ScheduleForm } from "@/components/exchange/actions";
import { LocalTime } from "@/components/exchange/local-time";
import { dayText, networkLabel, StatusBadge } from "@/components/exchange/parts";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, Section } from "@/components/ui/card";
import type { UiLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/server";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";
import { actorNetworks, getRequest, participantChoices, suggestSecretariats } from "@/server/exchange/service";
import { timeZoneNames } from "@/lib/time-zones";

type Props = { params: Promise<{ slug: string }> };

const load = cache(async (slug: string) => {
  const ctx = await getContext();
  return { ctx, request: await getRequest(ctx, slug) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { request } = await load((await params).slug);
  return { title: request?.title };
}

const offerTone = { PENDING: "amber", ACCEPTED: "green", DECLINED: "neutral" } as const;

const sessionTime = (startsAt: Date, timeZone: string, locale: UiLocale) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "short", timeZone }).format(startsAt);

export default async function ExchangeRequestPage({ params }: Props) {
  const { slug } = await params;
  const { t, locale } = await getTranslator();
  const { ctx, request } = await load(slug);
  if (!request) notFound();
  const actor = ctx.actor;
  const open = request.status !== "CLOSED";
  const takesOffers = request.status === "OPEN" || request.status === "SCHEDULED";
  const isRequester = policy.answerExchangeOffer(actor, request.networkId);
  const canSchedule = open && policy.scheduleExchangeSession(actor, request.networkId) && request.participantNetworkIds.length > 1;
  const canClose = open && policy.closeExchangeRequest(actor, request.networkId);
  const canEdit = open && policy.editExchangeRequest(actor, request.networkId);

  const [mine, suggestions, sides] = await Promise.all([
    actorNetworks(ctx.db, actor),
    suggestSecretariats(ctx.db, request),
    canSchedule ? participantChoices(ctx.db, request.participantNetworkIds) : Promise.resolve([]),
  ]);
  const offered = new Set(request.offers.map((o) => o.networkId));
  const offerNetworks = takesOffers
    ? mine.filter((n) => !offered.has(n.id) && policy.offerExchange(actor, { offeringNetworkId: n.id, requestNetworkId: request.networkId }))
    : [];
  const learningNetworks = request.sessions.length
    ? mine.filter((n) => policy.recordExchangeLearning(actor, { networkId: n.id, participantNetworkIds: request.participantNetworkIds }))
    : [];
  const networkName = new Map([[request.network.id, networkLabel(request.network)], ...request.offers.map((o) => [o.networkId, networkLabel(o.network)] as const)]);
  const sessionLabel = (s: { startsAt: Date; timeZone: string }) => sessionTime(s.startsAt, s.timeZone, locale);

  return (
    <article className="space-y-8">
      <header className="space-y-3 border-b border-slate-200 pb-5">
        <nav aria-label={t("exchange.detail.breadcrumb")} className="text-sm">
          <Link href="/exchange" className="text-teal-800 underline-offset-2 hover:underline">
            {t("exchange.title")}
          </Link>
        </nav>
        <div className="flex flex-wrap items-center gap-2 text-xs">
          <Badge tone="amber">{t(`exchange.topics.${request.topic}`)}</Badge>
          <Badge>{t(`exchange.formats.${request.format}`)}</Badge>
          <StatusBadge status={request.status} t={t} />
        </div>
        <h1 className="max-w-4xl text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{request.title}</h1>
        <p className="text-slate-700">
          {t("exchange.detail.askedBy", { network: request.network.name })}
          {request.author ? ` · ${request.author.name}` : ""} · {dayText(request.createdAt, locale)}
        </p>
        {canEdit || canClose ? (
          <div className="flex flex-wrap items-start gap-3">
            {canEdit ? (
              <ButtonLink href={`/exchange/${request.slug}/edit`} variant="secondary" size="sm">
                {t("exchange.detail.edit")}
              </ButtonLink>
            ) : null}
            {canClose ? <CloseRequest requestId={request.id} version={request.version} /> : null}
          </div>
        ) : null}
      </header>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="space-y-10">
          <Section id="request-description" title={t("exchange.detail.what")}>
            <Card>
              <Markdown source={request.description} />
            </Card>
          </Section>

          <Section id="request-offers" title={t("exchange.offers.title", { count: request.offers.length })}>
            {request.offers.length ? (
              <ul className="space-y-3">
                {request.offers.map((offer) => (
                  <li key={offer.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="exchange-offer">
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <Link href={`/networks/${offer.network.slug}`} className="font-semibold text-teal-900 underline-offset-2 hover:underline">
                        {offer.network.name}
                      </Link>
                      <Badge tone={offerTone[offer.status]}>{t(`exchange.offers.status.${offer.status}`)}</Badge>
                    </div>
                    <p className="mt-2 whitespace-pre-line text-sm text-slate-800">{offer.message}</p>
                    <p className="mt-2 text-xs text-slate-600">
                      {offer.author ? `${offer.author.name} · ` : ""}
                      {dayText(offer.createdAt, locale)}
                    </p>
                    {isRequester && open && offer.status === "PENDING" ? (
                      <div className="mt-3">
                        <OfferAnswer offerId={offer.id} network={networkLabel(offer.network)} />
                      </div>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState title={t("exchange.offers.emptyTitle")} description={t("exchange.offers.emptyBody")} />
            )}
            {offerNetworks.length ? <OfferForm requestId={request.id} networks={offerNetworks.map((n) => ({ id: n.id, label: networkLabel(n) }))} /> : null}
            {!actor && takesOffers ? (
              <p className="text-sm text-slate-700">
                <Link href={`/signin?callbackUrl=/exchange/${request.slug}`} className="font-medium text-teal-800 underline-offset-2 hover:underline">
                  {t("exchange.offers.signIn")}
                </Link>
              </p>
            ) : null}
          </Section>

          <Section id="request-sessions" title={t("exchange.sessions.title")}>
            {request.sessions.length ? (
              <ol className="space-y-3">
                {request.sessions.map((session) => {
                  const byNetwork = request.participantNetworkIds
                    .map((networkId) => ({ networkId, people: session.participants.filter((p) => p.networkId === networkId) }))
                    .filter((side) => side.people.length);
                  return (
                    <li key={session.id} id={`session-${session.id}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="exchange-session">
                      <div className="flex flex-wrap items-center gap-2 text-xs">
                        <Badge tone="blue">{t(`exchange.formats.${session.format}`)}</Badge>
                        <span className="text-slate-600">{t("exchange.sessions.minutes", { minutes: session.durationMinutes })}</span>
                      </div>
                      <p className="mt-2 font-semibold text-slate-900" data-testid="session-time">
                        <time dateTime={session.startsAt.toISOString()}>{sessionLabel(session)}</time>
                        <span className="font-normal text-slate-700"> ({session.timeZone.replaceAll("_", " ")})</span>
                      </p>
                      <LocalTime startsAt={session.startsAt.toISOString()} sessionZone={session.timeZone} />
                      {byNetwork.length ? (
                        <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-2">
                          {byNetwork.map((side) => (
                            <div key={side.networkId}>
                              <dt className="font-medium text-slate-800">{networkName.get(side.networkId)}</dt>
                              <dd className="text-slate-700">{side.people.map((p) => p.user.name).join(", ")}</dd>
                            </div>
                          ))}
                        </dl>
                      ) : null}
                      {session.notes ? <p className="mt-3 whitespace-pre-line text-sm text-slate-700">{session.notes}</p> : null}
                    </li>
                  );
                })}
              </ol>
            ) : (
              <EmptyState
                title={t("exchange.sessions.emptyTitle")}
                description={request.participantNetworkIds.length > 1 ? t("exchange.sessions.emptyReady") : t("exchange.sessions.emptyBody")}
              />
            )}
            {canSchedule ? (
              <ScheduleForm
                requestId={request.id}
                version={request.version}
                defaultFormat={request.format}
                defaultDate={(request.windowStart > new Date() ? request.windowStart : new Date()).toISOString().slice(0, 10)}
                timeZones={timeZoneNames()}
                folded={request.sessions.length > 0}
                sides={sides.map((side) => ({
                  networkId: side.networkId,
                  label: networkName.get(side.networkId) ?? "",
                  staff: side.staff.map((s) => ({ userId: s.userId, name: s.user.name })),
                }))}
              />
            ) : null}
          </Section>

          <Section id="request-learnings" title={t("exchange.learnings.title")}>
            {request.learnings.length ? (
              <ul className="space-y-4">
                {request.learnings.map((l) => (
                  <li key={l.id} id={`learning-${l.id}`} className="scroll-mt-24 rounded-lg border border-slate-200 bg-white p-5 shadow-sm target:ring-2 target:ring-teal-600" data-testid="exchange-learning">
                    <div className="flex flex-wrap items-center gap-2 text-xs">
                      <Badge tone="teal">{networkLabel(l.network)}</Badge>
                      {l.internal ? <Badge tone="red">{t("exchange.learnings.internalBadge")}</Badge> : null}
                    </div>
                    <h3 className="mt-2 text-lg font-semibold text-slate-900">{l.title}</h3>
                    <Markdown source={l.body} className="mt-2" />
                    <p className="mt-3 text-xs text-slate-600">
                      {t("exchange.learnings.by", { network: l.network.name })}
                      {l.author ? ` · ${l.author.name}` : ""} · {dayText(l.createdAt, locale)}
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState title={t("exchange.learnings.noneTitle")} description={t("exchange.learnings.noneBody")} />
            )}
            {learningNetworks.length ? (
              <LearningForm
                requestId={request.id}
                networks={learningNetworks.map((n) => ({ id: n.id, label: networkLabel(n) }))}
                sessions={request.sessions.map((s) => ({ id: s.id, label: sessionLabel(s) }))}
              />
            ) : null}
          </Section>
        </div>

        <aside className="space-y-8">
          <Card className="space-y-3">
            <h2 className="text-base font-semibold text-slate-900">{t("exchange.detail.facts")}</h2>
            <dl className="space-y-2 text-sm">
              <div>
                <dt className="text-slate-600">{t("exchange.detail.requester")}</dt>
                <dd>
                  <Link href={`/networks/${request.network.slug}`} className="font-medium text-teal-800 underline-offset-2 hover:underline">
                    {request.network.name}
                  </Link>
                </dd>
              </div>
              <div>
                <dt className="text-slate-600">{t("exchange.form.window")}</dt>
                <dd className="text-slate-900">{t("exchange.card.window", { start: dayText(request.windowStart, locale), end: dayText(request.windowEnd, locale) })}</dd>
              </div>
              <div>
                <dt className="text-slate-600">{t("exchange.detail.participants")}</dt>
                <dd className="text-slate-900">{request.participantNetworkIds.map((id) => networkName.get(id)).join(", ")}</dd>
              </div>
            </dl>
          </Card>

          <Section id="request-suggestions" title={t("exchange.suggestions.title")}>
            <p className="text-sm text-slate-600">{t("exchange.suggestions.hint")}</p>
            {suggestions.length ? (
              <ol className="space-y-2">
                {suggestions.map((s) => (
                  <li key={s.network.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm" data-testid="exchange-suggestion">
                    <Link href={`/networks/${s.network.slug}`} className="font-semibold text-teal-900 underline-offset-2 hover:underline">
                      {s.network.name}
                    </Link>
                    <ul className="mt-1 space-y-0.5 text-slate-700">
                      {s.standingOfferTitle ? <li>{t("exchange.suggestions.standingOffer", { title: s.standingOfferTitle })}</li> : null}
                      {s.learnings ? <li>{t("exchange.suggestions.learnings", { count: s.learnings })}</li> : null}
                      {s.acceptedOffers ? <li>{t("exchange.suggestions.acceptedOffers", { count: s.acceptedOffers })}</li> : null}
                    </ul>
                  </li>
                ))}
              </ol>
            ) : (
              <EmptyState title={t("exchange.suggestions.none")} />
            )}
            {/* The offer form above is this request's one offer action; a standing offer is for every
                request on the topic, so it is only pointed to, quietly, when that form is not shown. */}
            {actor && actor.staff.size && !offerNetworks.length ? (
              <p className="text-sm">
                <Link href="/exchange/standing-offers/new" className="text-teal-800 underline-offset-2 hover:underline">
                  {t("exchange.suggestions.standingOfferLink")}
                </Link>
              </p>
            ) : null}
          </Section>
        </aside>
      </div>
    </article>
  );
}
