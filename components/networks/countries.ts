import type { UiLocale } from "@/lib/i18n/config";
import { countryName } from "@/server/cities/country";

// Intl knows every ISO 3166-1 code but also old and special ones; these are not countries to choose.
const NOT_COUNTRIES = new Set(
  "AC AN BU CP CQ CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UK UN VD XA XB YD YU ZR ZZ".split(" "),
);

const CODES = (() => {
  const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (!NOT_COUNTRIES.has(code) && names.of(code) && names.of(code) !== code) codes.push(code);
    }
  return codes;
})();

/** Every country as { code, name } in the reader's language, sorted by name. */
export function countryOptions(locale: UiLocale) {
  return CODES.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale));
}
