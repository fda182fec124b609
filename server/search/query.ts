import type { Db } from "@/server/db/client";
import { Prisma, type Locale, type SearchKind } from "@/server/db/generated/client";
import { foldText } from "@/server/registry/search";
import { isCjkTerm, terms } from "./text";

// One search over every kind of record. Each query word must match (typo-tolerant: a word is
// widened to the indexed words closest to it by trigram similarity); if no record has them all,
// records with any of them are shown instead. Matches in the title rank above matches in the text,
// exact words above widened ones.

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
};

const MAX_ALTERNATIVES = 4;
const MIN_FUZZY_LENGTH = 4;
const SIMILARITY_THRESHOLD = 0.2;
const SNIPPET_RADIUS = 90;

const empty: SearchResult = { total: 0, hits: [], facets: { kinds: {}, themes: [] }, expanded: [], partial: false };

/** Each query term with the closest indexed words (itself first when indexed or not). */
async function expand(db: Db, queryTerms: string[]): Promise<{ term: string; alternatives: string[] }[]> {
  const fuzzy = queryTerms.filter((t) => t.length >= MIN_FUZZY_LENGTH && !isCjkTerm(t));
  // One wrong letter in a short word leaves few shared trigrams ("heet"/"heat" share 2 of 8), so
  // the threshold is below pg_trgm's default; only the closest few words are kept.
  const rows = fuzzy.length
    ? (
        await db.$transaction([
          db.$queryRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(SIMILARITY_THRESHOLD)}, true)`,
          db.$queryRaw<{ query: string; term: string }[]>`
            SELECT q.term AS query, t.term
            FROM unnest(${fuzzy}::text[]) AS q(term)
            CROSS JOIN LATERAL (
              SELECT s.term FROM "SearchTerm" s WHERE s.term % q.term AND s.term <> q.term
              ORDER BY similarity(s.term, q.term) DESC, s.term LIMIT ${MAX_ALTERNATIVES}
            ) t`,
        ])
      )[1]
    : [];
  return queryTerms.map((term) => ({
    term,
    alternatives: [term, ...rows.filter((r) => r.query === term).map((r) => r.term)],
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
  kinds: Partial<Record<SearchKind, number>> | null;
  themes: { slug: string; count: number }[] | null;
};

async function run(db: Db, groups: { term: string; alternatives: string[] }[], mode: "all" | "any", input: SearchInput): Promise<Omit<SearchResult, "expanded">> {
  const matches = groups.map((g) => Prisma.sql`d.terms && ${g.alternatives}::text[]`);
  const textCondition = Prisma.join(matches, mode === "all" ? " AND " : " OR ");
  const score = Prisma.join(
    groups.map(
      (g) => Prisma.sql`(CASE
        WHEN d."titleTerms" && ${[g.term]}::text[] THEN 6
        WHEN d."titleTerms" && ${g.alternatives}::text[] THEN 4
        WHEN d.terms && ${[g.term]}::text[] THEN 2
        WHEN d.terms && ${g.alternatives}::text[] THEN 1
        ELSE 0 END)`,
    ),
    " + ",
  );
  const kindFilter = input.kind ? Prisma.sql`kind = ${input.kind}::"SearchKind"` : Prisma.sql`TRUE`;
  const themeFilter = input.theme ? Prisma.sql`${input.theme} = ANY("themeSlugs")` : Prisma.sql`TRUE`;

  const [row] = await db.$queryRaw<Row[]>`
    WITH m AS MATERIALIZED (
      SELECT d.kind, d."entityId", d.slug, d.title, d.excerpt, d.language, d."themeSlugs", (${score}) AS score
      FROM "SearchDocument" d WHERE ${textCondition}
    ),
    f AS (SELECT * FROM m WHERE ${kindFilter} AND ${themeFilter})
    SELECT
      (SELECT json_agg(x) FROM (
        SELECT kind, "entityId", slug, title, excerpt, language, "themeSlugs", score FROM f
        ORDER BY score DESC, title, "entityId" LIMIT ${input.limit} OFFSET ${input.offset}
      ) x) AS results,
      (SELECT count(*) FROM f) AS total,
      (SELECT json_object_agg(kind, n) FROM (SELECT kind, count(*) AS n FROM m WHERE ${themeFilter} GROUP BY kind) k) AS kinds,
      (SELECT json_agg(json_build_object('slug', theme, 'count', n)) FROM (
        SELECT theme, count(*) AS n FROM m CROSS JOIN LATERAL unnest("themeSlugs") AS theme
        WHERE ${kindFilter} GROUP BY theme ORDER BY n DESC, theme LIMIT 18
      ) t) AS themes`;

  const highlight = groups.flatMap((g) => g.alternatives);
  return {
    total: Number(row?.total ?? 0),
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
    let at = folded.indexOf(term);
    while (at !== -1) {
      ranges.push([origin[at]!, origin[at + term.length]!]);
      at = folded.indexOf(term, at + term.length);
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
