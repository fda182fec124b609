import { getDb } from "@/server/db/client";
import { checkDatabase } from "@/server/db/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase(getDb());
  return Response.json(
    { status: database.ok ? "ok" : "unavailable", database },
    { status: database.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
