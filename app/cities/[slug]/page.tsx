import { WorldMap } from "@/components/common/world-map";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CityChallengesSection } from "@/components/challenges/city-challenges";
import { ClaimCityForm } from "@/components/cities/claim-city-form";
import { EditCityForm } from "@/components/cities/edit-city-form";
import { networksCountText, populationText, regionLabel } from "@/components/cities/labels";
import { PendingClaims } from "@/components/cities/pending-claims";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader, Section } from "@/components/ui/card";
import { CityPracticesSection } from "@/components/practices/city-practices";
import { NetworkMembershipsTable } from "@/components/registry/network-memberships-table";
import { getTranslator } from "@/lib/i18n/server";
import { getContext } from "@/server/auth/session";
import { countryName } from "@/server/cities/country";
import { getCity } from "@/server/cities/service";
import { cityPractices } from "@/server/practices/service";

type Props = { params: Promise<{ slug: string }> };

/** Shared by the metadata and the page within one request. */
const load = cache(async (slug: string) => getCity(await getContext(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const page = await load(slug);
  return { title: page?.city.name };
}

export default async function CityPage({ params }: Props) {
  const { slug } = await params;
  const { t, locale } = await getTranslator();
  const page = await load(slug);
  if (!page) notFound();
  const { city, sharing, myClaim, pendingClaims, can } = page;
  const practices = await cityPractices((await getContext()).db, city.id);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const hasCoordinates = city.latitude !== null && city.longitude !== null;

  return (
    <div className="space-y-8">
      <PageHeader
        eyebrow={t("cities.detail.eyebrow")}
        title={
          <>
            {city.name}
            {city.nameLocal && city.nameLocal !== city.name ? <span className="ml-3 text-xl font-normal text-slate-600">{city.nameLocal}</span> : null}
          </>
        }
        description={`${countryName(city.countryCode, locale)} · ${regionLabel(t, city.region)} · ${networksCountText(t, city.memberships.length)}`}
        actions={
          !myClaim && !can.edit ? (
            can.claim ? (
              <ButtonLink href="#claim" variant="secondary">
                {t("cities.claim.cta")}
              </ButtonLink>
            ) : (
              <ButtonLink href={`/signin?callbackUrl=${encodeURIComponent(`/cities/${city.slug}#claim`)}`} variant="secondary">
                {t("cities.claim.cta")}
              </ButtonLink>
            )
          ) : undefined
        }
      />

      {can.review && pendingClaims.length ? (
        <Section id="pending-claims" title={t("cities.review.pendingTitle")}>
          <PendingClaims claims={pendingClaims} t={t} locale={locale} />
        </Section>
      ) : null}

      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-8">
          <Section id="networks" title={t("cities.detail.networksTitle")}>
            {city.memberships.length ? (
              <NetworkMembershipsTable rows={city.memberships} t={t} ns="cities.detail" memberTypesNs="cities.memberTypes" />
            ) : (
              <EmptyState title={t("cities.detail.networksEmpty")} />
            )}
          </Section>

          <Section id="shares" title={t("cities.detail.sharesTitle")}>
            <p className="text-sm text-slate-600">{t("cities.detail.sharesBody", { city: city.name })}</p>
            {sharing.length ? (
              <ul className="grid gap-2 sm:grid-cols-2">
                {sharing.map((other) => (
                  <li key={other.slug} className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm">
                    <div className="flex items-baseline justify-between gap-2">
                      <Link href={`/cities/${other.slug}`} className="font-medium text-teal-800 hover:underline">
                        {other.name}
                      </Link>
                      <span className="text-xs text-slate-600">{t("cities.detail.sharedCount", { count: other.shared })}</span>
                    </div>
                    <p className="text-xs text-slate-600">
                      {countryName(other.countryCode, locale)} · {other.networks.join(", ")}
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState title={t("cities.detail.sharesEmpty")} />
            )}
          </Section>

          <Section id="officers" title={t("cities.detail.officersTitle")}>
            {city.officers.length ? (
              <ul className="space-y-1" data-testid="city-officers">
                {city.officers.map((o) => (
                  <li key={o.userId} className="text-sm">
                    <span className="font-medium text-slate-900">{o.user.name}</span>
                    {o.title ? <span className="text-slate-600"> · {o.title}</span> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState title={t("cities.detail.officersEmpty")} />
            )}
          </Section>

          <Section
            id="practices"
            title={t("cities.detail.practicesTitle")}
            actions={
              can.edit ? (
                <ButtonLink href="/practices/new" variant="secondary" size="sm">
                  {t("practices.share")}
                </ButtonLink>
              ) : undefined
            }
          >
            <CityPracticesSection city={city} practices={practices} t={t} locale={locale} />
          </Section>
          <CityChallengesSection cityId={city.id} />
          <Section id="initiatives" title={t("cities.detail.initiativesTitle")}>
            <EmptyState title={t("cities.detail.initiativesEmpty")} />
          </Section>
        </div>

        <aside className="space-y-6">
          <Card className="space-y-3">
            <h2 className="font-semibold text-slate-900">{t("cities.detail.facts")}</h2>
            {hasCoordinates ? (
              <WorldMap title={t("cities.detail.mapLabel", { city: city.name })} places={[{ key: city.slug, name: city.name, latitude: city.latitude, longitude: city.longitude }]} highlight={city.slug} />
            ) : null}
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-slate-600">{t("cities.country")}</dt>
              <dd>{countryName(city.countryCode, locale)}</dd>
              <dt className="text-slate-600">{t("cities.region")}</dt>
              <dd>{regionLabel(t, city.region)}</dd>
              {city.nameLocal ? (
                <>
                  <dt className="text-slate-600">{t("cities.detail.localName")}</dt>
                  <dd>{city.nameLocal}</dd>
                </>
              ) : null}
              <dt className="text-slate-600">{t("cities.population")}</dt>
              <dd>{populationText(t, locale, city.population, city.populationYear)}</dd>
              <dt className="text-slate-600">{t("cities.detail.coordinates")}</dt>
              <dd>{hasCoordinates ? `${number.format(city.latitude!)}, ${number.format(city.longitude!)}` : t("cities.detail.coordinatesUnknown")}</dd>
            </dl>
            {city.isSeed ? <p className="text-xs text-slate-500">{t("cities.detail.seedNotice")}</p> : null}
          </Card>

          {can.edit ? (
            <Card>
              <details>
                <summary className="cursor-pointer font-semibold text-slate-900">{t("cities.edit.title")}</summary>
                <div className="mt-4">
                  <EditCityForm
                    cityId={city.id}
                    version={city.version}
                    facts={{
                      nameLocal: city.nameLocal,
                      population: city.population,
                      populationYear: city.populationYear,
                      latitude: city.latitude,
                      longitude: city.longitude,
                    }}
                  />
                </div>
              </details>
            </Card>
          ) : null}

          <Card id="claim" className="space-y-3 scroll-mt-4">
            <h2 className="font-semibold text-slate-900">{t("cities.claim.title")}</h2>
            {!can.claim ? (
              <ButtonLink href={`/signin?callbackUrl=${encodeURIComponent(`/cities/${city.slug}#claim`)}`} variant="secondary">
                {t("cities.claim.signInToClaim")}
              </ButtonLink>
            ) : myClaim?.status === "VERIFIED" ? (
              <Alert tone="success">{t("cities.claim.verified")}</Alert>
            ) : myClaim?.status === "PENDING" ? (
              <Alert tone="info">{t("cities.claim.pending")}</Alert>
            ) : (
              <>
                {myClaim?.status === "REJECTED" ? (
                  <Alert tone="warning">{t("cities.claim.rejected", { reason: myClaim.reason ?? "" })}</Alert>
                ) : null}
                <ClaimCityForm cityId={city.id} />
              </>
            )}
          </Card>
        </aside>
      </div>
    </div>
  );
}
