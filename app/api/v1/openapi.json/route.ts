import { corsHeaders } from "@/server/opendata/http";
import { openApiDocument } from "@/server/opendata/openapi";

export const dynamic = "force-static";

export function GET() {
  return Response.json(openApiDocument(), { headers: corsHeaders });
}

export function OPTIONS() {
  return new Response(null, { status: 204, headers: corsHeaders });
}
