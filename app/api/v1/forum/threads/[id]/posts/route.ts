import { getDb } from "@/server/db/client";
import { forumPostsResponse } from "@/server/opendata/forum";
import { corsHeaders } from "@/server/opendata/http";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return forumPostsResponse(getDb, request, (await params).id);
}

export function OPTIONS() {
  return new Response(null, { status: 204, headers: corsHeaders });
}
