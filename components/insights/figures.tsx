import type { ReactNode } from "react";
import { regionLabel } from "@/components/cities/labels";
import { BarChart, LineChart, NetworkGraph, WorldMap } from "@/components/insights/charts";
import { Heatmap } from "@/components/insights/matrix";
import { themeName } from "@/components/networks/labels";
import type { UiLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { insightsPageData } from "@/server/insights/cache";
import { demandFirst } from "@/server/insights/service";

export const FIGURE_IDS = ["coverage", "heatmap", "demand", "duplication", "overlap", "spillover", "timeline", "founded", "regions", "histogram", "map"] as const;
export type FigureId = (typeof FIGURE_IDS)[number];
export const isFigureId = (value: string): value is FigureId => (FIGURE_IDS as readonly string[]).includes(value);

export type FigureSpec = { id: FigureId; title: string; chart: ReactNode; citation: ReactNode; csvHref?: string; header: string[]; rows: (string | number)[][] };

/**
 * Every chart of /insights with its title, citation and table, built once from the page data so
 * the page and the SVG/PNG download route draw exactly the same figure. `csv(kind)` is the link
 * to the open-data CSV of an insight.
 */
export function insightFigures(data: Awaited<ReturnType<typeof insightsPageData>>, t: Translate, locale: UiLocale, csv: (kind: string) => string): Record<FigureId, FigureSpec> {
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const count = new Intl.NumberFormat(locale);
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const themeLabel = new Map(data.themes.map((th) => [th.slug, themeName(th, locale)]));
  const names = new Map(data.overlap.nodes.map((n) => [n.slug, n.name]));
  const { coverage, overlap, spillover, ecosystem, duplication } = data;
  const heat = new Map(coverage.heatmap.cells.map((c) => [`${c.network ?? ""}|${c.theme}`, c.initiatives]));
  const heatRows = [
    ...coverage.heatmap.networks.map((n) => ({ key: n.slug, label: n.name })),
    ...(coverage.heatmap.otherNetworks ? [{ key: "", label: t("insights.heatmap.other", { count: coverage.heatmap.otherNetworks }), muted: true }] : []),
  ];
  const heatColumns = coverage.themes.map((th) => ({ key: th.slug, label: themeLabel.get(th.slug) ?? th.name }));
  // The duplication matrix: clusters as rows, the networks taking part in most clusters as columns.
  const clusterNetworks = new Map<string, { name: string; clusters: number }>();
  for (const c of duplication.clusters) for (const n of c.networks) clusterNetworks.set(n.slug, { name: n.name, clusters: (clusterNetworks.get(n.slug)?.clusters ?? 0) + 1 });
  const dupColumns = [...clusterNetworks.entries()].sort((a, b) => b[1].clusters - a[1].clusters || a[0].localeCompare(b[0])).slice(0, 20).map(([slug, n]) => ({ key: slug, label: n.name }));
  const dupRows = duplication.clusters.slice(0, 15).map((c) => ({ key: String(c.id), label: `${c.id}. ${c.initiatives[0]?.title ?? ""}` }));
  const dupValue = new Map(duplication.clusters.flatMap((c) => c.networks.map((n) => [`${String(c.id)}|${n.slug}` as string, c.initiatives.filter((i) => i.networks.includes(n.slug)).length] as const)));
  const demand = demandFirst(coverage.themes);
  // Networks without a recorded region would dwarf the regions chart; they are counted in its note instead.
  const unknown = ecosystem.byRegion.find((r) => r.region === "Unknown");
  const unknownRegion = unknown ? unknown.global + unknown.regional : 0;
  return {
    coverage: {
      id: "coverage",
      title: t("insights.coverage.chart"),
      chart: <BarChart title={t("insights.coverage.chart")} xLabel={t("insights.coverage.xLabel")} format={(v) => percent.format(v)}
        legend={{ data: t("insights.coverage.legendData", { count: coverage.totalNetworks }), reference: t("insights.coverage.legendReference") }}
        rows={coverage.themes.map((th) => ({ label: themeLabel.get(th.slug) ?? th.name, value: th.share, reference: th.publishedShare }))} />,
      citation: t("insights.coverage.citation"),
      csvHref: csv("coverage"),
      header: [t("insights.coverage.theme"), t("insights.coverage.networks"), t("insights.coverage.share"), t("insights.coverage.published")],
      rows: coverage.themes.map((th) => [themeLabel.get(th.slug) ?? th.name, th.networks, percent.format(th.share), th.publishedShare === null ? "—" : percent.format(th.publishedShare)]),
    },
    heatmap: {
      id: "heatmap",
      title: t("insights.heatmap.chart"),
      chart: heatRows.length ? <Heatmap title={t("insights.heatmap.chart")} rows={heatRows} columns={heatColumns} value={(r, c) => heat.get(`${r}|${c}`) ?? 0} legend={t("insights.heatmap.legend")} /> : <p className="text-sm text-slate-700">{t("insights.empty")}</p>,
      citation: t("insights.heatmap.citation", { count: coverage.heatmap.networks.length }),
      header: [t("insights.heatmap.network"), ...heatColumns.map((c) => c.label)],
      rows: heatRows.map((r) => [r.label, ...heatColumns.map((c) => heat.get(`${r.key}|${c.key}`) ?? 0)]),
    },
    demand: {
      id: "demand",
      title: t("insights.demand.chart"),
      chart: <BarChart title={t("insights.demand.chart")} xLabel={t("insights.demand.xLabel")} format={(v) => count.format(v)}
        rows={demand.map((th) => ({ label: themeLabel.get(th.slug) ?? th.name, value: Math.max(0, th.challenges + th.supports - th.initiatives) }))} />,
      citation: <>{t("insights.demand.citation")} {t("insights.demand.proposals", { pending: coverage.proposals.pending, accepted: coverage.proposals.accepted, declined: coverage.proposals.declined })}</>,
      header: [t("insights.coverage.theme"), t("insights.demand.challenges"), t("insights.demand.supports"), t("insights.demand.initiatives"), t("insights.demand.orphaned")],
      rows: demand.map((th) => [themeLabel.get(th.slug) ?? th.name, th.challenges, th.supports, th.initiatives, th.orphaned ? t("insights.demand.yes") : t("insights.demand.no")]),
    },
    duplication: {
      id: "duplication",
      title: t("insights.duplication.chart"),
      chart: dupRows.length ? <Heatmap title={t("insights.duplication.chart")} rows={dupRows} columns={dupColumns} value={(r, c) => dupValue.get(`${r}|${c}`) ?? 0} legend={t("insights.duplication.legend")} /> : <p className="text-sm text-slate-700">{t("insights.empty")}</p>,
      citation: t("insights.duplication.citation", { clusters: duplication.totals.clusters, initiatives: duplication.totals.initiatives, networks: duplication.totals.networks, proposals: duplication.totals.proposals }),
      csvHref: csv("duplication"),
      header: [t("insights.duplication.cluster"), t("insights.duplication.initiatives"), t("insights.duplication.networks"), t("insights.duplication.marks"), t("insights.duplication.proposals")],
      rows: duplication.clusters.map((c) => [
    c.id,
    c.initiatives.map((i) => i.title).join("; "),
    c.networks.map((n) => n.name).join("; "),
    c.duplicates + c.related,
    t("insights.duplication.proposalCounts", { pending: c.proposals.pending, accepted: c.proposals.accepted, declined: c.proposals.declined }),
  ]),
    },
    overlap: {
      id: "overlap",
      title: t("insights.overlap.chart"),
      chart: overlap.nodes.length ? <NetworkGraph title={t("insights.overlap.chart")} nodes={overlap.nodes} edges={overlap.edges} legend={t("insights.overlap.legend")} /> : <p className="text-sm text-slate-700">{t("insights.empty")}</p>,
      citation: t("insights.overlap.citation", { count: overlap.edges.length }),
      csvHref: csv("overlap"),
      header: [t("insights.overlap.a"), t("insights.overlap.b"), t("insights.overlap.shared"), t("insights.overlap.jaccard")],
      rows: overlap.edges.map((e) => [names.get(e.source) ?? e.source, names.get(e.target) ?? e.target, e.shared, decimal.format(e.jaccard)]),
    },
    spillover: {
      id: "spillover",
      title: t("insights.spillover.chart"),
      chart: spillover.practices.length ? <BarChart title={t("insights.spillover.chart")} xLabel={t("insights.spillover.xLabel")} format={(v) => count.format(v)} rows={spillover.practices.slice(0, 12).map((p) => ({ label: p.title, value: p.adoptions }))} /> : <p className="text-sm text-slate-700">{t("insights.empty")}</p>,
      citation: t("insights.spillover.citation"),
      csvHref: csv("spillover"),
      header: [t("insights.spillover.practice"), t("insights.spillover.adoptions"), t("insights.spillover.levels"), t("insights.spillover.crossed"), t("insights.spillover.countries")],
      rows: spillover.practices.map((p) => [p.title, p.adoptions, p.levels, p.networksCrossed, p.countries]),
    },
    timeline: {
      id: "timeline",
      title: t("insights.spillover.timeline"),
      chart: spillover.timeline.length ? <LineChart title={t("insights.spillover.timeline")} xLabel={t("insights.spillover.year")} yLabel={t("insights.spillover.adoptions")} points={spillover.timeline.map((y) => ({ x: y.year, y: y.adoptions }))} /> : <p className="text-sm text-slate-700">{t("insights.empty")}</p>,
      citation: t("insights.spillover.source"),
      header: [t("insights.spillover.year"), t("insights.spillover.adoptions")],
      rows: spillover.timeline.map((y) => [y.year, y.adoptions]),
    },
    founded: {
      id: "founded",
      title: t("insights.ecosystem.founded"),
      chart: ecosystem.founded.length ? <LineChart title={t("insights.ecosystem.founded")} xLabel={t("insights.ecosystem.year")} yLabel={t("insights.ecosystem.cumulative")} points={ecosystem.founded.map((y) => ({ x: y.year, y: y.cumulative }))} /> : <p className="text-sm text-slate-700">{t("insights.empty")}</p>,
      citation: t("insights.ecosystem.foundedCitation", { count: ecosystem.founded.at(-1)?.cumulative ?? 0 }),
      csvHref: csv("ecosystem"),
      header: [t("insights.ecosystem.year"), t("insights.ecosystem.count"), t("insights.ecosystem.cumulative")],
      rows: ecosystem.founded.map((y) => [y.year, y.founded, y.cumulative]),
    },
    regions: {
      id: "regions",
      title: t("insights.ecosystem.regions"),
      chart: <BarChart title={t("insights.ecosystem.regions")} xLabel={t("insights.ecosystem.networks")} format={(v) => count.format(v)} rows={ecosystem.byRegion.filter((r) => r.region !== "Unknown").map((r) => ({ label: regionLabel(t, r.region), value: r.global + r.regional }))} />,
      citation: <>{t("insights.ecosystem.smaller")} {unknownRegion ? t("insights.ecosystem.unknownRegion", { count: unknownRegion }) : null}</>,
      header: [t("insights.ecosystem.region"), t("insights.ecosystem.global"), t("insights.ecosystem.regional")],
      rows: ecosystem.byRegion.map((r) => [regionLabel(t, r.region), r.global, r.regional]),
    },
    histogram: {
      id: "histogram",
      title: t("insights.ecosystem.histogram"),
      chart: <BarChart title={t("insights.ecosystem.histogram")} xLabel={t("insights.ecosystem.cities")} format={(v) => count.format(v)} rows={ecosystem.membershipHistogram.map((h) => ({ label: h.memberships, value: h.cities }))} />,
      citation: t("insights.ecosystem.histogramCitation", { mean: decimal.format(ecosystem.totals.membershipsPerCity), cities: ecosystem.totals.cities }),
      header: [t("insights.ecosystem.memberships"), t("insights.ecosystem.cities")],
      rows: ecosystem.membershipHistogram.map((h) => [h.memberships, h.cities]),
    },
    map: {
      id: "map",
      title: t("insights.ecosystem.map"),
      chart: <WorldMap title={t("insights.ecosystem.map")} cities={ecosystem.cities} legend={t("insights.ecosystem.mapLegend")} />,
      citation: (
        <>
          {t("insights.ecosystem.mapCitation", { cities: ecosystem.totals.located })}
          {ecosystem.cities.length < ecosystem.totals.located ? ` ${t("insights.ecosystem.mapDrawn", { shown: count.format(ecosystem.cities.length) })}` : null}
        </>
      ),
      header: [t("insights.ecosystem.cities"), t("insights.ecosystem.memberships")],
      rows: ecosystem.cities.slice(0, 200).map((c) => [c.name, c.memberships]),
    },
  };
}
