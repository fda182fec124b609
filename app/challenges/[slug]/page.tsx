import { SeedNote } from "@/components/common/seed-note";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { OfferForm, RespondForm, StatusActions, SupportPanel } from "@/components/challenges/actions";
import { challengeStatusTone, contentLang, supportText, urgencyTone } from "@/components/challenges/challenge-card";
import { Markdown } from "@/components/common/markdown";
import { AttachedThreads } from "@/components/forum/attached-threads";
import { themeName } from "@/components/networks/labels";
import { PartnerTypeBadge } from "@/components/partners/partner-type-badge";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, Section } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { markdownToText } from "@/lib/markdown/render";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";
import { challengeActionChoices, getChallenge } from "@/server/challenges/service";

type Props = { params: Promise<{ slug: string }> };

const load = cache(async (slug: string) => {
  const ctx = await getContext();
  return { ctx, challenge: await getChallenge(ctx, slug) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { challenge } = await load((await params).slug);
  return { title: challenge?.title, description: challenge ? markdownToText(challenge.problem).slice(0, 200) : undefined };
}

export default async function ChallengePage({ params }: Props) {
  const { slug } = await params;
  const { t, locale } = await getTranslator();
  const { ctx, challenge } = await load(slug);
  if (!challenge) notFound();
  const actor = ctx.actor;
  const choices = await challengeActionChoices(ctx);
  const lang = contentLang(challenge.language);
  const date = (d: Date) => new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(d);
  const canEdit = policy.editChallenge(actor, challenge.cityId);
  const supporting = new Set(challenge.supports.map((s) => s.cityId));
  const supportCities = choices.cities
    .filter((c) => policy.supportChallenge(actor, { supporterCityId: c.id, challengeCityId: challenge.cityId }))
    .map((c) => ({ id: c.id, name: c.name, supports: supporting.has(c.id) }));
  const ownCity = !!actor?.cities.has(challenge.cityId);
  const offerPartners = choices.partners.filter((p) => policy.offerChallengeHelp(actor, p.id));
  const respondNetworks = choices.networks.filter((n) => policy.respondToChallenge(actor, n.id));
  const open = challenge.status !== "CLOSED";

  return (
    <article className="space-y-8">
      <header className="space-y-3 border-b border-slate-200 pb-6">
        <p className="text-sm font-semibold uppercase tracking-wide text-teal-800">
          <Link href={`/challenges`} className="hover:underline">
            {t("challenges.title")}
          </Link>
          {" · "}
          <Link href={`/cities/${challenge.city.slug}`} className="hover:underline">
            {challenge.city.name}
          </Link>
        </p>
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl" lang={lang}>
          {challenge.title}
        </h1>
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone={urgencyTone[challenge.urgency]}>{t(`challenges.urgency.${challenge.urgency}`)}</Badge>
          <Badge tone={challengeStatusTone[challenge.status]}>{t(`challenges.status.${challenge.status}`)}</Badge>
          <Badge>{t(`knowledge.language.${challenge.language}`)}</Badge>
          {challenge.responseCount === 0 ? (
            <span className="inline-flex items-center gap-1 text-sm font-medium text-amber-800" data-testid="no-response">
              <span aria-hidden="true" className="inline-block size-2 rounded-full bg-amber-500" />
              {t("challenges.card.noResponse")}
            </span>
          ) : null}
        </div>
        <p className="text-sm text-slate-600">
          {t("challenges.detail.postedBy", { city: challenge.city.name, date: date(challenge.createdAt) })}
        </p>
        {challenge.isSeed ? <SeedNote text={t("challenges.detail.seed")} /> : null}
        {canEdit ? (
          <div className="flex flex-wrap items-center gap-3 pt-1" aria-label={t("challenges.detail.manage")}>
            <ButtonLink href={`/challenges/${challenge.slug}/edit`} size="sm" variant="secondary">
              {t("challenges.detail.edit")}
            </ButtonLink>
            <StatusActions challengeId={challenge.id} version={challenge.version} status={challenge.status} />
          </div>
        ) : null}
      </header>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-8">
          <Section title={t("challenges.detail.problem")} id="problem">
            <div lang={lang}>
              <Markdown source={challenge.problem} />
            </div>
          </Section>
          <Section title={t("challenges.detail.helpNeeded")} id="help">
            <div lang={lang} className="rounded-lg border-l-4 border-teal-600 bg-teal-50/50 p-4">
              <Markdown source={challenge.helpNeeded} />
            </div>
          </Section>

          <Section title={t("challenges.detail.responses")} id="responses">
            {challenge.responses.length ? (
              <ul className="space-y-3">
                {challenge.responses.map((r) => (
                  <li key={r.id} className="space-y-1 rounded-md border border-slate-200 bg-white p-3 text-sm" data-testid="response">
                    <div className="flex flex-wrap items-center gap-2">
                      <Link href={`/networks/${r.network.slug}`} className="font-semibold text-teal-800 hover:underline">
                        {r.network.acronym ?? r.network.name}
                      </Link>
                      <Badge tone={r.kind === "COMMITMENT" ? "amber" : "teal"}>{t(`challenges.detail.kind.${r.kind}`)}</Badge>
                      <span className="text-xs text-slate-500">{date(r.createdAt)}</span>
                    </div>
                    {r.kind === "INITIATIVE" ? (
                      r.initiative && r.initiative.state === "PUBLISHED" ? (
                        <p>
                          <Link href={`/initiatives/${r.initiative.slug}`} className="font-medium text-slate-900 underline decoration-teal-600 hover:text-teal-800">
                            {r.initiative.title}
                          </Link>
                          <span className="mt-0.5 block text-slate-600">{r.initiative.summary}</span>
                        </p>
                      ) : (
                        <p className="text-slate-600">{t("challenges.detail.unavailable")}</p>
                      )
                    ) : null}
                    {r.kind === "PRACTICE" ? (
                      r.practice && r.practice.state === "PUBLISHED" ? (
                        <p>
                          <Link href={`/practices/${r.practice.slug}`} className="font-medium text-slate-900 underline decoration-teal-600 hover:text-teal-800">
                            {r.practice.title}
                          </Link>
                        </p>
                      ) : (
                        <p className="text-slate-600">{t("challenges.detail.unavailable")}</p>
                      )
                    ) : null}
                    {r.kind === "COMMITMENT" && r.commitment ? <p className="whitespace-pre-line text-slate-800">{r.commitment}</p> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="rounded-md border border-dashed border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">{t("challenges.detail.noResponses")}</p>
            )}
            {respondNetworks.length && open ? (
              <Card className="space-y-3">
                <h3 className="font-semibold text-slate-900">{t("challenges.respond.title")}</h3>
                <RespondForm challengeId={challenge.id} networks={respondNetworks} />
              </Card>
            ) : null}
          </Section>

          <Section title={t("challenges.detail.offers")} id="offers">
            <p className="text-sm text-slate-600">{t("challenges.detail.offersNote")}</p>
            {challenge.offers.length ? (
              <ul className="space-y-3">
                {challenge.offers.map((o) => (
                  <li key={o.id} className="space-y-2 rounded-md border border-slate-200 bg-white p-3 text-sm" data-testid="offer">
                    <div className="flex flex-wrap items-center gap-2">
                      <Link href={`/partners/${o.partner.slug}`} className="font-semibold text-teal-800 hover:underline">
                        {o.partner.name}
                      </Link>
                      <PartnerTypeBadge type={o.partner.type} label={t(`partners.types.${o.partner.type}`)} />
                      <span className="text-xs text-slate-500">{date(o.createdAt)}</span>
                    </div>
                    <p className="whitespace-pre-line text-slate-800">{o.message}</p>
                    <p className="rounded border border-amber-200 bg-amber-50 px-3 py-2 text-amber-950">
                      <span className="font-semibold">{t("challenges.detail.disclosure")}:</span> {o.disclosure}
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-600">{t("challenges.detail.noOffers")}</p>
            )}
            {offerPartners.length && open ? (
              <Card className="space-y-3">
                <h3 className="font-semibold text-slate-900">{t("challenges.offer.title")}</h3>
                <OfferForm challengeId={challenge.id} partners={offerPartners} />
              </Card>
            ) : null}
          </Section>

          <AttachedThreads target={{ kind: "challenge", id: challenge.id }} />
        </div>

        <div className="space-y-6">
          <Card className="space-y-3">
            <p className="text-3xl font-bold text-teal-900" data-testid="support-count">
              {challenge.supportCount}
            </p>
            <p className="text-sm font-medium text-slate-700">{supportText(t, challenge.supportCount)}</p>
            {supportCities.length && open ? (
              <SupportPanel challengeId={challenge.id} cities={supportCities} />
            ) : ownCity ? (
              <p className="text-sm text-slate-600">{t("challenges.support.ownCity")}</p>
            ) : actor && actor.partners.size > 0 && actor.cities.size === 0 ? (
              <p className="text-sm text-slate-600">{t("challenges.support.partner")}</p>
            ) : !supportCities.length ? (
              <p className="text-sm text-slate-600">{t("challenges.support.signIn")}</p>
            ) : null}
          </Card>

          <Section title={t("challenges.detail.supportersCount", { count: challenge.supports.length })} id="supporters">
            {challenge.supports.length ? (
              <ul className="space-y-2" data-testid="supporters">
                {challenge.supports.map((s) => (
                  <li key={s.cityId} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
                    <Link href={`/cities/${s.city.slug}`} className="font-medium text-teal-800 hover:underline">
                      {s.city.name}
                    </Link>
                    <span className="ml-2 text-xs text-slate-500">{t("challenges.detail.supportedOn", { date: date(s.createdAt) })}</span>
                    {s.note ? <p className="mt-1 text-slate-700">{s.note}</p> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-600">{t("challenges.detail.noSupporters")}</p>
            )}
          </Section>

          <Section title={t("challenges.detail.city")} id="city">
            <Link href={`/cities/${challenge.city.slug}`} className="block rounded-md border border-slate-200 bg-white p-3 text-sm font-medium text-teal-800 hover:border-teal-700">
              {challenge.city.name}
            </Link>
          </Section>

          <Section title={t("challenges.detail.themes")} id="themes">
            <div className="flex flex-wrap gap-1.5">
              {challenge.themes.map(({ theme }) => (
                <Link key={theme.slug} href={`/challenges?theme=${theme.slug}`}>
                  <Badge tone="teal">{themeName(theme, locale)}</Badge>
                </Link>
              ))}
            </div>
          </Section>
        </div>
      </div>
    </article>
  );
}
