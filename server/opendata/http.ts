import { AppError } from "@/server/errors";
import { z } from "zod";
import type { Db } from "@/server/db/client";
import { isDatabaseBusy, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/server/db/faults";
import { toCsv, type CsvCell } from "./csv";
import { cityCsv, networkCsv, openCities, openNetworks, type Page } from "./data";
import { adoptionCsv, initiativeCsv, openAdoptions, openInitiatives, openPractices, openSimilarInitiatives, practiceCsv, similarCsv } from "./knowledge";
import { parseAdoptionQuery, parseOpenDataQuery, parseSearchQuery, parseSimilarQuery } from "./query";
import { openSearch, searchCsv } from "./search";

// Open data is readable from any site's scripts: no credentials are involved.
export const corsHeaders = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type",
  "Access-Control-Expose-Headers": "Link, X-Next-Cursor",
} as const;

/** `{ "error": { "message", "fieldErrors"? } }` with the CORS headers every answer carries. */
export function jsonError(status: number, message: string, fieldErrors?: Record<string, string[]>): Response {
  return Response.json({ error: fieldErrors ? { message, fieldErrors } : { message } }, { status, headers: corsHeaders });
}

export type OpenResource = "networks" | "cities" | "initiatives" | "practices" | "adoptions";

type Parsed<T> = { success: true; data: T } | { success: false; error: z.ZodError };
/** `data` is a page of rows, or one object (an insight) whose main table is the CSV. */
type Table = { data: unknown[] | object; nextCursor: string | null; header: readonly string[]; rows: CsvCell[][] };

/**
 * The shared frame of every open-data answer: parse the query (400 with the reasons when it is not
 * valid), load, then answer JSON by default or CSV with ?format=csv; never a stack trace.
 */
export async function answer<Q extends { format: "json" | "csv" }>(
  getDb: () => Db,
  request: Request,
  filename: string,
  parse: (params: URLSearchParams) => Parsed<Q>,
  load: (db: Db, query: Q, baseUrl: string) => Promise<Table | Response>,
): Promise<Response> {
  try {
    const db = getDb();
    const url = new URL(request.url);
    const parsed = parse(url.searchParams);
    if (!parsed.success) {
      return jsonError(400, "The query is not valid.", z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
    }
    const query = parsed.data;
    const loaded = await load(db, query, url.origin);
    if (loaded instanceof Response) return loaded;
    const { header, rows, ...body } = loaded;
    const { nextCursor } = body;
    if (query.format === "json") return Response.json(body, { headers: corsHeaders });

    const headers = new Headers({ ...corsHeaders, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `inline; filename="${filename}.csv"` });
    if (nextCursor) {
      const next = new URL(url);
      next.searchParams.set("cursor", nextCursor);
      headers.set("Link", `<${next.toString()}>; rel="next"`);
      headers.set("X-Next-Cursor", nextCursor);
    }
    return new Response(toCsv(header, rows), { headers });
  } catch (error) {
    if (error instanceof AppError && error.message === "errors.searchTimeout") {
      return jsonError(503, "The search took too long and was stopped. Try fewer or more specific words.");
    }
    if (isDatabaseUnavailable(error) || isDatabaseBusy(error)) {
      const response = jsonError(503, "Concord is temporarily unavailable. Please try again shortly.");
      response.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
      return response;
    }
    console.error(error);
    return jsonError(500, "Something went wrong");
  }
}

/** The page's items, and the same items as CSV rows under their header. */
export const table = <T>(page: Page<T>, csv: { header: readonly string[]; row: (item: T) => CsvCell[] }): Table => ({
  data: page.data,
  nextCursor: page.nextCursor,
  header: csv.header,
  rows: page.data.map(csv.row),
});

/** GET /api/v1/<resource>: keyset-paged lists. */
export function openDataResponse(getDb: () => Db, request: Request, resource: OpenResource): Promise<Response> {
  switch (resource) {
    case "networks":
      return answer(getDb, request, resource, parseOpenDataQuery, async (db, q, base) => table(await openNetworks(db, q, base), networkCsv));
    case "cities":
      return answer(getDb, request, resource, parseOpenDataQuery, async (db, q, base) => table(await openCities(db, q, base), cityCsv));
    case "initiatives":
      return answer(getDb, request, resource, parseOpenDataQuery, async (db, q, base) => table(await openInitiatives(db, q, base), initiativeCsv));
    case "practices":
      return answer(getDb, request, resource, parseOpenDataQuery, async (db, q, base) => table(await openPractices(db, q, base), practiceCsv));
    case "adoptions":
      return answer(getDb, request, resource, parseAdoptionQuery, async (db, q, base) => table(await openAdoptions(db, q, base), adoptionCsv));
  }
}

/** GET /api/v1/search?q=&type=: ranked hits, paged by position. */
export function searchResponse(getDb: () => Db, request: Request): Promise<Response> {
  return answer(getDb, request, "search", parseSearchQuery, async (db, query, base) => {
    // The search stops when the client goes away (request.signal aborts).
    const page = await openSearch(db, query, base, request.signal);
    return { ...page, header: searchCsv.header, rows: page.data.map(searchCsv.row) };
  });
}

/** GET /api/v1/initiatives/<slug>/similar: 404 when the initiative is unknown or not published. */
export function similarResponse(getDb: () => Db, request: Request, slug: string): Promise<Response> {
  return answer(getDb, request, "similar", parseSimilarQuery, async (db, query, base) => {
    const similar = await openSimilarInitiatives(db, slug, query.limit, base);
    if (!similar) return jsonError(404, "No published initiative has this slug.");
    return table({ data: similar, nextCursor: null }, similarCsv);
  });
}
