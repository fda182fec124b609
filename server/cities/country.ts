import { locales, type UiLocale } from "@/lib/i18n/config";

const displayNames = new Map<string, Intl.DisplayNames>();
function namesFor(locale: UiLocale) {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
    displayNames.set(locale, names);
  }
  return names;
}

/** A country's name in the reader's language, from its ISO 3166-1 alpha-2 code. */
export function countryName(code: string, locale: UiLocale): string {
  try {
    return namesFor(locale).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** The codes whose name, in any of our UI languages, contains the search text (so "Chine" finds CN). */
export function countriesMatching(codes: readonly string[], query: string): string[] {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return [];
  return codes.filter(
    (code) => code.toLowerCase() === needle || locales.some((locale) => countryName(code, locale).toLocaleLowerCase().includes(needle)),
  );
}
