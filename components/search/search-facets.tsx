import Link from "next/link";
import type { UiLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { cn } from "@/lib/utils";
import type { SearchKind } from "@/server/db/generated/client";
import { searchKinds } from "./kinds";

type FacetLink = { key: string; label: string; count: number | null; href: string; selected: boolean };

function FacetList({ id, title, items, locale }: { id: string; title: string; items: FacetLink[]; locale: UiLocale }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h3 id={id} className="text-xs font-semibold uppercase tracking-wide text-slate-600">
        {title}
      </h3>
      <ul className="flex flex-wrap gap-1.5 lg:block lg:space-y-0.5">
        {items.map((item) => (
          <li key={item.key}>
            <Link
              href={item.href}
              aria-current={item.selected ? "true" : undefined}
              data-testid={`facet-${id}-${item.key}`}
              className={cn(
                "flex items-center justify-between gap-2 rounded-md px-2 py-1.5 text-sm ring-1 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-teal-700 lg:ring-0",
                item.selected ? "bg-teal-50 font-semibold text-teal-900 ring-teal-200 lg:ring-1" : "bg-white text-slate-800 ring-slate-200 lg:bg-transparent",
              )}
            >
              <span>{item.label}</span>
              {item.count !== null ? <span className="tabular-nums text-xs text-slate-600">{item.count.toLocaleString(locale)}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Counts by type and by theme; each links to the same search narrowed to it (or back to all). */
export function SearchFacets(props: {
  kinds: Partial<Record<SearchKind, number>>;
  themes: { slug: string; count: number }[];
  kind?: SearchKind;
  theme?: string;
  themeNames: Map<string, string>;
  hrefFor: (filters: { kind?: SearchKind; theme?: string }) => string;
  t: Translate;
  locale: UiLocale;
}) {
  const { kinds, kind, theme, t, locale, hrefFor } = props;
  const allCount = searchKinds.reduce((sum, k) => sum + (kinds[k] ?? 0), 0);
  const typeItems: FacetLink[] = [
    { key: "all", label: t("search.facets.allTypes"), count: allCount, href: hrefFor({ theme }), selected: !kind },
    ...searchKinds
      .filter((k) => (kinds[k] ?? 0) > 0 || k === kind)
      .map((k) => ({ key: k.toLowerCase(), label: t(`search.kinds.${k}`), count: kinds[k] ?? 0, href: hrefFor({ kind: k, theme }), selected: k === kind })),
  ];
  const themes = props.themes.some((f) => f.slug === theme) || !theme ? props.themes : [...props.themes, { slug: theme, count: 0 }];
  const themeItems: FacetLink[] = [
    { key: "all", label: t("search.facets.allThemes"), count: null, href: hrefFor({ kind }), selected: !theme },
    ...themes.map((f) => ({ key: f.slug, label: props.themeNames.get(f.slug) ?? f.slug, count: f.count, href: hrefFor({ kind, theme: f.slug }), selected: f.slug === theme })),
  ];
  return (
    <nav aria-label={t("search.facets.heading")} className="space-y-4 lg:space-y-6">
      <FacetList id="type" title={t("search.facets.type")} items={typeItems} locale={locale} />
      {themeItems.length > 1 ? <FacetList id="theme" title={t("search.facets.theme")} items={themeItems} locale={locale} /> : null}
    </nav>
  );
}
