import type { Db } from "@/server/db/client";
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

/** The query's words, each word's weight, and whether any document holds the word as typed. */
type Expansion = { groups: Group[]; weights: number[]; held: boolean[] };

type VocabularyRow = { query: string | null; term: string | null; docs: number; source: "form" | "near" | "self" | "size" };

/**
 * Each query term with its alternatives: itself, the other forms of it the index holds (same
 * stem), and when the index has never seen it (a typo), the closest indexed words. Known words are
 * not widened by spelling, so "agua" never turns into "age". Then each term's weight: BM25's
 * inverse document frequency of the term and its alternatives, from the per-term document counts
 * the index keeps; the number of documents comes from the planner's estimate (exact enough for a
 * logarithm, and free). One statement reads all of it.
 */
async function expand(db: Db, queryTerms: string[]): Promise<Expansion> {
  const widenable = queryTerms.map((t) => t.length >= MIN_FUZZY_LENGTH && !isCjkTerm(t));
  const prefixes = queryTerms.map((t, i) => (widenable[i] ? stemPrefix(t) : t));
  // Forms: indexed words starting with the word's stem prefix, through the term's primary-key
  // B-tree (the range) and exact on any collation (starts_with). Typos: the closest indexed words
  // by trigram distance, nearest first straight from the GiST index, looked up only for a word the
  // index does not hold (and used only if it has no other form either). One wrong letter in a
  // short word leaves few shared trigrams ("heet"/"heat" share 2 of 8), so words down to a
  // similarity of 0.2 are kept.
  const rows = await db.$queryRaw<VocabularyRow[]>`
    WITH q AS MATERIALIZED (
      -- With how many documents hold the word itself, if any: the first indexed word from it on,
      -- read from the term's B-tree (an equality the planner may send to the trigram index).
      SELECT q.term, q.prefix, q.widenable, k.docs AS known
      FROM unnest(${queryTerms}::text[], ${prefixes}::text[], ${widenable}::boolean[]) AS q(term, prefix, widenable)
      LEFT JOIN LATERAL (
        SELECT f.docs::float8 AS docs FROM (SELECT s.term, s.docs FROM "SearchTerm" s WHERE s.term >= q.term ORDER BY s.term LIMIT 1) f WHERE f.term = q.term
      ) k ON TRUE
    )
    SELECT q.term AS query, f.term, f.docs::float8 AS docs, 'form' AS source
    FROM q CROSS JOIN LATERAL (
      SELECT s.term, s.docs FROM "SearchTerm" s
      WHERE q.widenable AND s.term >= q.prefix AND s.term < (q.prefix || chr(1114111)) AND starts_with(s.term, q.prefix)
      ORDER BY s.term LIMIT ${FORM_CANDIDATES}
    ) f
    UNION ALL
    SELECT q.term, n.term, n.docs::float8, 'near'
    FROM q CROSS JOIN LATERAL (
      SELECT s.term, s.docs, s.term <-> q.term AS distance FROM "SearchTerm" s
      WHERE q.widenable AND q.known IS NULL
      ORDER BY s.term <-> q.term LIMIT ${MAX_ALTERNATIVES}
    ) n
    WHERE n.distance <= ${1 - SIMILARITY_THRESHOLD}
    UNION ALL
    SELECT q.term, q.term, q.known, 'self' FROM q WHERE q.known IS NOT NULL
    UNION ALL
    SELECT NULL, NULL, greatest(reltuples, 0)::float8, 'size' FROM pg_class WHERE oid = '"SearchDocument"'::regclass`;
  const forms = rows.filter((r) => r.source === "form");
  const known = new Set(forms.filter((r) => r.query === r.term).map((r) => r.term));
  const formsOf = (term: string) =>
    forms
      .filter((r) => r.query === term && r.term !== term && r.term !== null && sameStem(term, r.term))
      .map((r) => r.term!)
      .slice(0, MAX_FORMS);
  const groups = queryTerms.map((term, i) => {
    const own = formsOf(term);
    const typo = widenable[i] && !known.has(term) && own.length === 0;
    const near = typo ? rows.filter((r) => r.source === "near" && r.query === term).map((r) => r.term!) : [];
    return { term, alternatives: [...new Set([term, ...own, ...near])] };
  });

  const docs = new Map(rows.filter((r) => r.term !== null).map((r) => [r.term!, Number(r.docs)]));
  const size = Number(rows.find((r) => r.source === "size")?.docs ?? 0);
  const frequencies = groups.map((g) => g.alternatives.reduce((sum, a) => sum + (docs.get(a) ?? 0), 0));
  const n = Math.max(size, ...frequencies, 1);
  const weights = frequencies.map((df) => Math.log(1 + (n - Math.min(df, n) + 0.5) / (Math.min(df, n) + 0.5)));
  return { groups, weights, held: groups.map((g) => (docs.get(g.term) ?? 0) > 0) };
}

