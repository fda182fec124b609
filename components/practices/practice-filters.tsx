import Link from "next/link";
import { regionLabel } from "@/components/cities/labels";
import { Button, buttonVariants } from "@/components/ui/button";
import { Input, Label, Select } from "@/components/ui/form";
import type { UiLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { contentLanguages } from "@/server/networks/input";
import { licences } from "@/server/practices/input";
import type { practiceFacets } from "@/server/practices/service";
import { localName, networkShort, sdgTitle } from "./labels";

type Facets = Awaited<ReturnType<typeof practiceFacets>>;
type Current = { q?: string; theme?: string; sdg?: number; city?: string; region?: string; network?: string; memberOf?: string; licence?: string; language?: string };

/** A plain GET form: filters live in the URL, so results are linkable and work without JavaScript. */
export function PracticeFilters({ facets, current, t, locale }: { facets: Facets; current: Current; t: Translate; locale: UiLocale }) {
  const select = (id: string, name: keyof Current, label: string, any: string, options: { value: string; label: string; title?: string }[]) => (
    <div className="space-y-1">
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} name={name} defaultValue={current[name] === undefined ? "" : String(current[name])}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} title={o.title}>
            {o.label}
          </option>
        ))}
      </Select>
    </div>
  );
  return (
    <form method="get" action="/practices" role="search" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
      <div className="space-y-1 sm:col-span-2 lg:col-span-4">
        <Label htmlFor="practice-q">{t("practices.filters.searchLabel")}</Label>
        <Input id="practice-q" name="q" type="search" defaultValue={current.q} placeholder={t("practices.filters.searchPlaceholder")} />
        {/* Kept across filter changes; set only by a network profile's "See all" (no select for it). */}
        {current.memberOf ? <input type="hidden" name="memberOf" value={current.memberOf} /> : null}
      </div>
      {select("practice-theme", "theme", t("knowledge.themes"), t("practices.filters.anyTheme"), facets.themes.map((x) => ({ value: x.slug, label: localName(x, locale) })))}
      {select(
        "practice-sdg",
        "sdg",
        t("practices.filters.sdg"),
        t("practices.filters.anySdg"),
        facets.sdgs.map((s) => ({ value: String(s.number), label: `${s.number}. ${sdgTitle(s, locale)}` })),
      )}
      {select("practice-city", "city", t("practices.filters.city"), t("practices.filters.anyCity"), facets.cities.map((c) => ({ value: c.slug, label: c.name })))}
      {select("practice-region", "region", t("practices.filters.region"), t("practices.filters.anyRegion"), facets.regions.map((r) => ({ value: r, label: regionLabel(t, r) })))}
      {select(
        "practice-network",
        "network",
        t("practices.filters.network"),
        t("practices.filters.anyNetwork"),
        facets.networks.map((n) => ({ value: n.slug, label: networkShort(n), title: n.name })),
      )}
      {select("practice-licence", "licence", t("knowledge.licence.label"), t("practices.filters.anyLicence"), licences.map((l) => ({ value: l, label: t(`knowledge.licence.${l}`) })))}
      {select(
        "practice-language",
        "language",
        t("practices.filters.language"),
        t("practices.filters.anyLanguage"),
        contentLanguages.map((l) => ({ value: l, label: t(`knowledge.language.${l}`) })),
      )}
      <div className="flex items-end gap-2">
        <Button type="submit">{t("practices.filters.apply")}</Button>
        <Link href="/practices" className={buttonVariants({ variant: "ghost" })}>
          {t("practices.filters.reset")}
        </Link>
      </div>
    </form>
  );
}
