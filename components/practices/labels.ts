import type { UiLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { adoptionLevels, adoptionStatuses, licences } from "@/server/practices/input";

export type Licence = (typeof licences)[number];
export type AdoptionLevel = (typeof adoptionLevels)[number];
export type AdoptionStatus = (typeof adoptionStatuses)[number];

/** The licence's legal text (a "deed"); all rights reserved has none. */
export const licenceDeed: Record<Licence, string | null> = {
  CC_BY_4_0: "https://creativecommons.org/licenses/by/4.0/",
  CC_BY_SA_4_0: "https://creativecommons.org/licenses/by-sa/4.0/",
  CC_BY_NC_4_0: "https://creativecommons.org/licenses/by-nc/4.0/",
  CC0_1_0: "https://creativecommons.org/publicdomain/zero/1.0/",
  ALL_RIGHTS_RESERVED: null,
};

export const licenceTone: Record<Licence, "green" | "teal" | "blue" | "amber" | "neutral"> = {
  CC0_1_0: "green",
  CC_BY_4_0: "teal",
  CC_BY_SA_4_0: "teal",
  CC_BY_NC_4_0: "blue",
  ALL_RIGHTS_RESERVED: "amber",
};

/** Colours and shapes of the spillover graph, shared by the SVG markers and their legend. */
export const statusStyle: Record<AdoptionStatus, { fill: string; stroke: string; shape: "ring" | "diamond" | "dot" }> = {
  EXPLORING: { fill: "#ffffff", stroke: "#b45309", shape: "ring" },
  PILOTING: { fill: "#0284c7", stroke: "#075985", shape: "diamond" },
  ADOPTED: { fill: "#0f766e", stroke: "#134e4a", shape: "dot" },
};
export const statusTone: Record<AdoptionStatus, "amber" | "blue" | "teal"> = { EXPLORING: "amber", PILOTING: "blue", ADOPTED: "teal" };

type Named = { nameEn: string; nameZh: string; nameFr: string; nameEs: string };
export const localName = (names: Named, locale: UiLocale) => ({ en: names.nameEn, "zh-CN": names.nameZh, fr: names.nameFr, es: names.nameEs })[locale];

type Titled = { titleEn: string; titleZh: string; titleFr: string; titleEs: string };
export const sdgTitle = (sdg: Titled, locale: UiLocale) => ({ en: sdg.titleEn, "zh-CN": sdg.titleZh, fr: sdg.titleFr, es: sdg.titleEs })[locale];

/** "C40", or the name when a network has no acronym. */
export const networkShort = (n: { acronym: string | null; name: string }) => n.acronym || n.name;

/** A stored calendar day (YYYY-MM-DD) in the reader's language, without time-zone drift. */
export function dayText(day: string | Date, locale: UiLocale, style: "medium" | "long" = "medium") {
  const date = typeof day === "string" ? new Date(`${day}T00:00:00Z`) : day;
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: "UTC" }).format(date);
}

export function numberText(value: number, locale: UiLocale) {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** "28 points (2019)", the headline of a practice card. */
export function outcomeText(o: { value: number; unit: string; year: number }, locale: UiLocale, t: Translate) {
  return t("practices.outcomeValue", { value: numberText(o.value, locale), unit: o.unit, year: o.year });
}

/** Only web links are ever rendered as links (seed data and old rows included). */
export const isWebUrl = (url: string | null | undefined): url is string => !!url && /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(url);

/** The links column holds JSON: keep only well-formed web links. */
export function readLinks(value: unknown): { label: string; url: string }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((l: unknown) => {
    if (!l || typeof l !== "object") return [];
    const { label, url } = l as { label?: unknown; url?: unknown };
    return typeof label === "string" && typeof url === "string" && isWebUrl(url) ? [{ label, url }] : [];
  });
}
