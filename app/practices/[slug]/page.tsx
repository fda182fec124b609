import { SeedNote } from "@/components/common/seed-note";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Markdown } from "@/components/common/markdown";
import { AttachedThreads } from "@/components/forum/attached-threads";
import { countryOptions } from "@/components/networks/countries";
import { PartnerTypeBadge } from "@/components/partners/partner-type-badge";
import { dayText, isWebUrl, localName, numberText, readLinks, sdgTitle } from "@/components/practices/labels";
import { LazyAdoptionForm } from "@/components/practices/lazy-islands";
import { LicenceNotice } from "@/components/practices/licence-badge";
import { SpilloverSection } from "@/components/practices/spillover-section";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, Section } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";
import { countryName } from "@/server/cities/country";
import { getPractice, practiceFormOptions } from "@/server/practices/service";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Shared by the metadata and the page within one request. */
const load = cache(async (slug: string) => getPractice(await getContext(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const practice = await load(slug);
  return { title: practice?.title };
}

export default async function PracticePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const { t, locale } = await getTranslator();
  const ctx = await getContext();
  const practice = await load(slug);
  if (!practice) notFound();
  const canRecord = policy.recordAdoption(ctx.actor);
  const removable = new Set(practice.spillover.points.filter((p) => policy.removeAdoption(ctx.actor, p)).map((p) => p.id));
  const options = canRecord ? await practiceFormOptions(ctx.db) : null;
  const links = readLinks(practice.links);
  const href = `/practices/${practice.slug}`;
  const lang = practice.language;
  const cityNames = practice.cities.map((c) => c.city.name).join(", ");

  return (
    <article className="space-y-8">
      <header className="space-y-4 border-b border-slate-200 pb-6">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="max-w-3xl space-y-2">
            <p className="text-sm font-medium text-teal-800">
              {t("practices.detail.eyebrow")} · {cityNames}
            </p>
            <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl" lang={lang}>
              {practice.title}
            </h1>
            <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
              <Badge data-testid="practice-language">{t(`knowledge.language.${practice.language}`)}</Badge>
              {practice.isSeed && isWebUrl(practice.sourceUrl) ? (
                <a href={practice.sourceUrl} rel="nofollow noopener" target="_blank" className="text-teal-800 underline underline-offset-2" data-testid="practice-source">
                  {t("knowledge.source")}
                </a>
              ) : null}
              {practice.publishedAt && !practice.isSeed ? <span>{t("practices.detail.published", { date: dayText(practice.publishedAt, locale, "long") })}</span> : null}
              {practice.createdBy && !practice.isSeed ? <span>· {t("practices.detail.postedBy", { name: practice.createdBy.name })}</span> : null}
            </div>
            {practice.isSeed ? (
              <SeedNote text={t("knowledge.seedNote")} />
            ) : practice.spillover.points.some((p) => p.isSeed) ? (
              <SeedNote text={t("knowledge.seedNoteList")} />
            ) : null}
          </div>
          <div className="flex flex-wrap gap-2">
            {practice.canEdit ? <ButtonLink href={`${href}/edit`}>{t("practices.detail.edit")}</ButtonLink> : null}
            {practice.canEdit ? (
              <ButtonLink href={`/practices/new?translationOf=${encodeURIComponent(practice.slug)}`} variant="secondary">
                {t("practices.detail.addTranslation")}
              </ButtonLink>
            ) : null}
            <ButtonLink href="#record-adoption" variant="secondary">
              {t("practices.detail.recordAdoption")}
            </ButtonLink>
          </div>
        </div>

        <LicenceNotice licence={practice.licence} t={t} />

        {practice.translations.length ? (
          <nav aria-label={t("practices.detail.languages")} className="flex flex-wrap items-center gap-2 text-sm" data-testid="practice-translations">
            <span className="text-slate-600">{t("practices.detail.alsoIn")}</span>
            <span aria-current="page" className="rounded-full bg-slate-900 px-3 py-1 font-medium text-white">
              {t(`knowledge.language.${practice.language}`)}
            </span>
            {practice.translations.map((tr) => (
              <Link
                key={tr.slug}
                href={`/practices/${tr.slug}`}
                hrefLang={tr.language}
                lang={tr.language}
                title={tr.title}
                className="rounded-full border border-slate-300 bg-white px-3 py-1 text-slate-800 hover:border-teal-600 hover:text-teal-800"
              >
                {t(`knowledge.language.${tr.language}`)}
              </Link>
            ))}
          </nav>
        ) : null}

        {query.saved === "1" ? <Alert tone="success">{t("practices.detail.saved")}</Alert> : null}
        {practice.state === "ARCHIVED" ? <Alert tone="warning">{t("practices.detail.archived")}</Alert> : null}
      </header>

      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0 space-y-8" lang={lang}>
          <Section id="problem" title={t("practices.detail.problem")}>
            <Markdown source={practice.problem} />
          </Section>
          <Section id="solution" title={t("practices.detail.solution")}>
            <Markdown source={practice.solution} />
          </Section>
          <Section id="results" title={t("practices.detail.results")}>
            <Markdown source={practice.results} />
            <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
              <table className="w-full text-left text-sm" data-testid="outcomes-table">
                <caption className="sr-only">{t("practices.detail.outcomes")}</caption>
                <thead className="bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
                  <tr>
                    <th scope="col" className="px-3 py-2">{t("practices.outcome.indicator")}</th>
                    <th scope="col" className="px-3 py-2 text-right">{t("practices.outcome.baseline")}</th>
                    <th scope="col" className="px-3 py-2 text-right">{t("practices.outcome.value")}</th>
                    <th scope="col" className="px-3 py-2">{t("practices.outcome.unit")}</th>
                    <th scope="col" className="px-3 py-2 text-right">{t("practices.outcome.year")}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {practice.outcomes.map((o, i) => (
                    <tr key={i}>
                      <th scope="row" className="px-3 py-2 font-medium text-slate-900">{o.indicator}</th>
                      <td className="px-3 py-2 text-right text-slate-600 tabular-nums">{o.baseline === null ? "—" : numberText(o.baseline, locale)}</td>
                      <td className="px-3 py-2 text-right font-semibold text-teal-900 tabular-nums">{numberText(o.value, locale)}</td>
                      <td className="px-3 py-2 text-slate-700">{o.unit}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{o.year}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Section>
          <Section id="replication" title={t("practices.detail.replication")}>
            <Markdown source={practice.replication} />
          </Section>
        </div>

        <div className="space-y-6">
          <Card className="space-y-4">
            <h2 className="font-semibold text-slate-900">{t("practices.detail.facts")}</h2>
            <dl className="space-y-3 text-sm">
              <div>
                <dt className="text-slate-600">{t("knowledge.cities")}</dt>
                <dd>
                  <ul className="flex flex-wrap gap-x-3 gap-y-1">
                    {practice.cities.map(({ city }) => (
                      <li key={city.slug}>
                        <Link href={`/cities/${city.slug}`} className="font-medium text-teal-800 hover:underline">
                          {city.name}
                        </Link>
                        <span className="text-slate-600"> · {countryName(city.countryCode, locale)}</span>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
              {/* Cost and duration side by side; each stays one div directly in the dl, as the list markup requires. */}
              <div className="inline-block w-1/2 pr-2 align-top">
                  <dt className="text-slate-600">{t("knowledge.costRange.label")}</dt>
                  <dd className="font-medium text-slate-900">{practice.costRange ? t(`knowledge.costRange.${practice.costRange}`) : t("knowledge.costRange.none")}</dd>
              </div>
              <div className="!mt-0 inline-block w-1/2 pl-2 align-top">
                  <dt className="text-slate-600">{t("knowledge.duration.label")}</dt>
                  <dd className="font-medium text-slate-900">
                    {practice.durationMonths ? t("knowledge.duration.months", { count: practice.durationMonths }) : t("knowledge.duration.none")}
                  </dd>
              </div>
              {practice.network ? (
                <div>
                  <dt className="text-slate-600">{t("practices.detail.network")}</dt>
                  <dd>
                    <Link href={`/networks/${practice.network.slug}`} className="font-medium text-teal-800 hover:underline">
                      {practice.network.acronym && practice.network.acronym !== practice.network.name
                        ? `${practice.network.acronym} — ${practice.network.name}`
                        : practice.network.name}
                    </Link>
                  </dd>
                </div>
              ) : null}
              {practice.themes.length ? (
                <div>
                  <dt className="text-slate-600">{t("knowledge.themes")}</dt>
                  <dd>
                    <ul className="mt-1 flex flex-wrap gap-1">
                      {practice.themes.map(({ theme }) => (
                        <li key={theme.slug}>
                          <Link href={`/practices?theme=${theme.slug}`}>
                            <Badge tone="teal">{localName(theme, locale)}</Badge>
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              ) : null}
              {practice.sdgTitles.length ? (
                <div>
                  <dt className="text-slate-600">{t("knowledge.sdgs")}</dt>
                  <dd>
                    <ul className="mt-1 space-y-1">
                      {practice.sdgTitles.map((sdg) => (
                        <li key={sdg.number} className="flex items-baseline gap-2">
                          <span className="inline-flex size-6 shrink-0 items-center justify-center rounded bg-sky-700 text-xs font-bold text-white">{sdg.number}</span>
                          <Link href={`/practices?sdg=${sdg.number}`} className="text-slate-800 hover:text-teal-800 hover:underline">
                            {sdgTitle(sdg, locale)}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              ) : null}
              {links.length ? (
                <div>
                  <dt className="text-slate-600">{t("knowledge.links")}</dt>
                  <dd>
                    <ul className="mt-1 space-y-1">
                      {links.map((link) => (
                        <li key={link.url}>
                          <a href={link.url} rel="nofollow ugc noopener" target="_blank" className="break-words text-teal-800 underline underline-offset-2">
                            {link.label}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              ) : null}
            </dl>
          </Card>

          {practice.partner ? (
            <Card className="space-y-2 border-amber-200 bg-amber-50/40" data-testid="practice-partner">
              <h2 className="font-semibold text-slate-900">{t("practices.detail.partner")}</h2>
              <p className="flex flex-wrap items-center gap-2 text-sm">
                <Link href={`/partners/${practice.partner.slug}`} className="font-medium text-teal-800 hover:underline">
                  {practice.partner.name}
                </Link>
                <PartnerTypeBadge type={practice.partner.type} label={t(`partners.types.${practice.partner.type}`)} />
              </p>
              <div className="text-sm">
                <p className="font-medium text-slate-800">{t("practices.detail.disclosure")}</p>
                <p className="text-slate-700">{practice.partnerDisclosure}</p>
              </div>
            </Card>
          ) : null}
        </div>
      </div>

      <Section id="spillover" title={t("practices.spillover.title")}>
        <p className="max-w-3xl text-sm text-slate-600">{t("practices.spillover.intro")}</p>
        <SpilloverSection spread={practice.spillover} removable={removable} practiceTitle={practice.title} t={t} locale={locale} />
      </Section>

      {practice.state === "PUBLISHED" ? (
        <div className="max-w-4xl">
          <AttachedThreads target={{ kind: "practice", id: practice.id }} />
        </div>
      ) : null}

      <section id="record-adoption" aria-labelledby="record-adoption-heading" className="scroll-mt-4">
        <Card className="max-w-4xl space-y-3">
          <h2 id="record-adoption-heading" className="text-lg font-semibold text-slate-900">
            {t("practices.adoption.title")}
          </h2>
          {options && practice.state === "PUBLISHED" ? (
            <>
              <p className="text-sm text-slate-600">{t("practices.adoption.intro")}</p>
              <LazyAdoptionForm
                practiceId={practice.id}
                today={new Date().toISOString().slice(0, 10)}
                options={{
                  cities: options.cities,
                  networks: options.networks,
                  countries: countryOptions(locale),
                }}
              />
            </>
          ) : !ctx.actor ? (
            <p className="text-sm text-slate-700">
              {t("practices.adoption.signInBody")}{" "}
              <Link href={`/signin?callbackUrl=${encodeURIComponent(`${href}#record-adoption`)}`} className="font-medium text-teal-800 underline">
                {t("practices.adoption.signIn")}
              </Link>
            </p>
          ) : practice.state !== "PUBLISHED" ? (
            <p className="text-sm text-slate-700">{t("practices.adoption.archivedBody")}</p>
          ) : (
            <p className="text-sm text-slate-700">
              {t("practices.adoption.notAllowedBody")}{" "}
              <Link href="/cities" className="font-medium text-teal-800 underline">
                {t("practices.adoption.claimCity")}
              </Link>
            </p>
          )}
        </Card>
      </section>
    </article>
  );
}
