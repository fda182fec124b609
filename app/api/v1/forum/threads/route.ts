import { getDb } from "@/server/db/client";
import { forumThreadsResponse } from "@/server/opendata/forum";
import { corsHeaders } from "@/server/opendata/http";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return forumThreadsResponse(getDb, request);
}

export function OPTIONS() {
  return new Response(null, { status: 204, headers: corsHeaders });
}
