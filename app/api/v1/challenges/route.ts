import { getDb } from "@/server/db/client";
import { challengesResponse } from "@/server/opendata/challenges";
import { corsHeaders } from "@/server/opendata/http";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return challengesResponse(getDb, request);
}

export function OPTIONS() {
  return new Response(null, { status: 204, headers: corsHeaders });
}
