import type { Metadata } from "next";
import { regionLabel } from "@/components/cities/labels";
import { Figure } from "@/components/insights/figure";
import { insightFigures, type FigureId } from "@/components/insights/figures";
import { themeName } from "@/components/networks/labels";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { Input, Label, Select } from "@/components/ui/form";
import { getTranslator } from "@/lib/i18n/server";
import { first, pageHref, type SearchParams } from "@/lib/search-params";
import { getDb } from "@/server/db/client";
import { insightsPageData } from "@/server/insights/cache";
import { insightsFilter, type InsightsFilter } from "@/server/insights/schemas";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("insights.title"), description: t("insights.description") };
}

export default async function InsightsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { t, locale } = await getTranslator();
  const raw = { region: first(params.region), theme: first(params.theme), from: first(params.from) || undefined, to: first(params.to) || undefined };
  const parsed = insightsFilter.safeParse(raw);
  const filter: InsightsFilter = parsed.success ? parsed.data : {};
  const data = await insightsPageData(getDb(), filter);
  const query: Record<string, string | undefined> = { region: filter.region, theme: filter.theme, from: filter.from?.toString(), to: filter.to?.toString() };
  const csv = (kind: string) => pageHref(`/api/v1/insights/${kind}`, { ...query, format: "csv" }, 1);
  const figures = insightFigures(data, t, locale, csv);
  const chartHref = (id: FigureId, format: "svg" | "png" | "csv") => pageHref(`/insights/charts/${id}`, { ...query, format }, 1);
  // Figures of an open-data endpoint download its CSV; the others their own table's.
  const links = (id: FigureId) => ({ csvHref: figures[id].csvHref ?? chartHref(id, "csv"), svgHref: chartHref(id, "svg"), pngHref: chartHref(id, "png") });
  const filtered = Object.values(query).some(Boolean);
  const common = { csvLabel: t("insights.downloadCsv"), svgLabel: t("insights.downloadSvg"), pngLabel: t("insights.downloadPng"), tableLabel: t("insights.table") };

  return (
    <div className="space-y-8">
      <PageHeader title={t("insights.title")} description={t("insights.description")} />
      <form method="get" action="/insights" aria-label={t("insights.filters.label")} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5">
        <div className="space-y-1">
          <Label htmlFor="insights-region">{t("insights.filters.region")}</Label>
          <Select id="insights-region" name="region" defaultValue={filter.region ?? ""}>
            <option value="">{t("insights.filters.any")}</option>
            {data.regions.map((r) => <option key={r} value={r}>{regionLabel(t, r)}</option>)}
          </Select>
        </div>
        <div className="space-y-1">
          <Label htmlFor="insights-theme">{t("insights.filters.theme")}</Label>
          <Select id="insights-theme" name="theme" defaultValue={filter.theme ?? ""}>
            <option value="">{t("insights.filters.any")}</option>
            {data.themes.map((th) => <option key={th.slug} value={th.slug}>{themeName(th, locale)}</option>)}
          </Select>
        </div>
        <div className="space-y-1">
          <Label htmlFor="insights-from">{t("insights.filters.from")}</Label>
          <Input id="insights-from" name="from" type="number" min={1800} max={2100} defaultValue={filter.from ?? ""} />
        </div>
        <div className="space-y-1">
          <Label htmlFor="insights-to">{t("insights.filters.to")}</Label>
          <Input id="insights-to" name="to" type="number" min={1800} max={2100} defaultValue={filter.to ?? ""} />
        </div>
        <div className="flex items-end gap-2">
          <Button type="submit">{t("insights.filters.apply")}</Button>
          {filtered ? <ButtonLink href="/insights" variant="ghost">{t("insights.filters.reset")}</ButtonLink> : null}
        </div>
      </form>
      {parsed.success ? null : <Alert tone="error">{t("insights.filters.invalid")}</Alert>}
      <p className="text-sm text-slate-700">{t("insights.ecosystem.smaller")} {t("insights.downloadsNote")}</p>

      <section aria-labelledby="coverage-heading" className="space-y-4">
        <h2 id="coverage-heading" className="text-lg font-semibold text-slate-900">{t("insights.coverage.heading")}</h2>
        <Figure {...figures.coverage} {...links("coverage")} {...common} />
        <Figure {...figures.heatmap} {...links("heatmap")} {...common} />
        <Figure {...figures.demand} {...links("demand")} {...common} />
      </section>

      <section aria-labelledby="duplication-heading" className="space-y-4">
        <h2 id="duplication-heading" className="text-lg font-semibold text-slate-900">{t("insights.duplication.heading")}</h2>
        <Figure {...figures.duplication} {...links("duplication")} {...common} />
      </section>

      <section aria-labelledby="overlap-heading" className="space-y-4">
        <h2 id="overlap-heading" className="text-lg font-semibold text-slate-900">{t("insights.overlap.heading")}</h2>
        <Figure {...figures.overlap} {...links("overlap")} {...common} />
      </section>

      <section aria-labelledby="spillover-heading" className="space-y-4">
        <h2 id="spillover-heading" className="text-lg font-semibold text-slate-900">{t("insights.spillover.heading")}</h2>
        <Figure {...figures.spillover} {...links("spillover")} {...common} />
        <Figure {...figures.timeline} {...links("timeline")} {...common} />
      </section>

      <section aria-labelledby="ecosystem-heading" className="space-y-4">
        <h2 id="ecosystem-heading" className="text-lg font-semibold text-slate-900">{t("insights.ecosystem.heading")}</h2>
        <Figure {...figures.founded} {...links("founded")} {...common} />
        <Figure {...figures.regions} {...links("regions")} {...common} />
        <Figure {...figures.histogram} {...links("histogram")} {...common} />
        <Figure {...figures.map} {...links("map")} {...common} />
      </section>
    </div>
  );
}
