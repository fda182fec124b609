import type { Db } from "@/server/db/client";
import { search, type SnippetPart } from "@/server/search/query";
import { encodeOffsetCursor, MAX_OFFSET } from "./cursor";
import type { CsvCell } from "./csv";
import type { SearchQuery } from "./query";
import { kindFromParam, kindHref, kindParam, type SearchType } from "@/lib/search-kinds";

// GET /api/v1/search: the same ranked search as the /search page, as plain text with the matched
// stretches given as [start, end) offsets in Unicode code points (not UTF-16 units), so programs in
// any language can cut them out.

export type OpenSearchHit = {
  type: SearchType;
  slug: string;
  title: string;
  snippet: string;
  highlights: { title: [number, number][]; snippet: [number, number][] };
  language: string;
  themes: string[];
  score: number;
  url: string;
};

export type OpenSearchPage = {
  data: OpenSearchHit[];
  nextCursor: string | null;
  total: number;
  /** Always false since search ranks every match (issue 12); kept so existing clients keep working. */
  capped: false;
  /** True when no record had every word, and records with any of them are listed. */
  partial: boolean;
  /** Each query word (folded) with the indexed words it also matched, for typo tolerance. */
  expanded: { term: string; alsoMatched: string[] }[];
};


/** The parts joined into plain text, and where the hits are in it (code points). */
export function flatten(parts: SnippetPart[]): { text: string; ranges: [number, number][] } {
  let text = "";
  let at = 0;
  const ranges: [number, number][] = [];
  for (const part of parts) {
    const length = [...part.text].length;
    if (part.hit && length) ranges.push([at, at + length]);
    text += part.text;
    at += length;
  }
  return { text, ranges };
}

export async function openSearch(db: Db, query: Pick<SearchQuery, "q" | "type" | "theme" | "limit" | "cursor">, baseUrl: string, signal?: AbortSignal): Promise<OpenSearchPage> {
  const result = await search(db, {
    signal,
    q: query.q,
    kind: kindFromParam(query.type),
    theme: query.theme,
    limit: query.limit,
    offset: query.cursor,
  });
  const next = query.cursor + query.limit;
  return {
    data: result.hits.map((hit) => {
      const type = kindParam[hit.kind];
      const title = flatten(hit.title);
      const snippet = flatten(hit.snippet);
      return {
        type,
        slug: hit.slug,
        title: title.text,
        snippet: snippet.text,
        highlights: { title: title.ranges, snippet: snippet.ranges },
        language: hit.language,
        themes: hit.themeSlugs,
        score: hit.score,
        url: `${baseUrl}${kindHref(hit.kind, hit.slug)}`,
      };
    }),
    nextCursor: next < result.total && next <= MAX_OFFSET ? encodeOffsetCursor(next) : null,
    total: result.total,
    capped: false,
    partial: result.partial,
    expanded: result.expanded.map((e) => ({ term: e.term, alsoMatched: e.alternatives.filter((a) => a !== e.term) })),
  };
}

export const searchCsv = {
  header: ["type", "slug", "title", "snippet", "language", "themes", "score", "url"],
  row: (h: OpenSearchHit): CsvCell[] => [h.type, h.slug, h.title, h.snippet, h.language, h.themes, h.score, h.url],
} as const;
