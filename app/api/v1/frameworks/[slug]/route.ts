import { getDb } from "@/server/db/client";
import { frameworkResponse } from "@/server/opendata/frameworks";
import { corsHeaders } from "@/server/opendata/http";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return frameworkResponse(getDb, request, (await params).slug);
}

export function OPTIONS() {
  return new Response(null, { status: 204, headers: corsHeaders });
}
