import Link from "next/link";
import { Button, buttonVariants } from "@/components/ui/button";
import { Input, Label, Select } from "@/components/ui/form";
import type { UiLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { countryName } from "@/server/cities/country";
import { citySorts, type CitySort } from "@/server/cities/input";
import { regionLabel } from "./labels";

type Facets = { regions: string[]; countries: string[]; networks: { slug: string; label: string; name: string }[] };
type Current = { q?: string; region?: string; country?: string; network?: string; sort: CitySort };

/** A plain GET form: filters live in the URL and work without JavaScript. */
export function CityFilters({ facets, current, t, locale }: { facets: Facets; current: Current; t: Translate; locale: UiLocale }) {
  const countries = facets.countries
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    <form method="get" action="/cities" role="search" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6">
      <div className="space-y-1 lg:col-span-2">
        <Label htmlFor="city-q">{t("cities.searchLabel")}</Label>
        <Input id="city-q" name="q" type="search" defaultValue={current.q} placeholder={t("cities.searchPlaceholder")} />
      </div>
      <div className="space-y-1">
        <Label htmlFor="city-region">{t("cities.region")}</Label>
        <Select id="city-region" name="region" defaultValue={current.region ?? ""}>
          <option value="">{t("cities.anyRegion")}</option>
          {facets.regions.map((r) => (
            <option key={r} value={r}>
              {regionLabel(t, r)}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <Label htmlFor="city-country">{t("cities.country")}</Label>
        <Select id="city-country" name="country" defaultValue={current.country ?? ""}>
          <option value="">{t("cities.anyCountry")}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <Label htmlFor="city-network">{t("cities.network")}</Label>
        <Select id="city-network" name="network" defaultValue={current.network ?? ""}>
          <option value="">{t("cities.anyNetwork")}</option>
          {facets.networks.map((n) => (
            <option key={n.slug} value={n.slug} title={n.name}>
              {n.label}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <Label htmlFor="city-sort">{t("cities.sort")}</Label>
        <Select id="city-sort" name="sort" defaultValue={current.sort}>
          {citySorts.map((s) => (
            <option key={s} value={s}>
              {t(`cities.sorts.${s}`)}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-6">
        <Button type="submit">{t("cities.filter")}</Button>
        <Link href="/cities" className={buttonVariants({ variant: "ghost" })}>
          {t("cities.reset")}
        </Link>
      </div>
    </form>
  );
}
