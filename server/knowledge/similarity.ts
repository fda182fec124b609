// How alike two initiatives are: the one definition of the score, used while drafting, on
// initiative pages and by the open-data API. Wording counts most (two networks describing the same
// programme use the same words); shared themes, SDGs and participating cities add to it.

export type SimilarityProfile = {
  /** Folded, segmented terms of the title and summary (server/search/text.ts). */
  keyTerms: readonly string[];
  themes: readonly string[];
  sdgs: readonly number[];
  cities: readonly string[];
};

export type SimilarityReasons = {
  /** Words the two texts share, most telling first (longest). */
  sharedTerms: string[];
  sharedThemes: string[];
  sharedSdgs: number[];
  sharedCities: string[];
};

export type Similarity = { score: number; reasons: SimilarityReasons };

export const WEIGHTS = { text: 0.55, themes: 0.2, sdgs: 0.1, cities: 0.15 } as const;
/** Below this, a pair is not shown as similar. */
export const MIN_SCORE = 15;

// Words nearly every initiative uses ("cities", "urban", "network"…) say nothing about whether two
// programmes do the same thing; they are left out of the wording comparison.
const GENERIC = new Set(
  (
    "city cities urban local government governments network networks member members mayor mayors municipal municipalities programme program initiative " +
    "ville villes urbain urbaine urbains reseau reseaux membres maire maires programme initiative collectivites " +
    "ciudad ciudades urbano urbana urbanos red redes miembros alcalde alcaldes municipios programa iniciativa gobiernos " +
    "城市 网络 成员 市长 项目 倡议 地方 政府"
  ).split(" "),
);
export const tellingTerms = (terms: readonly string[]) => terms.filter((term) => !GENERIC.has(term));

const intersect = <T>(a: readonly T[], b: readonly T[]) => {
  const set = new Set(b);
  return [...new Set(a)].filter((x) => set.has(x));
};

/** |A∩B| / |A∪B|, 0 when both are empty. */
const jaccard = (shared: number, a: number, b: number) => (a + b - shared > 0 ? shared / (a + b - shared) : 0);

/** Score 0–100 and the reasons behind it. */
export function similarity(a: SimilarityProfile, b: SimilarityProfile): Similarity {
  const termsOfA = tellingTerms(a.keyTerms);
  const termsOfB = tellingTerms(b.keyTerms);
  const sharedTerms = intersect(termsOfA, termsOfB);
  const sharedThemes = intersect(a.themes, b.themes);
  const sharedSdgs = intersect(a.sdgs, b.sdgs);
  const sharedCities = intersect(a.cities, b.cities);

  const termsA = new Set(termsOfA).size;
  const termsB = new Set(termsOfB).size;
  // Cosine of the two term sets: fair to a short draft compared with a long summary.
  const text = termsA && termsB ? sharedTerms.length / Math.sqrt(termsA * termsB) : 0;
  const themes = jaccard(sharedThemes.length, new Set(a.themes).size, new Set(b.themes).size);
  const sdgs = jaccard(sharedSdgs.length, new Set(a.sdgs).size, new Set(b.sdgs).size);
  // Cities: the share of the smaller list that overlaps (a pilot with 3 cities inside a 40-city programme is close).
  const fewerCities = Math.min(new Set(a.cities).size, new Set(b.cities).size);
  const cities = fewerCities ? sharedCities.length / fewerCities : 0;

  const score = 100 * (WEIGHTS.text * text + WEIGHTS.themes * themes + WEIGHTS.sdgs * sdgs + WEIGHTS.cities * cities);
  return {
    score: Math.round(score),
    reasons: {
      sharedTerms: sharedTerms.sort((x, y) => y.length - x.length || x.localeCompare(y)).slice(0, 8),
      sharedThemes,
      sharedSdgs: sharedSdgs.sort((x, y) => x - y),
      sharedCities,
    },
  };
}
