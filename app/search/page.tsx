import type { Metadata } from "next";
import Link from "next/link";
import { kindFromParam, kindParam } from "@/components/search/kinds";
import { SearchBox } from "@/components/search/search-box";
import { SearchFacets } from "@/components/search/search-facets";
import { SearchResult } from "@/components/search/search-result";
import { themeName } from "@/components/networks/labels";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { getTranslator } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { first, pageHref, type SearchParams } from "@/lib/search-params";
import { getContext } from "@/server/auth/session";
import { AppError } from "@/server/errors";
import type { SearchKind } from "@/server/db/generated/client";
import { requestSignal } from "@/server/runtime/request-signal";
import { search, type SearchResult as Result } from "@/server/search/query";

const PAGE_SIZE = 20;
const MAX_PAGE = 500;
const EXAMPLES = ["climate adaptation", "résilience", "公共交通", "gestión del agua"];

/** A search stopped by its time limit is told to the reader in words; anything else is a real error. */
const stoppedSearch = (error: unknown): "stopped" => {
  if (error instanceof AppError && error.message === "errors.searchTimeout") return "stopped";
  throw error;
};

const queryOf = (params: SearchParams) => (first(params.q) ?? "").trim().slice(0, 200);

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const { t } = await getTranslator();
  const q = queryOf(await searchParams);
  return { title: q ? `${q} – ${t("search.title")}` : t("search.title"), robots: { index: false } };
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { t, locale } = await getTranslator();
  const ctx = await getContext();
  const q = queryOf(params);
  const kind = kindFromParam(first(params.type));
  const theme = first(params.theme)?.trim().slice(0, 80) || undefined;
  const page = Math.min(MAX_PAGE, Math.max(1, Number.parseInt(first(params.page) ?? "1", 10) || 1));

  const [result, themes] = await Promise.all([
    q ? search(ctx.db, { q, kind, theme, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, signal: requestSignal() }).catch(stoppedSearch) : Promise.resolve(null),
    ctx.db.theme.findMany({ select: { slug: true, nameEn: true, nameZh: true, nameFr: true, nameEs: true }, orderBy: { position: "asc" } }),
  ]);
  const themeNames = new Map(themes.map((th) => [th.slug, themeName(th, locale)]));
  const hrefFor = (filters: { kind?: SearchKind; theme?: string }, toPage = 1) =>
    pageHref("/search", { q, type: filters.kind ? kindParam[filters.kind] : undefined, theme: filters.theme }, toPage);
  const filtered = !!(kind || theme);

  return (
    <div className="space-y-6">
      <PageHeader title={t("search.title")} description={t("search.description")} />
      <SearchBox
        q={q}
        type={kind ? kindParam[kind] : undefined}
        theme={theme}
        labels={{ label: t("search.label"), placeholder: t("search.placeholder"), submit: t("search.submit"), hint: t("search.languages") }}
      />

      {result === "stopped" ? (
        <div role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-950" data-testid="search-stopped">
          {t("errors.searchTimeout")}
        </div>
      ) : !result ? (
        <NoQuery t={t} />
      ) : (
        <div className={result.total > 0 || filtered ? "grid gap-6 lg:grid-cols-[15rem_1fr] lg:gap-8" : undefined}>
          {result.total > 0 || filtered ? (
            <aside>
              <SearchFacets
                kinds={result.facets.kinds}
                themes={result.facets.themes}
                kind={kind}
                theme={theme}
                themeNames={themeNames}
                hrefFor={hrefFor}
                t={t}
                locale={locale}
              />
            </aside>
          ) : null}
          <section aria-labelledby="search-results-heading" className="min-w-0 space-y-4">
            <h2 id="search-results-heading" className="sr-only">
              {t("search.results")}
            </h2>
            <p className="text-sm text-slate-700" aria-live="polite" data-testid="search-count">
              {t("search.count", { count: result.total, q })}
            </p>
            {filtered ? <ActiveFilters kind={kind} theme={theme} themeNames={themeNames} hrefFor={hrefFor} t={t} /> : null}
            <Notices result={result} t={t} />
            {result.hits.length ? (
              <ol className="space-y-3" start={(page - 1) * PAGE_SIZE + 1}>
                {result.hits.map((hit) => (
                  <SearchResult key={`${hit.kind}:${hit.entityId}`} hit={hit} t={t} themeNames={themeNames} />
                ))}
              </ol>
            ) : (
              <div data-testid="search-empty">
                <EmptyState
                  title={filtered && result.total === 0 && page === 1 ? t("search.noResultsFiltered", { q }) : t("search.noResultsTitle", { q })}
                  description={t("search.noResultsBody")}
                  action={
                    filtered ? (
                      <ButtonLink href={hrefFor({})} variant="secondary">
                        {t("search.clearFilters")}
                      </ButtonLink>
                    ) : (
                      <Examples t={t} />
                    )
                  }
                />
              </div>
            )}
            <Pagination page={page} pageCount={Math.min(MAX_PAGE, Math.ceil(result.total / PAGE_SIZE))} hrefFor={(p) => hrefFor({ kind, theme }, p)} t={t} />
            {result.total > 0 ? (
              <p className="text-xs text-slate-600">
                <a
                  className="underline hover:text-teal-800"
                  href={pageHref("/api/v1/search", { q, type: kind ? kindParam[kind] : undefined, theme }, 1)}
                >
                  {t("search.openData")}
                </a>
              </p>
            ) : null}
          </section>
        </div>
      )}
    </div>
  );
}

