import type { UiLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { SpilloverPoint } from "@/server/practices/service";
import { adoptionLevels } from "@/server/practices/input";
import { dayText, networkShort, statusStyle, type AdoptionStatus } from "./labels";

// A server-rendered SVG: time runs left to right, one lane per level (city, national,
// international, community), one marker per adoption shaped and coloured by its status, labelled
// with who took it up and the network through which they learned of it. No chart library: the
// layout is a few lines of arithmetic, and the table below the graph carries the same facts.

const WIDTH = 980;
const LANE_LABEL = 164;
const RIGHT = 28;
const TOP = 10;
const ROW = 42;
const LANE_PAD = 10;
const AXIS = 34;
const PLOT_LEFT = LANE_LABEL + 18;
const PLOT_RIGHT = WIDTH - RIGHT;
const NAME_MAX = 34;

const NETWORK_COLOURS = [
  { fill: "#ccfbf1", text: "#134e4a" },
  { fill: "#e0e7ff", text: "#312e81" },
  { fill: "#fce7f3", text: "#831843" },
  { fill: "#fef3c7", text: "#78350f" },
  { fill: "#dcfce7", text: "#14532d" },
  { fill: "#e0f2fe", text: "#0c4a6e" },
];

/** Rough text width in px: CJK characters are square, Latin ones about 0.56 em. */
function textWidth(text: string, size: number) {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? size : size * 0.58;
  return w;
}

/** Splits a lane label into at most two lines that fit the label column. */
function wrap(text: string, width: number, size: number): string[] {
  if (textWidth(text, size) <= width) return [text];
  const words = text.split(" ");
  if (words.length < 2) return [text];
  for (let cut = words.length - 1; cut > 0; cut--) {
    const head = words.slice(0, cut).join(" ");
    if (textWidth(head, size) <= width) return [head, words.slice(cut).join(" ")];
  }
  return [words[0]!, words.slice(1).join(" ")];
}

const clip = (text: string) => (text.length > NAME_MAX ? `${text.slice(0, NAME_MAX - 1)}…` : text);
const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
const yearStart = (year: number) => Date.UTC(year, 0, 1);

export function Marker({ status, x, y }: { status: AdoptionStatus; x: number; y: number }) {
  const s = statusStyle[status];
  if (s.shape === "diamond") return <path d={`M${x} ${y - 8} L${x + 8} ${y} L${x} ${y + 8} L${x - 8} ${y} Z`} fill={s.fill} stroke={s.stroke} strokeWidth={1.5} />;
  if (s.shape === "ring") return <circle cx={x} cy={y} r={6} fill={s.fill} stroke={s.stroke} strokeWidth={2.5} />;
  return <circle cx={x} cy={y} r={7} fill={s.fill} stroke={s.stroke} strokeWidth={1.5} />;
}

/** A tiny standalone SVG of one marker, for the legend. */
export function MarkerSwatch({ status }: { status: AdoptionStatus }) {
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" className="shrink-0">
      <Marker status={status} x={10} y={10} />
    </svg>
  );
}

/** Lanes one below the other, each as tall as its rows of labels. */
function stack<L extends { rows: number }>(lanes: L[]) {
  const boxes: (L & { top: number; height: number })[] = [];
  let top = TOP;
  for (const lane of lanes) {
    const height = lane.rows * ROW + LANE_PAD * 2;
    boxes.push({ ...lane, top, height });
    top += height;
  }
  return boxes;
}

type Placed = SpilloverPoint & { x: number; row: number; anchor: "start" | "end"; name: string; via: SpilloverPoint["via"]; viaText: string | null };

