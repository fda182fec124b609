import Link from "next/link";
import { Button, buttonVariants } from "@/components/ui/button";
import { Input, Label, Select } from "@/components/ui/form";
import type { UiLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { networkScopes, networkSorts, type NetworkSort } from "@/server/networks/input";
import type { ThemeNames } from "@/server/networks/service";
import { modelLabel, regionLabel, themeName } from "./labels";

type Facets = { themes: ThemeNames[]; regions: string[]; models: string[] };
type Current = { q?: string; theme?: string; region?: string; scope?: string; model?: string; sort: NetworkSort };

/** A plain GET form: filters live in the URL, so results are linkable and work without JavaScript. */
export function NetworkFilters({ facets, current, t, locale }: { facets: Facets; current: Current; t: Translate; locale: UiLocale }) {
  return (
    <form method="get" action="/networks" role="search" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6">
      <div className="space-y-1 sm:col-span-2 lg:col-span-6">
        <Label htmlFor="network-q">{t("networks.searchLabel")}</Label>
        <Input id="network-q" name="q" type="search" defaultValue={current.q} placeholder={t("networks.searchPlaceholder")} />
      </div>
      <div className="space-y-1 lg:col-span-2">
        <Label htmlFor="network-theme">{t("networks.theme")}</Label>
        <Select id="network-theme" name="theme" defaultValue={current.theme ?? ""}>
          <option value="">{t("networks.anyTheme")}</option>
          {facets.themes.map((theme) => (
            <option key={theme.slug} value={theme.slug}>
              {themeName(theme, locale)}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <Label htmlFor="network-scope">{t("networks.scope")}</Label>
        <Select id="network-scope" name="scope" defaultValue={current.scope?.toLowerCase() ?? ""}>
          <option value="">{t("networks.anyScope")}</option>
          {networkScopes.map((scope) => (
            <option key={scope} value={scope.toLowerCase()}>
              {t(`networks.scopes.${scope}`)}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <Label htmlFor="network-region">{t("networks.region")}</Label>
        <Select id="network-region" name="region" defaultValue={current.region ?? ""}>
          <option value="">{t("networks.anyRegion")}</option>
          {facets.regions.map((region) => (
            <option key={region} value={region}>
              {regionLabel(t, region)}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <Label htmlFor="network-model">{t("networks.model")}</Label>
        <Select id="network-model" name="model" defaultValue={current.model ?? ""}>
          <option value="">{t("networks.anyModel")}</option>
          {facets.models.map((model) => (
            <option key={model} value={model}>
              {modelLabel(t, model)}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <Label htmlFor="network-sort">{t("networks.sort")}</Label>
        <Select id="network-sort" name="sort" defaultValue={current.sort}>
          {networkSorts.map((sort) => (
            <option key={sort} value={sort}>
              {t(`networks.sorts.${sort}`)}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-6">
        <Button type="submit">{t("networks.filter")}</Button>
        <Link href="/networks" className={buttonVariants({ variant: "ghost" })}>
          {t("networks.reset")}
        </Link>
      </div>
    </form>
  );
}
