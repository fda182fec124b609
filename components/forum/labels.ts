import { themeName } from "@/components/networks/labels";
import type { UiLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { ThemeNames } from "@/server/networks/service";

/** A category's name: its theme's in the reader's language, or the mechanism's from the catalog. */
export function categoryName(t: Translate, locale: UiLocale, category: { slug: string; theme: ThemeNames | null }) {
  return category.theme ? themeName(category.theme, locale) : t(`forum.categories.${category.slug}.name`);
}

export function categoryDescription(t: Translate, locale: UiLocale, category: { slug: string; theme: ThemeNames | null }) {
  return category.theme ? t("forum.categories.themeDescription", { theme: themeName(category.theme, locale) }) : t(`forum.categories.${category.slug}.description`);
}

/** BCP 47 tag for a content language stored as the Locale enum. */
export const langTag = (language: string) => (language === "zh" ? "zh-CN" : language);

export function relativeTime(locale: UiLocale, date: Date, now = Date.now()) {
  const seconds = Math.round((date.getTime() - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(seconds, "second");
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), "minute");
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), "hour");
  if (abs < 30 * 86_400) return rtf.format(Math.round(seconds / 86_400), "day");
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(date);
}

/** "1 reply" / "N replies" (the catalog has no plural rules, so the singular is its own key). */
export const repliesText = (t: Translate, count: number) => t("forum.replies", { count });
export const threadsText = (t: Translate, count: number) => t("forum.threadCount", { count });