export function SpilloverGraph({ points, t, locale, title }: { points: SpilloverPoint[]; t: Translate; locale: UiLocale; title: string }) {
  const years = points.map((p) => Number(p.date.slice(0, 4)));
  let first = Math.min(...years);
  let last = Math.max(...years) + 1;
  if (last - first < 3) {
    first -= 1;
    last = Math.max(last, first + 3);
  }
  const t0 = yearStart(first);
  const t1 = yearStart(last);
  const x = (day: string) => PLOT_LEFT + ((toTime(day) - t0) / (t1 - t0)) * (PLOT_RIGHT - PLOT_LEFT);
  const span = last - first;
  const step = span <= 14 ? 1 : span <= 30 ? 2 : span <= 60 ? 5 : 10;
  const ticks: number[] = [];
  for (let year = first; year <= last; year++) if (year % step === 0 || step === 1) ticks.push(year);

  const networkColour = new Map<string, (typeof NETWORK_COLOURS)[number]>();
  for (const p of points) if (p.via && !networkColour.has(p.via.slug)) networkColour.set(p.via.slug, NETWORK_COLOURS[networkColour.size % NETWORK_COLOURS.length]!);

  // Each lane packs its labels into rows so that no two labels overlap.
  const lanes = adoptionLevels.map((level) => {
    const rows: { left: number; right: number }[][] = [];
    const placed: Placed[] = points
      .filter((p) => p.level === level)
      .map((p) => {
        const px = x(p.date);
        const name = clip(p.adopterName);
        const viaText = p.via ? t("practices.spillover.via", { network: networkShort(p.via) }) : null;
        const width = Math.max(textWidth(name, 12.5), viaText ? textWidth(viaText, 10.5) + 12 : 0) + 14;
        const anchor: "start" | "end" = px + width > WIDTH - 4 ? "end" : "start";
        const left = anchor === "start" ? px - 9 : px - width;
        const right = anchor === "start" ? px + width : px + 9;
        let row = rows.findIndex((r) => r.every((box) => right + 6 < box.left || left > box.right + 6));
        if (row === -1) {
          rows.push([]);
          row = rows.length - 1;
        }
        rows[row]!.push({ left, right });
        return { ...p, x: px, row, anchor, name, viaText };
      });
    return { level, placed, rows: Math.max(1, rows.length) };
  });
  const laneBoxes = stack(lanes);
  const lastLane = laneBoxes[laneBoxes.length - 1]!;
  const plotBottom = lastLane.top + lastLane.height;
  const height = plotBottom + AXIS;

  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      height={height}
      className="block h-auto w-full max-w-full"
      role="group"
      aria-labelledby="spillover-graph-title spillover-graph-desc"
      data-testid="spillover-graph"
    >
      <title id="spillover-graph-title">{title}</title>
      <desc id="spillover-graph-desc">{t("practices.spillover.graphDescription")}</desc>

      {laneBoxes.map((lane, i) => (
        <g key={lane.level}>
          <rect x={0} y={lane.top} width={WIDTH} height={lane.height} fill={i % 2 ? "#ffffff" : "#f8fafc"} />
          {(() => {
            const lines = wrap(t(`knowledge.adoptionLevel.${lane.level}`), LANE_LABEL - 22, 13);
            const top = lane.top + lane.height / 2 - (lines.length - 1) * 8;
            return (
              <>
                <text x={12} y={top} dominantBaseline="middle" fontSize={13} fontWeight={600} fill="#0f172a">
                  {lines.map((line, n) => (
                    <tspan key={n} x={12} dy={n === 0 ? 0 : 16}>
                      {line}
                    </tspan>
                  ))}
                </text>
                <text x={12} y={top + lines.length * 16} dominantBaseline="middle" fontSize={11} fill="#475569">
                  {t("practices.spillover.laneCount", { count: lane.placed.length })}
                </text>
              </>
            );
          })()}
        </g>
      ))}
      <line x1={LANE_LABEL} x2={LANE_LABEL} y1={TOP} y2={plotBottom} stroke="#cbd5e1" />

      {ticks.map((year) => {
        const tx = PLOT_LEFT + ((yearStart(year) - t0) / (t1 - t0)) * (PLOT_RIGHT - PLOT_LEFT);
        return (
          <g key={year}>
            <line x1={tx} x2={tx} y1={TOP} y2={plotBottom} stroke="#e2e8f0" strokeDasharray="3 4" />
            <line x1={tx} x2={tx} y1={plotBottom} y2={plotBottom + 5} stroke="#64748b" />
            <text x={tx} y={plotBottom + 20} textAnchor="middle" fontSize={12} fill="#334155">
              {year}
            </text>
          </g>
        );
      })}
      <line x1={LANE_LABEL} x2={PLOT_RIGHT} y1={plotBottom} y2={plotBottom} stroke="#64748b" />

      {laneBoxes.flatMap((lane) =>
        lane.placed.map((p) => {
          const cy = lane.top + LANE_PAD + p.row * ROW + 14;
          const colour = p.via ? networkColour.get(p.via.slug)! : null;
          const textX = p.anchor === "start" ? p.x + 13 : p.x - 13;
          const tagWidth = p.viaText ? textWidth(p.viaText, 10.5) + 12 : 0;
          const tagX = p.anchor === "start" ? p.x + 11 : p.x - 11 - tagWidth;
          const label = [
            p.adopterName,
            t(`knowledge.adoptionLevel.${p.level}`),
            t(`knowledge.adoptionStatus.${p.status}`),
            dayText(p.date, locale, "long"),
            p.via ? t("practices.spillover.viaLong", { network: p.via.name }) : null,
          ]
            .filter(Boolean)
            .join(" · ");
          return (
            <g key={p.id} role="img" data-testid="spillover-marker" data-status={p.status} data-level={p.level}>
              <title>{label}</title>
              <Marker status={p.status} x={p.x} y={cy} />
              <text x={textX} y={cy} dominantBaseline="middle" textAnchor={p.anchor} fontSize={12.5} fontWeight={600} fill="#0f172a">
                {p.name}
              </text>
              {p.viaText && colour ? (
                <g>
                  <rect x={tagX} y={cy + 12} width={tagWidth} height={16} rx={8} fill={colour.fill} />
                  <text x={tagX + tagWidth / 2} y={cy + 20.5} dominantBaseline="middle" textAnchor="middle" fontSize={10.5} fontWeight={600} fill={colour.text}>
                    {p.viaText}
                  </text>
                </g>
              ) : null}
            </g>
          );
        }),
      )}
    </svg>
  );
}