export async function search(db: Db, input: SearchInput): Promise<SearchResult> {
  const queryTerms = terms(input.q).slice(0, 8);
  if (!queryTerms.length) return empty;
  const expansion = await answered(input.signal, () => expand(db, queryTerms));
  const { groups } = expansion;
  const [row] = await bounded(db, input, page(db, expansion, input));
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
      score: Math.round(r.score * 1000) / 1000,
    })),
    facets: { kinds: row?.kinds ?? {}, themes: row?.themes ?? [] },
    expanded: groups,
    partial: row?.partial ?? false,
  };
}

/**
 * Runs one statement in a transaction with a statement timeout (and the planner settings search
 * needs), in one batch: no round trip waits on the application in between. When the caller's
 * signal aborts, the caller is answered at once and the statement ends by its timeout at the
 * latest. Either way the caller gets a coded error with a message a person understands, not a stack.
 */
export async function bounded<T>(db: Db, options: { signal?: AbortSignal; timeoutMs?: number }, statement: Prisma.PrismaPromise<T>): Promise<T> {
  const timeout = Math.max(1, Math.round(options.timeoutMs ?? SEARCH_TIMEOUT_MS));
  // A common word matches a third of the index and the planner then prefers reading the whole
  // table, evaluating the match on every row: the GIN bitmap is many times cheaper. Compiling
  // such a query to machine code (JIT, for plans it thinks costly) takes longer than running it.
  // Scoring a common word's matches groups tens of thousands of rows, in memory rather than on disk.
  const settings = db.$queryRaw`SELECT set_config('statement_timeout', ${String(timeout)}, true), set_config('enable_seqscan', 'off', true),
    set_config('jit', 'off', true), set_config('work_mem', '32MB', true)`;
  return answered(options.signal, async () => (await db.$transaction([settings, statement]))[1]);
}

