import { getDb } from "@/server/db/client";
import { exchangeResponse } from "@/server/opendata/exchange";
import { corsHeaders } from "@/server/opendata/http";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return exchangeResponse(getDb, request);
}

export function OPTIONS() {
  return new Response(null, { status: 204, headers: corsHeaders });
}
