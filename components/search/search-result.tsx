import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { Translate } from "@/lib/i18n/translate";
import type { SearchHit } from "@/server/search/query";
import { Highlighted } from "./highlighted";
import { kindHref, kindTone } from "./kinds";

/**
 * One hit: type badge, language, linked title and snippet with the matched words marked, themes.
 * A forum thread is one hit: its title, linking to the best-matching post, whose text is the snippet.
 */
export function SearchResult({ hit, t, themeNames }: { hit: SearchHit; t: Translate; themeNames: Map<string, string> }) {
  const language = t(`common.languages.${hit.language}`);
  const themes = hit.themeSlugs.flatMap((slug) => themeNames.get(slug) ?? []);
  return (
    <li data-testid="search-result" data-kind={hit.kind} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm transition-colors hover:border-teal-300">
      <article className="space-y-1.5">
        <div className="flex flex-wrap items-center gap-2 text-xs">
          <Badge tone={kindTone[hit.kind]} data-testid="search-result-kind">
            {t(`search.kind.${hit.kind}`)}
          </Badge>
          <span className="rounded border border-slate-200 px-1.5 py-0.5 font-medium uppercase tracking-wide text-slate-600" title={t("search.writtenIn", { language })}>
            <span className="sr-only">{t("search.writtenIn", { language })}</span>
            <span aria-hidden>{hit.language}</span>
          </span>
        </div>
        <h3 className="text-base font-semibold leading-snug" lang={hit.language}>
          <Link href={kindHref(hit.kind, hit.slug)} className="text-teal-900 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-teal-700">
            <Highlighted parts={hit.title} />
          </Link>
        </h3>
        {hit.snippet.length && hit.kind === "FORUM_POST" ? <p className="text-xs font-medium text-slate-600">{t("search.bestPost")}</p> : null}
        {hit.snippet.length ? (
          <p className="text-sm leading-relaxed text-slate-700" lang={hit.language}>
            <Highlighted parts={hit.snippet} />
          </p>
        ) : null}
        {themes.length ? (
          <ul className="flex flex-wrap gap-1.5 pt-1" aria-label={t("search.facets.theme")}>
            {themes.map((name) => (
              <li key={name} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700">
                {name}
              </li>
            ))}
          </ul>
        ) : null}
      </article>
    </li>
  );
}