/** The work's answer, or the coded error of a search stopped (by its caller going away or by its timeout). */
async function answered<T>(signal: AbortSignal | undefined, work: () => Promise<T>): Promise<T> {
  if (signal?.aborted) throw searchStopped();
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(searchStopped());
    signal?.addEventListener("abort", onAbort, { once: true });
  });
  try {
    return await Promise.race([work(), aborted]);
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

/** A tsquery lexeme, quoted so that the words are taken as they are (already folded and segmented). */
const lexeme = (term: string) => `'${term.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
const anyOf = (words: string[]) => words.map((w) => lexeme(w)).join(" | ");

type Row = {
  results: { kind: SearchKind; entityId: string; slug: string; title: string; excerpt: string; language: Locale; themeSlugs: string[]; score: number }[] | null;
  total: bigint | number | null;
  partial: boolean | null;
  kinds: Partial<Record<SearchKind, number>> | null;
  themes: { slug: string; count: number }[] | null;
};

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

/**
 * The search as one statement: which records match, the page of them, their total and facets.
 *
 * Every word must match; when no record has them all (a single EXISTS on the GIN index says so),
 * records with any of them. A record's score is, for each query word, its title part (from the
 * small titleTerms array in the row) plus its text part (as BM25F adds fields, so that of a forum
 * thread's posts, which share its title, the one whose own text has the word wins). The text part
 * needs which of the word's alternatives the record holds outside its title: rather than reading
 * every match's tsvector (kept out of line), each alternative's records are found through the GIN
 * index, and a record holds the word in its text when it holds it and its title does not.
 *
 * The page is first ranked among the matches with a word in their title (a small share of a
 * common word's matches): when enough of them score above `withoutTitle`, no other record can come
 * between them and that page is exact. Otherwise every match is scored (rare words, deep pages,
 * words that are seldom in titles). Totals and facets count every match, a thread once, in one
 * pass over the narrow rows, grouped by kind and themes.
 */
function page(db: Db, { groups, weights, held }: Expansion, input: SearchInput): Prisma.PrismaPromise<Row[]> {
  const each = groups.map((g) => `(${anyOf(g.alternatives)})`);
  // Every match, grouped by what the counts need (kind, themes, a forum thread once): the records
  // with every word, or when there are none, those with any of them.
  const grouped = (query: string, gate: Prisma.Sql) => Prisma.sql`
    SELECT kind, "themeSlugs", CASE WHEN thread IS NULL THEN count(*) ELSE 1 END AS n
    FROM (
      SELECT d.kind, d."themeSlugs", CASE WHEN d.kind = 'FORUM_POST' THEN split_part(d.slug, ':', 1) END AS thread
      FROM "SearchDocument" d WHERE d.tsv @@ ${query}::tsquery AND ${gate}
    ) m
    GROUP BY kind, "themeSlugs", thread`;
  const matching =
    groups.length === 1
      ? Prisma.sql`every AS MATERIALIZED (${grouped(each[0]!, Prisma.sql`TRUE`)}),
          mode AS MATERIALIZED (SELECT ${each[0]}::tsquery AS query, FALSE AS partial),
          matches AS (SELECT * FROM every)`
      : Prisma.sql`every AS MATERIALIZED (${grouped(each.join(" & "), Prisma.sql`TRUE`)}),
          partly AS MATERIALIZED (${grouped(each.join(" | "), Prisma.sql`NOT EXISTS (SELECT 1 FROM every)`)}),
          mode AS MATERIALIZED (
            SELECT CASE WHEN e.found THEN ${each.join(" & ")}::tsquery ELSE ${each.join(" | ")}::tsquery END AS query, NOT e.found AS partial
            FROM (SELECT EXISTS (SELECT 1 FROM every) AS found OFFSET 0) e
          ),
          matches AS (SELECT * FROM every UNION ALL SELECT * FROM partly)`;
  // Where a word occurs and how it was found, as a share of its rarity (see FIELD). Its title part
  // comes from the row's titleTerms. Its text part counts when the title does not already hold the
  // word typed: the word typed in the text, or when the title has none of its forms, another form
  // or a corrected spelling in the text. (The tsvector holds a word of the title once, with weight
  // A, so a repeat in the text was never seen: nor is another form of it now.) Which records hold
  // the word typed, or in a partial search any of its alternatives, is found through the GIN
  // index, one lookup per word: the tsvectors, kept out of line, are never read.
  const lookups = groups.flatMap((g, i) => {
    const others = each.filter((_, j) => j !== i);
    const widened = g.alternatives.filter((a) => a !== g.term);
    return [
      { query: lexeme(g.term), group: i, exact: true },
      ...(widened.length ? [{ query: `(${anyOf(widened)})`, group: i, exact: false }] : []),
    ].map((l) => ({ ...l, withOthers: [l.query, ...others].join(" & ") }));
  });
  const titleScore = Prisma.join(
    groups.map((g, i) => {
      const widened = g.alternatives.filter((a) => a !== g.term);
      return Prisma.sql`(CASE WHEN d."titleTerms" && ${[g.term]}::text[] THEN ${weights[i]! * FIELD.exactTitle}::float8
        ${widened.length ? Prisma.sql`WHEN d."titleTerms" && ${widened}::text[] THEN ${weights[i]! * FIELD.widenedTitle}::float8` : Prisma.empty}
        ELSE 0 END)`;
    }),
    " + ",
  );
  // In a search for every word, a record without the word typed and with none of its forms in
  // its title holds one of them in its text.
  const textScore = Prisma.join(
    groups.map(
      (g, i) => Prisma.sql`(CASE WHEN NOT d."titleTerms" && ${[g.term]}::text[] AND coalesce(${i}::int = ANY(d.exact), FALSE) THEN ${weights[i]! * FIELD.exactText}::float8
        WHEN NOT d."titleTerms" && ${g.alternatives}::text[] AND (NOT (SELECT partial FROM mode) OR coalesce(${i}::int = ANY(d.widened), FALSE)) THEN ${weights[i]! * FIELD.widenedText}::float8
        ELSE 0 END)`,
    ),
    " + ",
  );
  const kindFilter = input.kind ? Prisma.sql`kind = ${input.kind}::"SearchKind"` : Prisma.sql`TRUE`;
  const themeFilter = input.theme ? Prisma.sql`${input.theme} = ANY("themeSlugs")` : Prisma.sql`TRUE`;
  const filters = Prisma.sql`${kindFilter} AND ${themeFilter}`;
  const documentFilters = Prisma.sql`${input.kind ? Prisma.sql`d.kind = ${input.kind}::"SearchKind"` : Prisma.sql`TRUE`}
    AND ${input.theme ? Prisma.sql`${input.theme} = ANY(d."themeSlugs")` : Prisma.sql`TRUE`}`;
  // The matching records with their scores: each match once, with the words the lookups found in
  // it, grouped in one pass (OFFSET 0 keeps each word's lookup one of its own, rather than a test
  // of every row's tsvector).
  const scored = (where: Prisma.Sql) => Prisma.sql`
    SELECT d.kind, d."entityId", d.slug, d.title, d."themeSlugs", (${titleScore}) + ${textScore} AS score
    FROM (
      SELECT u.kind, u."entityId", min(u.slug) AS slug, min(u.title) AS title, min(u."themeSlugs") AS "themeSlugs", min(u."titleTerms") AS "titleTerms",
        array_agg(u.g) FILTER (WHERE u.exact) AS exact, array_agg(u.g) FILTER (WHERE NOT u.exact) AS widened
      FROM (
        SELECT d.kind, d."entityId", d.slug, d.title, d."themeSlugs", d."titleTerms", NULL::int AS g, NULL::boolean AS exact
        FROM "SearchDocument" d WHERE d.tsv @@ (SELECT query FROM mode) AND ${where}
        UNION ALL
        SELECT h.kind, h."entityId", NULL, NULL, NULL, NULL, a.g, a.exact
        FROM unnest(${lookups.map((l) => l.query)}::text[], ${lookups.map((l) => l.withOthers)}::text[], ${lookups.map((l) => l.group)}::int[],
          ${lookups.map((l) => l.exact)}::boolean[]) AS a(alone, with_others, g, exact)
        CROSS JOIN LATERAL (
          SELECT d.kind, d."entityId" FROM "SearchDocument" d
          WHERE (a.exact OR (SELECT partial FROM mode))
            AND d.tsv @@ (CASE WHEN (SELECT partial FROM mode) THEN a.alone ELSE a.with_others END)::tsquery AND ${where}
          OFFSET 0
        ) h
      ) u
      GROUP BY u.kind, u."entityId"
    ) d`;
  // Among the matches with a word in their title, most scores are known from titleTerms alone:
  // each word's text part lies between bounds that titleTerms sets (none when its title holds the
  // word typed; at least another form's share when it holds none of the forms and every word must
  // match; nothing from the word typed when no document holds it). Only the records whose upper
  // bound reaches the page have their text part looked up, in their own tsvector.
  const partial = Prisma.sql`(SELECT partial FROM mode)`;
  // On flags read once per record: whether its title holds the word typed (e0, e1…), or any of its forms (t0, t1…).
  const flags = Prisma.join(
    groups.map((g, i) => Prisma.sql`d."titleTerms" && ${[g.term]}::text[] AS ${Prisma.raw(`e${i}`)}, d."titleTerms" && ${g.alternatives}::text[] AS ${Prisma.raw(`t${i}`)}`),
    ", ",
  );
  const flagged = (i: number) => ({ typed: Prisma.raw(`f.e${i}`), any: Prisma.raw(`f.t${i}`) });
  const titleOnFlags = Prisma.join(
    groups.map((_, i) => {
      const f = flagged(i);
      return Prisma.sql`(CASE WHEN ${f.typed} THEN ${weights[i]! * FIELD.exactTitle}::float8 WHEN ${f.any} THEN ${weights[i]! * FIELD.widenedTitle}::float8 ELSE 0 END)`;
    }),
    " + ",
  );
  const bound = (side: "low" | "high") =>
    Prisma.join(
      groups.map((g, i) => {
        const f = flagged(i);
        const exact = weights[i]! * FIELD.exactText;
        const widened = g.alternatives.length > 1 ? weights[i]! * FIELD.widenedText : exact;
        if (side === "low") return Prisma.sql`(CASE WHEN ${partial} OR ${f.any} THEN 0 ELSE ${held[i] ? widened : weights[i]! * FIELD.widenedText}::float8 END)`;
        return Prisma.sql`(CASE WHEN ${f.typed} THEN 0 WHEN ${f.any} THEN ${held[i] ? exact : 0}::float8 ELSE ${held[i] ? exact : weights[i]! * FIELD.widenedText}::float8 END)`;
      }),
      " + ",
    );
  const textInTsv = Prisma.join(
    groups.map((g, i) => {
      const widened = g.alternatives.filter((a) => a !== g.term);
      return Prisma.sql`(CASE WHEN NOT d."titleTerms" && ${[g.term]}::text[] AND d.tsv @@ ${lexeme(g.term)}::tsquery THEN ${weights[i]! * FIELD.exactText}::float8
        WHEN NOT d."titleTerms" && ${g.alternatives}::text[] AND (NOT ${partial} ${widened.length ? Prisma.sql`OR d.tsv @@ ${anyOf(widened)}::tsquery` : Prisma.empty})
          THEN ${weights[i]! * FIELD.widenedText}::float8
        ELSE 0 END)`;
    }),
    " + ",
  );
  // The best a record can score with none of the words in its title: every word exact in its text.
  const withoutTitle = groups.reduce((sum, _, i) => sum + weights[i]! * FIELD.exactText, 0);
  const needed = input.offset + input.limit;
  const ordered = Prisma.sql`ORDER BY score DESC, title, "entityId" LIMIT ${input.limit} OFFSET ${input.offset}`;

  return db.$queryRaw<Row[]>`
    WITH ${matching},
    bounds AS MATERIALIZED (
      SELECT f.kind, f."entityId", f.slug, f.title, f."themeSlugs", (${titleOnFlags}) AS title_score, (${bound("low")}) AS low, (${bound("high")}) AS high
      FROM (
        SELECT d.kind, d."entityId", d.slug, d.title, d."themeSlugs", ${flags}
        FROM "SearchDocument" d
        WHERE d.tsv @@ (SELECT query FROM mode) AND d."titleTerms" && ${groups.flatMap((g) => g.alternatives)}::text[] AND ${documentFilters}
        OFFSET 0
      ) f
    ),
    lowest AS MATERIALIZED (
      SELECT title_score + low AS score FROM bounds WHERE kind <> 'FORUM_POST'
      UNION ALL
      SELECT max(title_score + low) FROM bounds WHERE kind = 'FORUM_POST' GROUP BY split_part(slug, ':', 1)
    ),
    reach AS MATERIALIZED (
      SELECT coalesce((SELECT score FROM lowest ORDER BY score DESC OFFSET ${needed - 1} LIMIT 1), '-Infinity'::float8) - 1e-9 AS score
    ),
    titled AS MATERIALIZED (
      SELECT b.kind, b."entityId", b.slug, b.title, b."themeSlugs",
        b.title_score + CASE WHEN b.high - b.low < 1e-9 THEN b.low
          ELSE (SELECT ${textInTsv} FROM "SearchDocument" d WHERE d.kind = b.kind AND d."entityId" = b."entityId") END AS score
      FROM bounds b WHERE b.title_score + b.high >= (SELECT score FROM reach)
    ),
    ranked AS (${oneRowPerThread("titled")}),
    counted AS MATERIALIZED (SELECT coalesce(sum(n), 0)::bigint AS total FROM matches WHERE ${filters}),
    enough AS MATERIALIZED (
      SELECT (SELECT count(*) FROM lowest WHERE score > ${withoutTitle}::float8) >= least(${needed}::bigint, (SELECT total FROM counted)) AS yes
    ),
    everything AS MATERIALIZED (${scored(documentFilters)}),
    page AS (
      (SELECT * FROM ranked WHERE (SELECT yes FROM enough) ${ordered})
      UNION ALL
      (SELECT * FROM (${oneRowPerThread("everything")}) e WHERE NOT (SELECT yes FROM enough) ${ordered})
    )
    SELECT
      ${pageJson} AS results,
      (SELECT total FROM counted) AS total,
      (SELECT partial FROM mode) AS partial,
      (SELECT json_object_agg(kind, n) FROM (SELECT kind, sum(n) AS n FROM matches WHERE ${themeFilter} GROUP BY kind) k) AS kinds,
      (SELECT json_agg(json_build_object('slug', theme, 'count', n)) FROM (
        SELECT theme, sum(n) AS n FROM matches CROSS JOIN LATERAL unnest("themeSlugs") AS theme
        WHERE ${kindFilter} GROUP BY theme ORDER BY n DESC, theme LIMIT 18
      ) t) AS themes`;
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
