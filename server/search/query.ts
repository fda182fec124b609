import type { Db, DbOrTx } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { Prisma, type Locale, type SearchKind } from "@/server/db/generated/client";
import { foldText } from "@/server/registry/search";
import { sameStem, stemPrefix } from "./stem";
import { isCjkTerm, terms } from "./text";

// One search over every kind of record. Each query word must match (typo-tolerant: a word is
// widened to the indexed words closest to it by trigram similarity); if no record has them all,
// records with any of them are shown instead. Other forms of a word ("flood" for "flooding", in
// English, French or Spanish) are searched with it.
//
// Ranking is BM25-like and done in SQL over every match: each query word adds its rarity (an IDF
// from how many documents hold it, SearchTerm.docs) times where it occurs (title weight A above
// the rest, weight B, in the tsvector of the already folded, stemmed and segmented terms) and
// whether it is the word typed or one it was widened to. A forum thread is one result: its
// best-matching post, linking to that post.

export type SearchInput = {
  q: string;
  kind?: SearchKind;
  theme?: string;
  limit: number;
  offset: number;
  /** Stops the search when the caller goes away (an abandoned request). */
  signal?: AbortSignal;
  /** Server-side limit on each query (default SEARCH_TIMEOUT_MS). */
  timeoutMs?: number;
};

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
  /** Matching records, a forum thread counting once. */
  total: number;
  hits: SearchHit[];
  facets: { kinds: Partial<Record<SearchKind, number>>; themes: { slug: string; count: number }[] };
  /** The query words as searched, each with the indexed words it was widened to. */
  expanded: { term: string; alternatives: string[] }[];
  /** True when no record had every word and records with any of them are shown. */
  partial: boolean;
};

const MAX_ALTERNATIVES = 4;
const MAX_FORMS = 8;
/** How many indexed words sharing a word's stem prefix are looked at (most are other forms). */
const FORM_CANDIDATES = 200;
const MIN_FUZZY_LENGTH = 4;
const SIMILARITY_THRESHOLD = 0.2;
const SNIPPET_RADIUS = 90;
/** A search that has not answered by then is stopped: the reader gets a message, the database its time back. */
export const SEARCH_TIMEOUT_MS = 5_000;

// Where a word occurs and how it was found, as a share of its rarity: the word typed in the title
// counts fully, in the text half; another form or a corrected spelling a little less each.
// (A word of the title is indexed once, with weight A, even when the text repeats it.)
const FIELD = { exactTitle: 1, exactText: 0.5, widenedTitle: 0.7, widenedText: 0.35 } as const;

const empty: SearchResult = { total: 0, hits: [], facets: { kinds: {}, themes: [] }, expanded: [], partial: false };

type Group = { term: string; alternatives: string[] };

/**
 * Each query term with its alternatives: itself, the other forms of it the index holds (same
 * stem), and when the index has never seen it (a typo), the closest indexed words. Known words are
 * not widened by spelling, so "agua" never turns into "age".
 */
async function expand(db: DbOrTx, queryTerms: string[]): Promise<Group[]> {
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
  return bounded(db, input, async (tx) => {
    const groups = await expand(tx, queryTerms);
    const weights = await rarity(tx, groups);
    input.signal?.throwIfAborted();
    const all = await run(tx, groups, weights, "all", input);
    if (all.total > 0 || groups.length === 1) return { ...all, expanded: groups };
    input.signal?.throwIfAborted();
    return { ...(await run(tx, groups, weights, "any", input)), partial: true, expanded: groups };
  });
}

/**
 * Runs the queries in one transaction with a statement timeout. When the caller's signal aborts,
 * the caller is answered at once, no further query of the search starts (it checks the signal
 * between steps) and the one running ends by its timeout at the latest. Either way the caller
 * gets a coded error with a message a person understands, not a stack.
 */
