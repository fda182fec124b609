import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { regionLabel as cityRegionLabel } from "@/components/cities/labels";
import { WorldMap } from "@/components/common/world-map";
import { acronymPrefix, activityTone, modelLabel, scopeText, themeName } from "@/components/networks/labels";
import { hqText } from "@/components/networks/network-card";
import { NetworkWorkSections } from "@/components/networks/network-work";
import { PartnerTypeBadge } from "@/components/partners/partner-type-badge";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader, Section } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { getContext } from "@/server/auth/session";
import { countryName } from "@/server/cities/country";
import { getNetwork } from "@/server/networks/service";
import { getNetworkWork } from "@/server/networks/work";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Shared by the metadata and the page within one request. */
const load = cache(async (slug: string) => getNetwork(await getContext(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const page = await load(slug);
  return { title: page ? (page.network.acronym ?? page.network.name) : undefined };
}

export default async function NetworkPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const registered = (await searchParams).registered === "1";
  const { t, locale } = await getTranslator();
  const page = await load(slug);
  if (!page) notFound();
  const { network, cities, partners, unclaimed, myClaim, can } = page;
  const work = await getNetworkWork((await getContext()).db, network.id);
  const number = new Intl.NumberFormat(locale);
  const hq = hqText(locale, network.hqCity, network.hqCountry);
  const profile = `/networks/${network.slug}`;

  const citiesByRegion = new Map<string, typeof cities>();
  for (const city of cities) citiesByRegion.set(city.region, [...(citiesByRegion.get(city.region) ?? []), city]);
  const regions = [...citiesByRegion.keys()].sort((a, b) => cityRegionLabel(t, a).localeCompare(cityRegionLabel(t, b), locale));

  const memberCount =
    network.memberCount === null
      ? t("networks.detail.unknown")
      : network.memberCountYear
        ? t("networks.detail.memberCountValue", { count: number.format(network.memberCount), year: network.memberCountYear })
        : t("networks.detail.memberCountUndated", { count: number.format(network.memberCount) });

  return (
    <div className="space-y-8">
      <PageHeader
        eyebrow={t("networks.detail.eyebrow")}
        title={
          <>
            {acronymPrefix(network) ? <span className="mr-3 text-teal-800">{acronymPrefix(network)}</span> : null}
            {network.name}
          </>
        }
        description={[scopeText(t, network.scope, network.region), hq].filter(Boolean).join(" · ")}
        actions={
          can.edit || can.manageMembers || can.manageStaff ? (
            <>
              {can.edit ? <ButtonLink href={`${profile}/edit`}>{t("networks.detail.edit")}</ButtonLink> : null}
              {can.manageMembers ? (
                <ButtonLink href={`${profile}/members`} variant="secondary">
                  {t("networks.detail.manageMembers")}
                </ButtonLink>
              ) : null}
              {can.manageStaff ? (
                <ButtonLink href={`${profile}/staff`} variant="secondary">
                  {t("networks.detail.manageStaff")}
                </ButtonLink>
              ) : null}
            </>
          ) : undefined
        }
      />

      {registered && network.status === "PENDING" ? <Alert tone="success">{t("networks.detail.registered")}</Alert> : null}
      {network.status === "PENDING" ? (
        <Alert tone="warning" title={t("networks.detail.pendingTitle")}>
          <p>{t("networks.detail.pendingBody")}</p>
          {can.review ? (
            <p className="mt-1">
              <Link href="/admin/networks" className="underline">
                {t("networks.detail.reviewHere")}
              </Link>
            </p>
          ) : null}
        </Alert>
      ) : null}
      {network.status === "REJECTED" ? (
        <Alert tone="error" title={t("networks.detail.rejectedTitle")}>
          <p data-testid="review-reason">{t("networks.detail.rejectedBody", { reason: network.reviewReason ?? "" })}</p>
          {can.edit ? <p className="mt-1">{t("networks.detail.rejectedHint")}</p> : null}
        </Alert>
      ) : null}

      {unclaimed && network.status === "VERIFIED" ? (
        <Alert tone="info" title={t("networks.detail.unclaimedTitle")}>
          <p>{t("networks.detail.unclaimedBody")}</p>
          <div className="mt-3">
            {myClaim?.status === "PENDING" ? (
              <p className="font-medium">{t("networks.detail.claimPending")}</p>
            ) : (
              <>
                {myClaim?.status === "REJECTED" ? <p className="mb-2">{t("networks.detail.claimRejected", { reason: myClaim.reason ?? "" })}</p> : null}
                {can.claim ? (
                  <ButtonLink href={`${profile}/claim`} variant="secondary" size="sm">
                    {t("networks.detail.claim")}
                  </ButtonLink>
                ) : (
                  <ButtonLink href={`/signin?callbackUrl=${encodeURIComponent(`${profile}/claim`)}`} variant="secondary" size="sm">
                    {t("networks.detail.signInToClaim")}
                  </ButtonLink>
                )}
              </>
            )}
          </div>
        </Alert>
      ) : null}

      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0 space-y-8">
          <Section id="about" title={t("networks.detail.about")}>
            {network.about ? (
              <p className="whitespace-pre-line text-slate-800" lang={network.language}>
                {network.about}
              </p>
            ) : (
              <p className="text-slate-600">{t("networks.detail.aboutEmpty")}</p>
            )}
            {network.themes.length ? (
              <ul className="flex flex-wrap gap-1" aria-label={t("networks.detail.themes")}>
                {network.themes.map((theme) => (
                  <li key={theme.slug}>
                    <Badge tone="teal">{themeName(theme, locale)}</Badge>
                  </li>
                ))}
              </ul>
            ) : null}
          </Section>

          <NetworkWorkSections work={work} slug={network.slug} t={t} locale={locale} />
          <Section id="cities" title={t("networks.detail.citiesTitle")}>
            {cities.length ? (
              <>
                <p className="text-sm text-slate-600">
                  {t("networks.detail.citiesCount", { count: cities.length })}
                </p>
                <WorldMap
                  title={t("networks.detail.mapTitle", { network: network.acronym ?? network.name })}
                  places={cities.map((c) => ({ key: c.slug, name: c.name, href: `/cities/${c.slug}`, detail: countryName(c.countryCode, locale), latitude: c.latitude, longitude: c.longitude }))}
                  listLabel={t("networks.detail.mapList", { count: cities.filter((c) => c.latitude !== null && c.longitude !== null).length })}
                  unplacedLabel={t("networks.detail.mapUnplaced")}
                />
                <div className="space-y-5" data-testid="member-cities">
                  {regions.map((region) => (
                    <div key={region}>
                      <h3 className="mb-2 text-sm font-semibold tracking-wide text-slate-700 uppercase">{cityRegionLabel(t, region)}</h3>
                      <ul className="grid gap-2 sm:grid-cols-2 xl:grid-cols-3">
                        {citiesByRegion.get(region)!.map((city) => (
                          <li key={city.id} className="flex items-baseline justify-between gap-2 rounded-md border border-slate-200 bg-white px-3 py-2 text-sm">
                            <span className="min-w-0">
                              <Link href={`/cities/${city.slug}`} className="font-medium text-teal-800 hover:underline">
                                {city.name}
                              </Link>
                              <span className="block text-xs text-slate-600">
                                {countryName(city.countryCode, locale)}
                                {city.yearJoined ? ` · ${t("networks.detail.joinedIn", { year: city.yearJoined })}` : null}
                              </span>
                            </span>
                            {city.memberType !== "MEMBER" ? <Badge>{t(`networks.detail.memberTypes.${city.memberType}`)}</Badge> : null}
                          </li>
                        ))}
                      </ul>
                    </div>
                  ))}
                </div>
              </>
            ) : (
              <EmptyState title={t("networks.detail.citiesEmpty")} />
            )}
          </Section>

          <Section id="partners" title={t("networks.detail.partnersTitle")}>
            {partners.length ? (
              <ul className="grid gap-2 sm:grid-cols-2">
                {partners.map((partner) => (
                  <li key={partner.id} className="flex items-center justify-between gap-2 rounded-md border border-slate-200 bg-white px-3 py-2 text-sm">
                    <span>
                      <Link href={`/partners/${partner.slug}`} className="font-medium text-teal-800 hover:underline">
                        {partner.name}
                      </Link>
                      {partner.yearJoined ? (
                        <span className="block text-xs text-slate-600">{t("networks.detail.joinedIn", { year: partner.yearJoined })}</span>
                      ) : null}
                    </span>
                    <PartnerTypeBadge type={partner.type} label={t(`partners.types.${partner.type}`)} />
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState title={t("networks.detail.partnersEmpty")} />
            )}
          </Section>

        </div>

        <aside className="space-y-6">
          <Card className="space-y-3">
            <h2 className="font-semibold text-slate-900">{t("networks.detail.facts")}</h2>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5 text-sm">
              <dt className="text-slate-600">{t("networks.detail.founded")}</dt>
              <dd>{network.foundedYear ?? t("networks.detail.unknown")}</dd>
              <dt className="text-slate-600">{t("networks.detail.headquarters")}</dt>
              <dd>{hq ?? t("networks.detail.unknown")}</dd>
              <dt className="text-slate-600">{t("networks.detail.scope")}</dt>
              <dd>{scopeText(t, network.scope, network.region)}</dd>
              <dt className="text-slate-600">{t("networks.detail.membershipModel")}</dt>
              <dd>{modelLabel(t, network.membershipModel)}</dd>
              <dt className="text-slate-600">{t("networks.detail.memberCount")}</dt>
              <dd>
                {memberCount}
                {network.sourceUrl ? (
                  <>
                    {" · "}
                    <a href={network.sourceUrl} className="text-teal-800 underline" rel="noopener noreferrer" target="_blank">
                      {t("networks.detail.sourceLink")}
                    </a>
                  </>
                ) : null}
              </dd>
              <dt className="text-slate-600">{t("networks.detail.activity")}</dt>
              <dd>
                <Badge tone={activityTone[network.activity]}>{t(`networks.activity.${network.activity}`)}</Badge>
              </dd>
              <dt className="text-slate-600">{t("networks.detail.confidence")}</dt>
              <dd>
                {network.confidence === "LOW" ? (
                  <Badge tone="blue">{t("networks.toBeConfirmed")}</Badge>
                ) : (
                  t(`networks.confidence.${network.confidence}`)
                )}
              </dd>
              {network.website ? (
                <>
                  <dt className="text-slate-600">{t("networks.detail.website")}</dt>
                  <dd className="break-all">
                    <a href={network.website} className="text-teal-800 underline" rel="noopener noreferrer" target="_blank">
                      {network.website.replace(/^https?:\/\//, "")}
                    </a>
                  </dd>
                </>
              ) : null}
              <dt className="text-slate-600">{t("networks.detail.language")}</dt>
              <dd>{t(`common.languages.${network.language}`)}</dd>
            </dl>
            {network.confidence === "LOW" ? <p className="text-xs text-slate-600">{t("networks.detail.lowConfidence")}</p> : null}
            {network.isSeed ? <p className="text-xs text-slate-500">{t("networks.detail.seedNotice")}</p> : null}
          </Card>

          <Card className="space-y-3">
            <h2 className="font-semibold text-slate-900">{t("networks.detail.secretariatTitle")}</h2>
            {network.staff.length ? (
              <ul className="space-y-1 text-sm" data-testid="secretariat">
                {network.staff.map((member) => (
                  <li key={member.userId} className="flex items-baseline justify-between gap-2">
                    <span className="font-medium text-slate-900">{member.user.name}</span>
                    <span className="text-slate-600">{t(`networks.detail.roles.${member.role}`)}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-600">{t("networks.detail.secretariatEmpty")}</p>
            )}
          </Card>
        </aside>
      </div>
    </div>
  );
}
