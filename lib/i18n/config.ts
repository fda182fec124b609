export const locales = ["en", "zh-CN", "fr", "es"] as const;
export type UiLocale = (typeof locales)[number];
export const defaultLocale: UiLocale = "en";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export const localeNames: Record<UiLocale, string> = { en: "English", "zh-CN": "中文", fr: "Français", es: "Español" };

/** The language tag stored on content rows (the Prisma `Locale` enum). */
export type ContentLocale = "en" | "zh" | "fr" | "es";
export const contentLocale = (locale: UiLocale): ContentLocale => (locale === "zh-CN" ? "zh" : locale);
export const contentLocales: ContentLocale[] = ["en", "zh", "fr", "es"];

export function isLocale(value: string | undefined | null): value is UiLocale {
  return !!value && (locales as readonly string[]).includes(value);
}

/** Picks the best supported locale from an Accept-Language header. */
export function negotiateLocale(acceptLanguage: string | null | undefined): UiLocale {
  if (!acceptLanguage) return defaultLocale;
  const ranked = acceptLanguage
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith("zh")) return "zh-CN";
    const base = tag.split("-")[0];
    if (base === "en" || base === "fr" || base === "es") return base;
  }
  return defaultLocale;
}
