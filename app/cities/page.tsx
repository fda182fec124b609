import type { Metadata } from "next";
import Link from "next/link";
import { CityCard } from "@/components/cities/city-card";
import { CityFilters } from "@/components/cities/city-filters";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { getTranslator } from "@/lib/i18n/server";
import { first, pageHref, type SearchParams } from "@/lib/search-params";
import { getContext } from "@/server/auth/session";
import { citySorts } from "@/server/cities/input";
import { cityFacets, listCities, mostConnectedCities } from "@/server/cities/service";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("cities.title") };
}


export default async function CitiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { t, locale } = await getTranslator();
  const ctx = await getContext();
  const [result, facets, connected] = await Promise.all([
    listCities(ctx, {
      q: first(params.q),
      region: first(params.region),
      country: first(params.country),
      network: first(params.network),
      sort: citySorts.find((sort) => sort === first(params.sort)),
      page: first(params.page),
    }),
    cityFacets(ctx),
    mostConnectedCities(ctx, 6),
  ]);
  const { input } = result;
  const hrefFor = (page: number) =>
    pageHref(
      "/cities",
      { q: input.q, region: input.region, country: input.country, network: input.network, sort: input.sort === "name" ? undefined : input.sort },
      page,
    );
  const filtered = !!(input.q || input.region || input.country || input.network);

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("cities.title")}
        description={t("cities.description")}
        actions={
          <ButtonLink href="/partners" variant="secondary">
            {t("cities.partnersLink")}
          </ButtonLink>
        }
      />
      <CityFilters facets={facets} current={input} t={t} locale={locale} />
      <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
        <section aria-labelledby="city-list-heading" className="space-y-3">
          <h2 id="city-list-heading" className="sr-only">
            {t("cities.list")}
          </h2>
          <p className="text-sm text-slate-700" aria-live="polite" data-testid="city-count">
            {t("cities.resultCount", { count: result.total })}
          </p>
          {result.items.length ? (
            <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
              {result.items.map((city) => (
                <CityCard key={city.id} city={city} t={t} locale={locale} />
              ))}
            </ul>
          ) : (
            <EmptyState
              title={t("cities.emptyTitle")}
              description={t("cities.emptyBody")}
              action={
                filtered ? (
                  <ButtonLink href="/cities" variant="secondary">
                    {t("cities.reset")}
                  </ButtonLink>
                ) : undefined
              }
            />
          )}
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            hrefFor={hrefFor}
            t={t}
          />
        </section>
        {connected.length ? (
          <aside aria-labelledby="connected-heading" className="h-fit rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="connected-heading" className="font-semibold text-slate-900">
              {t("cities.mostConnectedTitle")}
            </h2>
            <p className="mb-3 text-sm text-slate-600">{t("cities.mostConnectedBody")}</p>
            <ol className="space-y-2">
              {connected.map((city, index) => (
                <li key={city.id} className="flex items-baseline justify-between gap-2 text-sm">
                  <span>
                    <span className="mr-2 text-slate-500">{index + 1}.</span>
                    <Link href={`/cities/${city.slug}`} className="font-medium text-teal-800 hover:underline">
                      {city.name}
                    </Link>
                  </span>
                  <span className="shrink-0 text-slate-600">
                    {t("cities.networksCount", { count: city.networkCount })}
                  </span>
                </li>
              ))}
            </ol>
          </aside>
        ) : null}
      </div>
    </div>
  );
}
