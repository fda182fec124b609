import { getDb } from "@/server/db/client";
import { corsHeaders, openDataResponse } from "@/server/opendata/http";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return openDataResponse(getDb, request, "initiatives");
}

export function OPTIONS() {
  return new Response(null, { status: 204, headers: corsHeaders });
}
