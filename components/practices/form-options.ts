import type { UiLocale } from "@/lib/i18n/config";
import type { Actor, Context } from "@/server/auth/actor";
import { practiceFormOptions } from "@/server/practices/service";
import { localName, sdgTitle } from "./labels";
import type { PracticeFormOptions } from "./practice-form";

/** Who may share practices at all: city officers, network staff and partner members. */
export const canSharePractices = (actor: Actor | null): actor is Actor =>
  !!actor && (actor.cities.size > 0 || actor.staff.size > 0 || actor.partners.size > 0);

/**
 * The practice form's choices in the reader's language, with the actor's own networks first. Partner
 * organisations are offered only to their verified members (plus the one a practice already names).
 */
export async function practiceFormChoices(ctx: Context, locale: UiLocale, currentPartner: string | null = null) {
  const raw = await practiceFormOptions(ctx.db);
  const actor = ctx.actor;
  const mine = (id: string) => !!actor?.staff.has(id);
  const networks = [...raw.networks].sort((a, b) => Number(mine(b.id)) - Number(mine(a.id)));
  const options: PracticeFormOptions = {
    themes: raw.themes.map((x) => ({ slug: x.slug, name: localName(x, locale) })),
    sdgs: raw.sdgs.map((s) => ({ number: s.number, title: sdgTitle(s, locale) })),
    cities: raw.cities.map((c) => ({ slug: c.slug, name: c.name, countryCode: c.countryCode })),
    networks: networks.map((n) => ({ slug: n.slug, label: n.acronym && n.acronym !== n.name ? `${n.acronym} — ${n.name}` : n.name })),
    partners: raw.partners.filter((p) => actor?.partners.has(p.id) || p.slug === currentPartner).map((p) => ({ slug: p.slug, name: p.name })),
  };
  return {
    options,
    /** Defaults for a new practice: the actor's own cities, and their network when they staff exactly one. */
    myCities: raw.cities.filter((c) => actor?.cities.has(c.id)).map((c) => c.slug),
    myNetwork: actor && actor.staff.size === 1 ? (raw.networks.find((n) => actor.staff.has(n.id))?.slug ?? null) : null,
    myPartner: actor && actor.partners.size === 1 ? (raw.partners.find((p) => actor.partners.has(p.id))?.slug ?? null) : null,
  };
}
