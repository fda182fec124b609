import { getDb } from "@/server/db/client";
import { frameworksResponse } from "@/server/opendata/frameworks";
import { corsHeaders } from "@/server/opendata/http";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return frameworksResponse(getDb, request);
}

export function OPTIONS() {
  return new Response(null, { status: 204, headers: corsHeaders });
}
