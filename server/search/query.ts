import type { Db } from "@/server/db/client";
import { Prisma, type Locale, type SearchKind } from "@/server/db/generated/client";
import { foldText } from "@/server/registry/search";
import { sameStem, stemPrefix } from "./stem";
import { isCjkTerm, terms } from "./text";

// One search over every kind of record. Each query word must match (typo-tolerant: a word is
// widened to the indexed words closest to it by trigram similarity); if no record has them all,
// records with any of them are shown instead. Matches in the title rank above matches in the text,
// exact words above widened ones. Other forms of a word ("flood" for "flooding", in English, French
// or Spanish) are searched with it.

export type SearchInput = { q: string; kind?: SearchKind; theme?: string; limit: number; offset: number };

export type SnippetPart = { text: string; hit: boolean };

export type SearchHit = {
  kind: SearchKind;
  entityId: string;
  slug: string;
  title: SnippetPart[];
  snippet: SnippetPart[];
  language: Locale;
  themeSlugs: string[];
  score: number;
};

export type SearchResult = {
  total: number;
  hits: SearchHit[];
  facets: { kinds: Partial<Record<SearchKind, number>>; themes: { slug: string; count: number }[] };
  /** The query words as searched, each with the indexed words it was widened to. */
  expanded: { term: string; alternatives: string[] }[];
  /** True when no record had every word and records with any of them are shown. */
  partial: boolean;
  /** True when the words matched more records than are ranked: `total` is then a lower bound. */
  capped: boolean;
};

const MAX_ALTERNATIVES = 4;
const MAX_FORMS = 8;
/** How many indexed words sharing a word's stem prefix are looked at (most are other forms). */
const FORM_CANDIDATES = 200;
const MIN_FUZZY_LENGTH = 4;
const SIMILARITY_THRESHOLD = 0.2;
const SNIPPET_RADIUS = 90;
/** How many matching records are ranked at most (see run). */
export const CANDIDATES = 1000;

const empty: SearchResult = { total: 0, hits: [], facets: { kinds: {}, themes: [] }, expanded: [], partial: false, capped: false };

/**
 * Each query term with its alternatives: itself, the other forms of it the index holds (same
 * stem), and when the index has never seen it (a typo), the closest indexed words. Known words are
 * not widened by spelling, so "agua" never turns into "age".
 */
async function expand(db: Db, queryTerms: string[]): Promise<{ term: string; alternatives: string[] }[]> {
  const candidates = queryTerms.filter((t) => t.length >= MIN_FUZZY_LENGTH && !isCjkTerm(t));
  const prefixes = candidates.map(stemPrefix);
  // Indexed words starting with each word's stem prefix, through the term's primary-key B-tree
  // (the range) and exact on any collation (starts_with).
  const forms = candidates.length
    ? await db.$queryRaw<{ query: string; term: string }[]>`
        SELECT q.term AS query, t.term
        FROM unnest(${candidates}::text[], ${prefixes}::text[]) AS q(term, prefix)
        CROSS JOIN LATERAL (
          SELECT s.term FROM "SearchTerm" s
          WHERE s.term >= q.prefix AND s.term < (q.prefix || chr(1114111)) AND starts_with(s.term, q.prefix)
          ORDER BY s.term LIMIT ${FORM_CANDIDATES}
        ) t`
    : [];
  const known = new Set(forms.filter((r) => r.query === r.term).map((r) => r.term));
  const formsOf = (term: string) =>
    forms
      .filter((r) => r.query === term && r.term !== term && sameStem(term, r.term))
      .map((r) => r.term)
      .slice(0, MAX_FORMS);
  const fuzzy = candidates.filter((t) => !known.has(t) && formsOf(t).length === 0);
  // The closest indexed words by trigram distance (nearest first, straight from the GiST index).
  // One wrong letter in a short word leaves few shared trigrams ("heet"/"heat" share 2 of 8), so
  // words down to a similarity of 0.2 are kept.
  const rows = fuzzy.length
    ? await db.$queryRaw<{ query: string; term: string }[]>`
        SELECT q.term AS query, t.term
        FROM unnest(${fuzzy}::text[]) AS q(term)
        CROSS JOIN LATERAL (
          SELECT s.term, s.term <-> q.term AS distance FROM "SearchTerm" s
          ORDER BY s.term <-> q.term LIMIT ${MAX_ALTERNATIVES}
        ) t
        WHERE t.distance <= ${1 - SIMILARITY_THRESHOLD}`
    : [];
  return queryTerms.map((term) => ({
    term,
    alternatives: [...new Set([term, ...formsOf(term), ...rows.filter((r) => r.query === term).map((r) => r.term)])],
  }));
}

