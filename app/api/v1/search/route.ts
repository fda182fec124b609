import { getDb } from "@/server/db/client";
import { corsHeaders, searchResponse } from "@/server/opendata/http";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return searchResponse(getDb, request);
}

export function OPTIONS() {
  return new Response(null, { status: 204, headers: corsHeaders });
}
