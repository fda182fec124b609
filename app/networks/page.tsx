import type { Metadata } from "next";
import { NetworkCard } from "@/components/networks/network-card";
import { NetworkFilters } from "@/components/networks/network-filters";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { getTranslator } from "@/lib/i18n/server";
import { first, pageHref, type SearchParams } from "@/lib/search-params";
import { getContext } from "@/server/auth/session";
import { networkSorts } from "@/server/networks/input";
import { listNetworks, networkFacets } from "@/server/networks/service";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("networks.title") };
}


export default async function NetworksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { t, locale } = await getTranslator();
  const ctx = await getContext();
  const [result, facets] = await Promise.all([
    listNetworks(ctx, {
      q: first(params.q),
      theme: first(params.theme),
      region: first(params.region),
      scope: first(params.scope),
      model: first(params.model),
      sort: networkSorts.find((sort) => sort === first(params.sort)),
      page: first(params.page),
    }),
    networkFacets(ctx),
  ]);
  const { input } = result;
  const hrefFor = (page: number) =>
    pageHref(
      "/networks",
      { q: input.q, theme: input.theme, region: input.region, model: input.model, scope: input.scope?.toLowerCase(), sort: input.sort === "name" ? undefined : input.sort },
      page,
    );
  const filtered = !!(input.q || input.theme || input.region || input.scope || input.model);

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("networks.title")}
        description={t("networks.description")}
        actions={<ButtonLink href="/networks/new">{t("networks.register")}</ButtonLink>}
      />
      <NetworkFilters facets={facets} current={input} t={t} locale={locale} />
      <section aria-labelledby="network-list-heading" className="space-y-3">
        <h2 id="network-list-heading" className="sr-only">
          {t("networks.list")}
        </h2>
        <p className="text-sm text-slate-700" aria-live="polite" data-testid="network-count">
          {t("networks.resultCount", { count: result.total })}
        </p>
        {result.items.length ? (
          <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
            {result.items.map((network) => (
              <NetworkCard key={network.id} network={network} t={t} locale={locale} />
            ))}
          </ul>
        ) : (
          <EmptyState
            title={t("networks.emptyTitle")}
            description={t("networks.emptyBody")}
            action={
              filtered ? (
                <ButtonLink href="/networks" variant="secondary">
                  {t("networks.reset")}
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
    </div>
  );
}
