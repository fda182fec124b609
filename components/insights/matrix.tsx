import { scaleBand, scaleLinear } from "d3-scale";
import { clip, PALETTE, Svg } from "./charts";

type Row = { key: string; label: string; muted?: boolean };

/**
 * A matrix of counts (rows × columns), shaded from white to Concord's teal, the count printed in
 * each non-empty cell; a muted row (e.g. "other networks", a sum) gets its own grey scale so it does
 * not dominate the shading of the rows beside it.
 */
export function Heatmap(props: { title: string; rows: Row[]; columns: { key: string; label: string }[]; value: (row: string, column: string) => number; legend: string }) {
  const left = 210;
  const top = 120;
  const cell = Math.max(22, Math.min(40, Math.floor(500 / Math.max(1, props.columns.length))));
  // As wide as the other charts at least, so the legend line fits and the figures line up.
  const width = Math.max(720, left + props.columns.length * cell + 16);
  const height = top + props.rows.length * 24 + 32;
  const x = scaleBand().domain(props.columns.map((c) => c.key)).range([left, left + props.columns.length * cell]).padding(0.06);
  const y = scaleBand().domain(props.rows.map((r) => r.key)).range([top, top + props.rows.length * 24]).padding(0.06);
  const max = (muted: boolean) => Math.max(1, ...props.rows.filter((r) => Boolean(r.muted) === muted).flatMap((r) => props.columns.map((c) => props.value(r.key, c.key))));
  const shade = scaleLinear<string>().domain([0, max(false)]).range(["#f0fdfa", PALETTE.data]);
  const grey = scaleLinear<string>().domain([0, max(true)]).range(["#f8fafc", "#64748b"]);
  return (
    <Svg width={width} height={height} title={props.title}>
      {props.columns.map((c) => (
        <text key={c.key} transform={`translate(${x(c.key)! + x.bandwidth() / 2},${top - 6}) rotate(-50)`} fill={PALETTE.axis}>
          {clip(c.label, 22)}
        </text>
      ))}
      {props.rows.map((r) => (
        <g key={r.key}>
          <text x={left - 8} y={y(r.key)! + y.bandwidth() / 2 + 4} textAnchor="end" fill={PALETTE.axis} fontStyle={r.muted ? "italic" : undefined}>
            {clip(r.label, 28)}
          </text>
          {props.columns.map((c) => {
            const v = props.value(r.key, c.key);
            const scale = r.muted ? grey : shade;
            const dark = v > (r.muted ? max(true) : max(false)) * 0.55;
            return (
              <g key={c.key}>
                <rect x={x(c.key)} y={y(r.key)} width={x.bandwidth()} height={y.bandwidth()} fill={v ? scale(v) : "#ffffff"} stroke={PALETTE.grid}>
                  <title>{`${r.label} × ${c.label}: ${v}`}</title>
                </rect>
                {v ? (
                  <text x={x(c.key)! + x.bandwidth() / 2} y={y(r.key)! + y.bandwidth() / 2 + 4} textAnchor="middle" fontSize={10} fill={dark ? "#ffffff" : PALETTE.axis}>
                    {v}
                  </text>
                ) : null}
              </g>
            );
          })}
        </g>
      ))}
      <text x={8} y={height - 10} fill={PALETTE.axis}>{props.legend}</text>
    </Svg>
  );
}
