import type { UiLocale } from "@/lib/i18n/config";
import type { Context } from "@/server/auth/actor";
import { networkFacets } from "@/server/networks/service";
import { countryOptions } from "./countries";
import { themeName } from "./labels";

/** The choices the network form offers, in the reader's language. */
export async function networkFormOptions(ctx: Context, locale: UiLocale) {
  const facets = await networkFacets(ctx);
  return {
    themes: facets.themes.map((theme) => ({ slug: theme.slug, name: themeName(theme, locale) })),
    countries: countryOptions(locale),
    regions: facets.regions,
  };
}
