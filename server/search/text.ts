import { foldText } from "@/server/registry/search";

// How text becomes search terms, the same for indexing and for queries: split into words
// (Intl.Segmenter's dictionary splits Chinese, which has no spaces), lowercase, fold accents
// ("résilience" → "resilience"), drop elided articles ("l'eau" → "eau") and the commonest words.

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’]/;
const MAX_TERM_LENGTH = 40;
const ASCII = /^[\x00-\x7f]*$/;

const STOPWORDS = new Set(
  (
    // English
    "a an and are as at be by for from has have in into is it its of on or that the their this to was were which with" +
    // French
    " au aux avec ce ces dans de des du en est et il la le les leur leurs ou par pas pour qui que sa se ses son sur un une" +
    // Spanish
    " al como con del el ella ellos en entre es esta este la las lo los para pero por que se sin su sus un una y" +
    // Chinese particles
    " 的 了 和 与 及 在 是 之"
  ).split(" "),
);

// Text without Chinese or Japanese needs no dictionary: a regular expression finds the same words
// many times faster than Intl.Segmenter, which matters when indexing 100,000 records.
const LATIN_WORD = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu;

function* rawWords(text: string): Generator<string> {
  if (!CJK.test(text)) {
    yield* text.match(LATIN_WORD) ?? [];
    return;
  }
  for (const part of segmenter.segment(text)) if (part.isWordLike) yield part.segment;
}

/** The words of a text, folded, in order (repeats kept). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const raw of rawWords(text)) {
    const folded = ASCII.test(raw) ? raw.toLowerCase() : foldText(raw);
    const word = folded.replace(ELISION, "").replace(/['’]/g, "");
    if (!word || word.length > MAX_TERM_LENGTH) continue;
    out.push(word);
  }
  return out;
}

/** A word worth indexing: not a stopword, and at least two letters unless it is Chinese or Japanese. */
export const isTerm = (word: string) => !STOPWORDS.has(word) && (word.length > 1 || CJK.test(word));

/** The distinct terms of a text. */
export function terms(text: string): string[] {
  return [...new Set(words(text).filter(isTerm))];
}

/** Whether a term is written in Chinese or Japanese characters (no trigram widening for those). */
export const isCjkTerm = (term: string) => CJK.test(term);