export async function search(db: Db, input: SearchInput): Promise<SearchResult> {
  const queryTerms = terms(input.q).slice(0, 8);
  if (!queryTerms.length) return empty;
  const groups = await expand(db, queryTerms);

  const all = await run(db, groups, "all", input);
  const result = all.total > 0 || groups.length === 1 ? all : { ...(await run(db, groups, "any", input)), partial: true };
  return { ...result, expanded: groups };
}

type Row = {
  results: { kind: SearchKind; entityId: string; slug: string; title: string; excerpt: string; language: Locale; themeSlugs: string[]; score: number }[] | null;
  total: bigint | number;
  considered: bigint | number;
  kinds: Partial<Record<SearchKind, number>> | null;
  themes: { slug: string; count: number }[] | null;
};

async function run(db: Db, groups: { term: string; alternatives: string[] }[], mode: "all" | "any", input: SearchInput): Promise<Omit<SearchResult, "expanded">> {
  const join = mode === "all" ? " AND " : " OR ";
  const inText = Prisma.join(groups.map((g) => Prisma.sql`d.terms && ${g.alternatives}::text[]`), join);
  const inTitle = Prisma.join(groups.map((g) => Prisma.sql`d."titleTerms" && ${g.alternatives}::text[]`), join);
  // Exact words rank above widened ones, and the title above the text.
  const score = Prisma.join(
    groups.map(
      (g) => Prisma.sql`(CASE
        WHEN d."titleTerms" && ${[g.term]}::text[] THEN 8
        WHEN d.terms && ${[g.term]}::text[] THEN 4
        WHEN d."titleTerms" && ${g.alternatives}::text[] THEN 2
        WHEN d.terms && ${g.alternatives}::text[] THEN 1
        ELSE 0 END)`,
    ),
    " + ",
  );
  const kindFilter = input.kind ? Prisma.sql`kind = ${input.kind}::"SearchKind"` : Prisma.sql`TRUE`;
  const themeFilter = input.theme ? Prisma.sql`${input.theme} = ANY("themeSlugs")` : Prisma.sql`TRUE`;

  // A very common word matches a large share of the index. Ranking is done over at most
  // CANDIDATES matches (those with the words in their title first); facets and the total count
  // the same set, and `capped` tells the reader there are more.
  const [row] = await db.$queryRaw<Row[]>`
    WITH c AS MATERIALIZED (
      (SELECT d.kind, d."entityId" FROM "SearchDocument" d WHERE ${inTitle} LIMIT ${CANDIDATES})
      UNION
      (SELECT d.kind, d."entityId" FROM "SearchDocument" d WHERE ${inText} LIMIT ${CANDIDATES})
    ),
    m AS MATERIALIZED (
      SELECT d.kind, d."entityId", d.slug, d.title, d.language, d."themeSlugs", (${score}) AS score
      FROM "SearchDocument" d JOIN c ON c.kind = d.kind AND c."entityId" = d."entityId"
    ),
    f AS (SELECT * FROM m WHERE ${kindFilter} AND ${themeFilter}),
    page AS (SELECT * FROM f ORDER BY score DESC, title, "entityId" LIMIT ${input.limit} OFFSET ${input.offset})
    SELECT
      (SELECT json_agg(x ORDER BY x.score DESC, x.title, x."entityId") FROM (
        SELECT p.kind, p."entityId", p.slug, p.title, d.excerpt, p.language, p."themeSlugs", p.score
        FROM page p JOIN "SearchDocument" d ON d.kind = p.kind AND d."entityId" = p."entityId"
      ) x) AS results,
      (SELECT count(*) FROM f) AS total,
      (SELECT count(*) FROM c) AS considered,
      (SELECT json_object_agg(kind, n) FROM (SELECT kind, count(*) AS n FROM m WHERE ${themeFilter} GROUP BY kind) k) AS kinds,
      (SELECT json_agg(json_build_object('slug', theme, 'count', n)) FROM (
        SELECT theme, count(*) AS n FROM m CROSS JOIN LATERAL unnest("themeSlugs") AS theme
        WHERE ${kindFilter} GROUP BY theme ORDER BY n DESC, theme LIMIT 18
      ) t) AS themes`;

  const highlight = groups.flatMap((g) => g.alternatives);
  return {
    total: Number(row?.total ?? 0),
    capped: Number(row?.considered ?? 0) >= CANDIDATES,
    hits: (row?.results ?? []).map((r) => ({
      kind: r.kind,
      entityId: r.entityId,
      slug: r.slug,
      title: highlightParts(r.title, highlight),
      snippet: snippetParts(r.excerpt, highlight),
      language: r.language,
      themeSlugs: r.themeSlugs,
      score: r.score,
    })),
    facets: { kinds: row?.kinds ?? {}, themes: row?.themes ?? [] },
    partial: false,
  };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The text folded like the index, with each folded character's position in the original. */
function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = "";
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const f = foldText(char);
    for (let i = 0; i < f.length; i++) origin.push(index);
    folded += f;
    index += char.length;
  }
  origin.push(index);
  return { folded, origin };
}

