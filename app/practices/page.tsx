import { SeedNote } from "@/components/common/seed-note";
import type { Metadata } from "next";
import { PracticeCard } from "@/components/practices/practice-card";
import { PracticeFilters } from "@/components/practices/practice-filters";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { getTranslator } from "@/lib/i18n/server";
import { first, pageHref, type SearchParams } from "@/lib/search-params";
import { getContext } from "@/server/auth/session";
import { listPractices, practiceFacets } from "@/server/practices/service";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("practices.title") };
}

export default async function PracticesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { t, locale } = await getTranslator();
  const ctx = await getContext();
  const [result, facets] = await Promise.all([
    listPractices(ctx, {
      q: first(params.q),
      theme: first(params.theme),
      sdg: first(params.sdg),
      city: first(params.city),
      region: first(params.region),
      network: first(params.network),
      memberOf: first(params.memberOf),
      licence: first(params.licence),
      language: first(params.language),
      page: first(params.page),
    }),
    practiceFacets(ctx.db),
  ]);
  const { input } = result;
  const query = {
    q: input.q,
    theme: input.theme,
    sdg: input.sdg ? String(input.sdg) : undefined,
    city: input.city,
    region: input.region,
    network: input.network,
    memberOf: input.memberOf,
    licence: input.licence,
    language: input.language,
  };
  const filtered = Object.values(query).some(Boolean);

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("practices.title")}
        description={t("practices.description")}
        actions={<ButtonLink href="/practices/new">{t("practices.share")}</ButtonLink>}
      />
      <PracticeFilters facets={facets} current={input} t={t} locale={locale} />
      <section aria-labelledby="practice-list-heading" className="space-y-3">
        <h2 id="practice-list-heading" className="sr-only">
          {t("practices.list")}
        </h2>
        <p className="text-sm text-slate-700" aria-live="polite" data-testid="practice-count">
          {t("practices.resultCount", { count: result.total })}
        </p>
        {result.items.some((p) => p.isSeed) ? <SeedNote text={t("knowledge.seedNoteList")} /> : null}
        {result.items.length ? (
          <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
            {result.items.map((practice) => (
              <PracticeCard key={practice.id} practice={practice} t={t} locale={locale} />
            ))}
          </ul>
        ) : (
          <EmptyState
            title={filtered ? t("practices.emptyFilteredTitle") : t("practices.emptyTitle")}
            description={filtered ? t("practices.emptyFilteredBody") : t("practices.emptyBody")}
            action={
              filtered ? (
                <ButtonLink href="/practices" variant="secondary">
                  {t("practices.filters.reset")}
                </ButtonLink>
              ) : (
                <ButtonLink href="/practices/new">{t("practices.share")}</ButtonLink>
              )
            }
          />
        )}
        <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => pageHref("/practices", query, page)} t={t} />
      </section>
    </div>
  );
}
