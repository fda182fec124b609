import { getDb } from "@/server/db/client";
import { corsHeaders } from "@/server/opendata/http";
import { insightResponse } from "@/server/insights/http";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return insightResponse(getDb, request, "duplication");
}

export function OPTIONS() {
  return new Response(null, { status: 204, headers: corsHeaders });
}
