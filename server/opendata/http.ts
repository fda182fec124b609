import { z } from "zod";
import type { Db } from "@/server/db/client";
import { toCsv } from "./csv";
import { cityCsv, networkCsv, openCities, openNetworks } from "./data";
import { parseOpenDataQuery, type OpenDataQuery } from "./query";

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

export type OpenResource = "networks" | "cities";

/** GET /api/v1/<resource>: JSON by default, CSV with ?format=csv; never a stack trace. */
export async function openDataResponse(getDb: () => Db, request: Request, resource: OpenResource): Promise<Response> {
  try {
    const db = getDb();
    const url = new URL(request.url);
    const parsed = parseOpenDataQuery(url.searchParams);
    if (!parsed.success) {
      return jsonError(400, "The query is not valid.", z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
    }
    const query = parsed.data;
    const { nextCursor, ...page } = await loadPage(db, resource, query, url.origin);
    if (query.format === "json") return Response.json({ data: page.data, nextCursor }, { headers: corsHeaders });

    const headers = new Headers({ ...corsHeaders, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `inline; filename="${resource}.csv"` });
    if (nextCursor) {
      const next = new URL(url);
      next.searchParams.set("cursor", nextCursor);
      headers.set("Link", `<${next.toString()}>; rel="next"`);
      headers.set("X-Next-Cursor", nextCursor);
    }
    return new Response(toCsv(page.header, page.rows), { headers });
  } catch (error) {
    console.error(error);
    return jsonError(500, "Something went wrong");
  }
}

/** The page's items, and the same items as CSV rows under their header. */
async function loadPage(db: Db, resource: OpenResource, query: OpenDataQuery, baseUrl: string) {
  if (resource === "networks") {
    const page = await openNetworks(db, query, baseUrl);
    return { ...page, header: networkCsv.header, rows: page.data.map(networkCsv.row) };
  }
  const page = await openCities(db, query, baseUrl);
  return { ...page, header: cityCsv.header, rows: page.data.map(cityCsv.row) };
}
