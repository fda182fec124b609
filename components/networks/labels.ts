import type { UiLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { ThemeNames } from "@/server/networks/service";
import { slugify } from "@/server/registry/slug";

export function themeName(theme: ThemeNames, locale: UiLocale): string {
  return { en: theme.nameEn, "zh-CN": theme.nameZh, fr: theme.nameFr, es: theme.nameEs }[locale];
}

/** Data-driven labels (regions, membership models): known ones are translated, others shown as recorded. */
function known(t: Translate, prefix: string, value: string): string {
  const key = `${prefix}.${slugify(value)}`;
  const label = t(key);
  return label === key ? value : label;
}

export const regionLabel = (t: Translate, region: string) => known(t, "networks.regions", region);
export const modelLabel = (t: Translate, model: string) => known(t, "networks.models", model);

export function memberCountText(t: Translate, count: number | null, year: number | null): string {
  if (count === null) return t("networks.membersUnknown");
  return year ? t("networks.membersValue", { count, year }) : t("networks.membersUndated", { count });
}

export function scopeText(t: Translate, scope: "GLOBAL" | "REGIONAL", region: string | null): string {
  const label = t(`networks.scopes.${scope}`);
  return region ? `${label} · ${regionLabel(t, region)}` : label;
}

export const activityTone = { ACTIVE: "green", CLOSED: "red", MERGED: "amber", UNKNOWN: "neutral" } as const;

/** The acronym to show before the name, unless the name already starts with it ("ICLEI – Local…"). */
export function acronymPrefix(network: { acronym: string | null; name: string }): string | null {
  return network.acronym && !network.name.startsWith(network.acronym) ? network.acronym : null;
}