export async function bounded<T>(db: Db, options: { signal?: AbortSignal; timeoutMs?: number }, work: (tx: DbOrTx) => Promise<T>): Promise<T> {
  const { signal } = options;
  if (signal?.aborted) throw searchStopped();
  const timeout = Math.max(1, Math.round(options.timeoutMs ?? SEARCH_TIMEOUT_MS));
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(searchStopped());
    signal?.addEventListener("abort", onAbort, { once: true });
  });
  try {
    return await Promise.race([
      db.$transaction(
        async (tx) => {
          // SET LOCAL takes no parameters; the value is a whole number checked above.
          await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = ${timeout}`);
          // A common word matches a third of the index and the planner then prefers reading the
          // whole table, evaluating the match on every row. The GIN bitmap is many times cheaper.
          await tx.$executeRawUnsafe(`SET LOCAL enable_seqscan = off`);
          return work(tx);
        },
        { timeout: timeout + 1_000, maxWait: timeout },
      ),
      aborted,
    ]);
  } catch (error) {
    if (isCancelled(error)) throw searchStopped();
    throw error;
  } finally {
    if (onAbort) signal?.removeEventListener("abort", onAbort);
  }
}

const searchStopped = () => new AppError("UNAVAILABLE", "errors.searchTimeout");

/** A statement cancelled by its timeout (SQLSTATE 57014), or a transaction that ran out of time. */
function isCancelled(error: unknown): boolean {
  if (error instanceof AppError) return error.message === "errors.searchTimeout";
  const text = error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? "")}` : String(error);
  return /57014|statement timeout|canceling statement|Transaction already closed|expired transaction/i.test(text);
}

/**
 * Each word's weight: BM25's inverse document frequency of the word and the forms it was widened
 * to, from the per-term document counts the index keeps. The number of documents comes from the
 * planner's estimate (exact enough for a logarithm, and free).
 */
async function rarity(db: DbOrTx, groups: Group[]): Promise<number[]> {
  const all = [...new Set(groups.flatMap((g) => g.alternatives))];
  const [counts, [size]] = await Promise.all([
    db.$queryRaw<{ term: string; docs: number }[]>`SELECT term, docs FROM "SearchTerm" WHERE term = ANY(${all}::text[])`,
    db.$queryRaw<{ n: number }[]>`SELECT greatest(reltuples, 0)::float8 AS n FROM pg_class WHERE oid = '"SearchDocument"'::regclass`,
  ]);
  const docs = new Map(counts.map((c) => [c.term, Number(c.docs)]));
  const frequencies = groups.map((g) => g.alternatives.reduce((sum, a) => sum + (docs.get(a) ?? 0), 0));
  const n = Math.max(Number(size?.n ?? 0), ...frequencies, 1);
  return frequencies.map((df) => Math.log(1 + (n - Math.min(df, n) + 0.5) / (Math.min(df, n) + 0.5)));
}

/** A tsquery lexeme, quoted so that the words are taken as they are (already folded and segmented). */
const lexeme = (term: string, weight = "") => `'${term.replace(/\\/g, "\\\\").replace(/'/g, "''")}'${weight}`;
const anyOf = (words: string[], weight = "") => words.map((w) => lexeme(w, weight)).join(" | ");

type Row = {
  results: { kind: SearchKind; entityId: string; slug: string; title: string; excerpt: string; language: Locale; themeSlugs: string[]; score: number }[] | null;
  total: bigint | number;
  kinds: Partial<Record<SearchKind, number>> | null;
  themes: { slug: string; count: number }[] | null;
};

/**
 * SQL: the word's contribution to a document's score, its title part plus its text part (as BM25F
 * adds fields), so that of a forum thread's posts, which share its title, the one whose own text
 * has the word wins. The title part reads the small titleTerms array (the weight-A lexemes).
 */
function groupScore(g: Group, idf: number): Prisma.Sql {
  const widened = g.alternatives.filter((a) => a !== g.term);
  const title = Prisma.sql`(CASE WHEN d."titleTerms" && ${[g.term]}::text[] THEN ${idf * FIELD.exactTitle}::float8
    ${widened.length ? Prisma.sql`WHEN d."titleTerms" && ${widened}::text[] THEN ${idf * FIELD.widenedTitle}::float8` : Prisma.empty}
    ELSE 0 END)`;
  const text = Prisma.sql`(CASE WHEN d.tsv @@ ${lexeme(g.term, ":B")}::tsquery THEN ${idf * FIELD.exactText}::float8
    ${widened.length ? Prisma.sql`WHEN d.tsv @@ ${anyOf(widened, ":B")}::tsquery THEN ${idf * FIELD.widenedText}::float8` : Prisma.empty}
    ELSE 0 END)`;
  return Prisma.sql`(${title} + ${text})`;
}

type PageRow = { results: Row["results"]; sure: bigint | number };

/** A forum thread's posts collapse into the best-scored one (they share its title and link). */
const oneRowPerThread = (from: string) =>
  Prisma.raw(`SELECT * FROM ${from} WHERE kind <> 'FORUM_POST'
    UNION ALL
    (SELECT DISTINCT ON (split_part(slug, ':', 1)) * FROM ${from} WHERE kind = 'FORUM_POST'
     ORDER BY split_part(slug, ':', 1), score DESC, "entityId")`);

const pageJson = Prisma.sql`(SELECT json_agg(x ORDER BY x.score DESC, x.title, x."entityId") FROM (
    SELECT p.kind, p."entityId", p.slug, p.title, d.excerpt, d.language, p."themeSlugs", p.score
    FROM page p JOIN "SearchDocument" d ON d.kind = p.kind AND d."entityId" = p."entityId"
  ) x)`;

async function run(db: DbOrTx, groups: Group[], weights: number[], mode: "all" | "any", input: SearchInput): Promise<Omit<SearchResult, "expanded">> {
  const match = Prisma.sql`d.tsv @@ ${groups.map((g) => `(${anyOf(g.alternatives)})`).join(mode === "all" ? " & " : " | ")}::tsquery`;
  const score = Prisma.join(groups.map((g, i) => groupScore(g, weights[i]!)), " + ");
  const kindFilter = input.kind ? Prisma.sql`kind = ${input.kind}::"SearchKind"` : Prisma.sql`TRUE`;
  const themeFilter = input.theme ? Prisma.sql`${input.theme} = ANY("themeSlugs")` : Prisma.sql`TRUE`;
  const filters = Prisma.sql`${kindFilter} AND ${themeFilter}`;
  // The best a record can score with none of the words in its title: every word exact in its text.
  const withoutTitle = groups.reduce((sum, _, i) => sum + weights[i]! * FIELD.exactText, 0);
  const needed = input.offset + input.limit;

  // Scoring reads each match's tsvector, counting does not (the GIN index answers it), so the
  // page is first ranked among the matches with a word in their title (a small share of a common
  // word's matches): when enough of them score above `withoutTitle`, no other record can come
  // between them and that page is exact. Totals and facets count every match, a thread once.
  const [first] = await db.$queryRaw<(PageRow & Omit<Row, "results">)[]>`
    WITH titled AS MATERIALIZED (
      SELECT d.kind, d."entityId", d.slug, d.title, d."themeSlugs", (${score}) AS score
      FROM "SearchDocument" d
      WHERE ${match} AND d."titleTerms" && ${groups.flatMap((g) => g.alternatives)}::text[] AND ${filters}
    ),
    ranked AS (${oneRowPerThread("titled")}),
    page AS (SELECT * FROM ranked ORDER BY score DESC, title, "entityId" LIMIT ${input.limit} OFFSET ${input.offset}),
    everything AS MATERIALIZED (SELECT d.kind, d."entityId", d.slug, d."themeSlugs", 0 AS score FROM "SearchDocument" d WHERE ${match}),
    m AS (${oneRowPerThread("everything")})
    SELECT
      ${pageJson} AS results,
      (SELECT count(*) FROM ranked WHERE score > ${withoutTitle}::float8) AS sure,
      (SELECT count(*) FROM m WHERE ${filters}) AS total,
      (SELECT json_object_agg(kind, n) FROM (SELECT kind, count(*) AS n FROM m WHERE ${themeFilter} GROUP BY kind) k) AS kinds,
      (SELECT json_agg(json_build_object('slug', theme, 'count', n)) FROM (
        SELECT theme, count(*) AS n FROM m CROSS JOIN LATERAL unnest("themeSlugs") AS theme
        WHERE ${kindFilter} GROUP BY theme ORDER BY n DESC, theme LIMIT 18
      ) t) AS themes`;
  const total = Number(first?.total ?? 0);

  // Otherwise every match is scored (rare words, deep pages, words that are seldom in titles).
  const results =
    Number(first?.sure ?? 0) >= Math.min(needed, total)
      ? first?.results
      : (
          await db.$queryRaw<PageRow[]>`
            WITH scored AS MATERIALIZED (
              SELECT d.kind, d."entityId", d.slug, d.title, d."themeSlugs", (${score}) AS score
              FROM "SearchDocument" d WHERE ${match} AND ${filters}
            ),
            ranked AS (${oneRowPerThread("scored")}),
            page AS (SELECT * FROM ranked ORDER BY score DESC, title, "entityId" LIMIT ${input.limit} OFFSET ${input.offset})
            SELECT ${pageJson} AS results, 0 AS sure`
        )[0]?.results;

  const highlight = groups.flatMap((g) => g.alternatives);
  return {
    total,
    hits: (results ?? []).map((r) => ({
      kind: r.kind,
      entityId: r.entityId,
      slug: r.slug,
      title: highlightParts(r.title, highlight),
      snippet: snippetParts(r.excerpt, highlight),
      language: r.language,
      themeSlugs: r.themeSlugs,
      score: Math.round(r.score * 1000) / 1000,
    })),
    facets: { kinds: first?.kinds ?? {}, themes: first?.themes ?? [] },
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