function NoQuery({ t }: { t: Translate }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-slate-50 px-6 py-8 text-center" data-testid="search-intro">
      <p className="font-medium text-slate-800">{t("search.emptyTitle")}</p>
      <p className="mt-1 text-sm text-slate-600">{t("search.emptyBody")}</p>
      <div className="mt-4">
        <Examples t={t} />
      </div>
    </div>
  );
}

/** Queries in the four languages, to show what search can do. */
function Examples({ t }: { t: Translate }) {
  return (
    <p className="flex flex-wrap items-center justify-center gap-2 text-sm">
      <span className="text-slate-600">{t("search.examples")}</span>
      {EXAMPLES.map((example) => (
        <Link key={example} href={pageHref("/search", { q: example }, 1)} className="rounded-full border border-slate-300 bg-white px-3 py-1 text-slate-800 hover:border-teal-600 hover:text-teal-900">
          {example}
        </Link>
      ))}
    </p>
  );
}

/** "Showing any of the words" and "also matched: heet → heat", when they apply. */
function Notices({ result, t }: { result: Result; t: Translate }) {
  const widened = result.expanded.filter((e) => e.alternatives.length > 1);
  if (!result.partial && !widened.length) return null;
  return (
    <div className="space-y-1 rounded-md border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-950" data-testid="search-notices">
      {result.partial ? <p data-testid="search-partial">{t("search.partial")}</p> : null}
      {widened.length ? (
        <p data-testid="search-also-matched">
          {t("search.alsoMatched")}{" "}
          {widened.map((e, i) => (
            <span key={e.term}>
              {i > 0 ? "; " : null}
              <span className="font-medium">{e.term}</span> → {e.alternatives.slice(1).join(", ")}
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}

function ActiveFilters(props: {
  kind?: SearchKind;
  theme?: string;
  themeNames: Map<string, string>;
  hrefFor: (filters: { kind?: SearchKind; theme?: string }) => string;
  t: Translate;
}) {
  const { kind, theme, t } = props;
  const chips = [
    kind ? { key: "type", label: t(`search.kinds.${kind}`), href: props.hrefFor({ theme }) } : null,
    theme ? { key: "theme", label: props.themeNames.get(theme) ?? theme, href: props.hrefFor({ kind }) } : null,
  ].filter((chip) => chip !== null);
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-600">{t("search.filters")}</span>
      {chips.map((chip) => (
        <Link
          key={chip.key}
          href={chip.href}
          aria-label={t("search.removeFilter", { name: chip.label })}
          className="inline-flex items-center gap-1 rounded-full bg-teal-50 px-2.5 py-0.5 text-teal-900 ring-1 ring-teal-200 hover:bg-teal-100"
        >
          {chip.label} <span aria-hidden>×</span>
        </Link>
      ))}
      <Link href={props.hrefFor({})} className="text-teal-800 underline-offset-2 hover:underline">
        {t("search.clearFilters")}
      </Link>
    </div>
  );
}
