import { getTranslator } from "@/lib/i18n/server";
import { getContext } from "@/server/auth/session";
import { networkExportResponse } from "@/server/networks/export";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const [{ slug }, ctx, { t }] = await Promise.all([params, getContext(), getTranslator()]);
  return networkExportResponse(ctx, slug, t);
}
