import { themeName } from "@/components/networks/labels";
import type { UiLocale } from "@/lib/i18n/config";
import type { initiativeFormChoices } from "@/server/initiatives/service";
import type { InitiativeFormOptions } from "./initiative-form";

type Choices = Awaited<ReturnType<typeof initiativeFormChoices>>;

const sdgTitle = (sdg: Choices["sdgs"][number], locale: UiLocale) =>
  ({ en: sdg.titleEn, "zh-CN": sdg.titleZh, fr: sdg.titleFr, es: sdg.titleEs })[locale];

/** The form's choices with names in the reader's language. */
export function formOptions(choices: Choices, locale: UiLocale): InitiativeFormOptions {
  return {
    networks: choices.networks.map((n) => ({ id: n.id, name: n.acronym && !n.name.startsWith(n.acronym) ? `${n.acronym} — ${n.name}` : n.name })),
    themes: choices.themes.map((th) => ({ slug: th.slug, name: themeName(th, locale) })),
    sdgs: choices.sdgs.map((s) => ({ number: s.number, title: sdgTitle(s, locale) })),
    cities: choices.cities,
    partners: choices.partners,
  };
}

export { sdgTitle };