/** Original-text ranges where any of the terms occur, merged and in order. */
function hitRanges(text: string, highlight: string[]): [number, number][] {
  const { folded, origin } = foldWithMap(text);
  const ranges: [number, number][] = [];
  for (const term of highlight) {
    const wholeWord = !isCjkTerm(term);
    let at = folded.indexOf(term);
    while (at !== -1) {
      const end = at + term.length;
      // Latin words match whole words only ("age" is not marked inside "imagen"); Chinese has no spaces.
      if (!wholeWord || (!WORD_CHAR.test(folded[at - 1] ?? "") && !WORD_CHAR.test(folded[end] ?? ""))) {
        ranges.push([origin[at]!, origin[end]!]);
      }
      at = folded.indexOf(term, at + 1);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

function partsOf(text: string, ranges: [number, number][], from: number, to: number): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    if (start > at) parts.push({ text: text.slice(at, start), hit: false });
    parts.push({ text: text.slice(Math.max(start, at), Math.min(end, to)), hit: true });
    at = Math.min(end, to);
  }
  if (at < to) parts.push({ text: text.slice(at, to), hit: false });
  return parts;
}

export function highlightParts(text: string, highlight: string[]): SnippetPart[] {
  return partsOf(text, hitRanges(text, highlight), 0, text.length);
}

/** A window of the text around its first hit (or its start), with the hits marked. */
export function snippetParts(text: string, highlight: string[]): SnippetPart[] {
  const ranges = hitRanges(text, highlight);
  const first = ranges[0]?.[0] ?? 0;
  let from = Math.max(0, first - SNIPPET_RADIUS);
  let to = Math.min(text.length, from + SNIPPET_RADIUS * 2 + 40);
  // Start and end on word boundaries where there are spaces (Chinese has none; cut anywhere).
  if (from > 0) {
    const space = text.indexOf(" ", from);
    if (space !== -1 && space < first) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(" ", to);
    if (space > first) to = space;
  }
  const parts = partsOf(text, ranges, from, to);
  if (from > 0) parts.unshift({ text: "… ", hit: false });
  if (to < text.length) parts.push({ text: " …", hit: false });
  return parts;
}
