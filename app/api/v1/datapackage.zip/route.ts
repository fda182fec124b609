import { getDb } from "@/server/db/client";
import { dataPackageZip } from "@/server/opendata/datapackage";
import { corsHeaders, jsonError } from "@/server/opendata/http";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const zip = await dataPackageZip(getDb(), new URL(request.url).origin);
    return new Response(zip as Uint8Array<ArrayBuffer>, {
      headers: { ...corsHeaders, "Content-Type": "application/zip", "Content-Disposition": 'attachment; filename="concord-open-data.zip"' },
    });
  } catch (error) {
    console.error(error);
    return jsonError(500, "Something went wrong");
  }
}

export function OPTIONS() {
  return new Response(null, { status: 204, headers: corsHeaders });
}
