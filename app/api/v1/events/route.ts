import { getDb } from "@/server/db/client";
import { eventsResponse } from "@/server/opendata/events";
import { corsHeaders } from "@/server/opendata/http";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return eventsResponse(getDb, request);
}

export function OPTIONS() {
  return new Response(null, { status: 204, headers: corsHeaders });
}
