import { z } from "zod";
import { FIGURE_IDS, insightFigures, isFigureId } from "@/components/insights/figures";
import { defaultLocale, isLocale, LOCALE_COOKIE, negotiateLocale, type UiLocale } from "@/lib/i18n/config";
import { createTranslator } from "@/lib/i18n/translate";
import { catalogs } from "@/messages";
import { parseCookies } from "@/server/cache/page-cache";
import { getDb } from "@/server/db/client";
import { insightsPageData } from "@/server/insights/cache";
import { standaloneSvg, svgToPng, textOf } from "@/server/insights/chart-image";
import { insightsFilter } from "@/server/insights/schemas";
import { toCsv } from "@/server/opendata/csv";
import { jsonError } from "@/server/opendata/http";

export const dynamic = "force-dynamic";

const chartQuery = z.intersection(insightsFilter, z.object({ format: z.enum(["svg", "png", "csv"]).default("svg") }));

/** The locale the /insights page renders in (lib/i18n/server getLocale), read from this request. */
function localeOf(request: Request): UiLocale {
  const cookie = parseCookies(request.headers.get("cookie") ?? "").get(LOCALE_COOKIE);
  return isLocale(cookie) ? cookie : negotiateLocale(request.headers.get("accept-language"));
}

/**
 * GET /insights/charts/<chart>?format=svg|png|csv plus the page's filters: one chart of /insights as
 * a file, drawn by the same component from the same cached insight, with its title and citation;
 * or the table behind it, as the page shows it.
 */
export async function GET(request: Request, context: { params: Promise<{ chart: string }> }): Promise<Response> {
  const { chart } = await context.params;
  if (!isFigureId(chart)) return jsonError(404, `There is no chart "${chart}". The charts are: ${FIGURE_IDS.join(", ")}.`);
  // An empty form field means "any", as on the page.
  const params = Object.fromEntries([...new URL(request.url).searchParams].filter(([, value]) => value !== ""));
  const parsed = chartQuery.safeParse(params);
  if (!parsed.success) return jsonError(400, "The filters are not valid.", z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
  const { format, ...filter } = parsed.data;
  const locale = localeOf(request);
  const t = createTranslator(catalogs[locale], catalogs[defaultLocale], locale);
  const data = await insightsPageData(getDb(), filter);
  const figure = insightFigures(data, t, locale, () => "")[chart];
  const headers = { "Cache-Control": "no-store", "Content-Disposition": `attachment; filename="concord-${chart}.${format}"` };
  if (format === "csv") return new Response(toCsv(figure.header, figure.rows), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  const svg = standaloneSvg({ title: figure.title, chart: figure.chart, citation: textOf(figure.citation), empty: t("insights.empty") });
  if (format === "svg") return new Response(svg, { headers: { ...headers, "Content-Type": "image/svg+xml; charset=utf-8" } });
  const png = await svgToPng(svg);
  return new Response(new Uint8Array(png), { headers: { ...headers, "Content-Type": "image/png" } });
}
