// Which registry city a typed name means, for the "Add" button of the city pickers.

export type CityChoice = { slug: string; name: string; countryCode?: string | null };

export type CityMatch<C extends CityChoice> =
  | { kind: "empty" }
  | { kind: "match"; city: C }
  | { kind: "none" }
  | { kind: "ambiguous"; cities: C[] };

/** "Zürich" and "zurich", "São Paulo" and "sao paulo" are the same when typed. */
export const foldName = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();

export const cityLabel = (city: CityChoice) => (city.countryCode ? `${city.name} (${city.countryCode})` : city.name);

/**
 * The city a query names. Tried in order, the first tier with any hit decides: the exact label,
 * name or slug; then names that start with the query; then names that contain it. One hit is a
 * match; several are ambiguous (two "Portland"s, or "San" for San Francisco and Santiago).
 */
export function matchCity<C extends CityChoice>(query: string, cities: readonly C[]): CityMatch<C> {
  const q = foldName(query);
  if (!q) return { kind: "empty" };
  const folded = cities.map((city) => ({ city, name: foldName(city.name), label: foldName(cityLabel(city)) }));
  const tiers = [
    folded.filter((c) => c.label === q || c.city.slug === q),
    folded.filter((c) => c.name === q),
    folded.filter((c) => c.name.startsWith(q) || c.label.startsWith(q)),
    folded.filter((c) => c.name.includes(q)),
  ];
  for (const tier of tiers) {
    if (tier.length === 1) return { kind: "match", city: tier[0]!.city };
    if (tier.length > 1) return { kind: "ambiguous", cities: tier.map((c) => c.city) };
  }
  return { kind: "none" };
}
