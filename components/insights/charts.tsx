import { scaleBand, scaleLinear, scaleSqrt } from "d3-scale";
import { line } from "d3-shape";
import type { ReactNode } from "react";
import { WorldMapLayers } from "@/components/common/world-map";

// One palette for every chart: Concord's teal for the data, amber for published reference figures.
export const PALETTE = { data: "#0f766e", second: "#0369a1", reference: "#b45309", axis: "#334155", grid: "#e2e8f0", land: "#e2e8f0" } as const;

const FONT = { fontFamily: "ui-sans-serif, system-ui, sans-serif", fontSize: 12 } as const;

/** A label cut to what its margin holds; the whole label stays in the element's <title>. */
export const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function Svg(props: { width: number; height: number; title: string; children: ReactNode }) {
  return (
    // Never wider than drawn: a small chart scaled up to the column would print oversized text.
    <svg xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${props.width} ${props.height}`} role="img" aria-label={props.title} className="h-auto w-full" style={{ ...FONT, maxWidth: props.width }}>
      <title>{props.title}</title>
      <rect width={props.width} height={props.height} fill="#ffffff" />
      {props.children}
    </svg>
  );
}

/** Horizontal bars, optionally with a reference mark per row (a published figure beside ours). */
export function BarChart(props: {
  title: string;
  rows: { label: string; value: number; reference?: number | null }[];
  xLabel: string;
  format: (v: number) => string;
  legend?: { data: string; reference?: string };
}) {
  const width = 720;
  const left = 200;
  const right = 60;
  const top = props.legend ? 36 : 12;
  const bandHeight = 24;
  const height = top + props.rows.length * bandHeight + 48;
  // Counts get whole-number ticks (no "0 0 0" from rounding 0.2, 0.4…), and an axis up to 1 when all are 0.
  const counts = props.rows.every((r) => Number.isInteger(r.value) && (r.reference == null || Number.isInteger(r.reference)));
  const max = Math.max(counts ? 1 : 1e-9, ...props.rows.map((r) => Math.max(r.value, r.reference ?? 0)));
  const x = scaleLinear().domain([0, max]).nice().range([left, width - right]);
  const ticks = x.ticks(5).filter((tick) => !counts || Number.isInteger(tick));
  const y = scaleBand().domain(props.rows.map((r) => r.label)).range([top, top + props.rows.length * bandHeight]).padding(0.25);
  const bottom = top + props.rows.length * bandHeight;
  return (
    <Svg width={width} height={height} title={props.title}>
      {props.legend ? (
        <g transform={`translate(${left},14)`}>
          <rect width={12} height={12} fill={PALETTE.data} />
          <text x={18} y={10}>{props.legend.data}</text>
          {props.legend.reference ? (
            <g transform="translate(220,0)">
              <rect x={4} width={4} height={12} fill={PALETTE.reference} />
              <text x={18} y={10}>{props.legend.reference}</text>
            </g>
          ) : null}
        </g>
      ) : null}
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={top} y2={bottom} stroke={PALETTE.grid} />
          <text x={x(tick)} y={bottom + 16} textAnchor="middle" fill={PALETTE.axis}>{props.format(tick)}</text>
        </g>
      ))}
      {props.rows.map((r) => (
        <g key={r.label}>
          <text x={left - 8} y={y(r.label)! + y.bandwidth() / 2 + 4} textAnchor="end" fill={PALETTE.axis}>
            <title>{r.label}</title>
            {clip(r.label, 30)}
          </text>
          <rect x={left} y={y(r.label)} width={x(r.value) - left} height={y.bandwidth()} fill={PALETTE.data} />
          <text x={x(r.value) + 4} y={y(r.label)! + y.bandwidth() / 2 + 4} fill={PALETTE.axis}>{props.format(r.value)}</text>
          {r.reference != null ? <rect x={x(r.reference) - 2} y={y(r.label)! - 3} width={4} height={y.bandwidth() + 6} fill={PALETTE.reference} /> : null}
        </g>
      ))}
      <line x1={left} x2={width - right} y1={bottom} y2={bottom} stroke={PALETTE.axis} />
      <text x={(left + width - right) / 2} y={height - 8} textAnchor="middle" fill={PALETTE.axis}>{props.xLabel}</text>
    </Svg>
  );
}

/** A line over years (e.g. the cumulative number of networks founded). */
export function LineChart(props: { title: string; points: { x: number; y: number }[]; xLabel: string; yLabel: string }) {
  const width = 720;
  const height = 300;
  const m = { top: 16, right: 24, bottom: 44, left: 56 };
  const xs = props.points.map((p) => p.x);
  const x = scaleLinear().domain([Math.min(...xs), Math.max(...xs, Math.min(...xs) + 1)]).range([m.left, width - m.right]);
  const y = scaleLinear().domain([0, Math.max(1, ...props.points.map((p) => p.y))]).nice().range([height - m.bottom, m.top]);
  const path = line<{ x: number; y: number }>().x((p) => x(p.x)).y((p) => y(p.y))(props.points) ?? "";
  return (
    <Svg width={width} height={height} title={props.title}>
      {y.ticks(5).map((tick) => (
        <g key={tick}>
          <line x1={m.left} x2={width - m.right} y1={y(tick)} y2={y(tick)} stroke={PALETTE.grid} />
          <text x={m.left - 6} y={y(tick) + 4} textAnchor="end" fill={PALETTE.axis}>{tick}</text>
        </g>
      ))}
      {x.ticks(8).map((tick) => (
        <text key={tick} x={x(tick)} y={height - m.bottom + 16} textAnchor="middle" fill={PALETTE.axis}>{tick}</text>
      ))}
      <line x1={m.left} x2={width - m.right} y1={height - m.bottom} y2={height - m.bottom} stroke={PALETTE.axis} />
      <path d={path} fill="none" stroke={PALETTE.data} strokeWidth={2.5} />
      {props.points.map((p) => <circle key={p.x} cx={x(p.x)} cy={y(p.y)} r={2.5} fill={PALETTE.data} />)}
      <text x={(m.left + width - m.right) / 2} y={height - 8} textAnchor="middle" fill={PALETTE.axis}>{props.xLabel}</text>
      <text transform={`translate(14,${(m.top + height - m.bottom) / 2}) rotate(-90)`} textAnchor="middle" fill={PALETTE.axis}>{props.yLabel}</text>
    </Svg>
  );
}

/** The network overlap graph at the positions ForceAtlas2 computed on the server. */
export function NetworkGraph(props: { title: string; nodes: { slug: string; name: string; members: number; x: number; y: number }[]; edges: { source: string; target: string; jaccard: number }[]; legend: string }) {
  const width = 720;
  const height = 480;
  const pad = 40;
  const xs = props.nodes.map((n) => n.x);
  const ys = props.nodes.map((n) => n.y);
  const x = scaleLinear().domain([Math.min(...xs), Math.max(...xs)]).range([pad, width - pad]);
  const y = scaleLinear().domain([Math.min(...ys), Math.max(...ys)]).range([pad, height - pad - 20]);
  const r = scaleSqrt().domain([0, Math.max(1, ...props.nodes.map((n) => n.members))]).range([3, 18]);
  const stroke = scaleLinear().domain([0, Math.max(1e-9, ...props.edges.map((e) => e.jaccard))]).range([0.5, 5]);
  const at = new Map(props.nodes.map((n) => [n.slug, n]));
  const name = (n: { name: string }) => (n.name.length > 28 ? `${n.name.slice(0, 27)}…` : n.name);
  // Labels for the largest networks first, each kept only if it overlaps no label already placed
  // and no other circle (boxes estimated at 6.5 px per character); every node still names itself in its <title>.
  const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const labelled = new Set<string>();
  for (const n of [...props.nodes].sort((a, b) => b.members - a.members || a.slug.localeCompare(b.slug))) {
    if (labelled.size >= 16) break;
    const w = name(n).length * 6.5;
    const box = { x0: x(n.x) - w / 2, x1: x(n.x) + w / 2, y0: y(n.y) - r(n.members) - 15, y1: y(n.y) - r(n.members) - 1 };
    const hits = (b: { x0: number; x1: number; y0: number; y1: number }) => box.x0 < b.x1 && b.x0 < box.x1 && box.y0 < b.y1 && b.y0 < box.y1;
    // Nor may it cover another network's circle.
    const circles = props.nodes.filter((o) => o.slug !== n.slug).map((o) => ({ x0: x(o.x) - r(o.members), x1: x(o.x) + r(o.members), y0: y(o.y) - r(o.members), y1: y(o.y) + r(o.members) }));
    if (placed.some(hits) || circles.some(hits)) continue;
    placed.push(box);
    labelled.add(n.slug);
  }
  return (
    <Svg width={width} height={height} title={props.title}>
      {props.edges.map((e) => {
        const a = at.get(e.source)!;
        const b = at.get(e.target)!;
        return <line key={`${e.source}-${e.target}`} x1={x(a.x)} y1={y(a.y)} x2={x(b.x)} y2={y(b.y)} stroke={PALETTE.second} strokeOpacity={0.45} strokeWidth={stroke(e.jaccard)} />;
      })}
      {props.nodes.map((n) => (
        <g key={n.slug}>
          <circle cx={x(n.x)} cy={y(n.y)} r={r(n.members)} fill={PALETTE.data} stroke="#fff">
            <title>{`${n.name}: ${n.members}`}</title>
          </circle>
          {labelled.has(n.slug) ? <text x={x(n.x)} y={y(n.y) - r(n.members) - 3} textAnchor="middle" fill={PALETTE.axis}>{name(n)}</text> : null}
        </g>
      ))}
      <text x={pad} y={height - 10} fill={PALETTE.axis}>{props.legend}</text>
    </Svg>
  );
}

/** Cities on an Equal Earth map (world-atlas land at 1:110m), sized by their network memberships. */
export function WorldMap(props: { title: string; cities: { slug: string; name: string; latitude: number; longitude: number; memberships: number }[]; legend: string }) {
  const width = 720;
  const height = 380;
  const r = scaleSqrt().domain([0, Math.max(1, ...props.cities.map((c) => c.memberships))]).range([1.5, 9]);
  return (
    <Svg width={width} height={height} title={props.title}>
      <WorldMapLayers
        width={width}
        height={height - 24}
        points={props.cities.map((c) => ({ key: c.slug, latitude: c.latitude, longitude: c.longitude, radius: r(c.memberships), title: `${c.name}: ${c.memberships}` }))}
      />
      <text x={8} y={height - 8} fill={PALETTE.axis}>{props.legend}</text>
    </Svg>
  );
}
