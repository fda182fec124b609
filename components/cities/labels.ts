import type { UiLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { slugify } from "@/server/registry/slug";

/** Regions come from data; known ones are translated, others shown as recorded. */
export function regionLabel(t: Translate, region: string): string {
  const key = `cities.regions.${slugify(region)}`;
  const label = t(key);
  return label === key ? region : label;
}

export function populationText(t: Translate, locale: UiLocale, population: number | null, year: number | null): string {
  if (population === null) return t("cities.populationUnknown");
  const value = new Intl.NumberFormat(locale).format(population);
  return year ? t("cities.populationValue", { value, year }) : value;
}

export function networksCountText(t: Translate, count: number): string {
  if (count === 0) return t("cities.networksNone");
  return t("cities.networksCount", { count });
}
