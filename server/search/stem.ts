import { stemmer as english } from "@orama/stemmers/english";
import { stemmer as french } from "@orama/stemmers/french";
import { stemmer as spanish } from "@orama/stemmers/spanish";

// Snowball stemmers for the three languages with inflections (Chinese has none). A query word's
// language is unknown, so two words are the same word when any of the three stemmers says so.
// The index holds folded words ("inundacion", not "inundación") and the Spanish stemmer keys on
// accents, so a word that is itself the other's stem also counts ("ciudad" ↔ "ciudades").

const STEMMERS = [english, french, spanish];

/** Whether two folded words are forms of one word in English, French or Spanish. */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  return STEMMERS.some((stem) => {
    const sa = stem(a);
    const sb = stem(b);
    return sa === sb || sa === b || sb === a;
  });
}

/**
 * The prefix every indexed form of the word shares, for looking candidates up in the term index:
 * the shortest of its stems, less a final letter that stemmers rewrite ("happi" from "happy").
 */
export function stemPrefix(word: string): string {
  const shortest = STEMMERS.map((stem) => stem(word)).reduce((a, b) => (b.length < a.length ? b : a), word);
  const prefix = /[iu]$/.test(shortest) ? shortest.slice(0, -1) : shortest;
  return word.slice(0, Math.max(4, Math.min(prefix.length, word.length)));
}
