import type { ReactNode } from "react";

/** A chart with its title, citation, downloads (CSV, the chart as SVG and PNG) and the same data as a table behind a disclosure. */
export function Figure(props: {
  id: string;
  title: string;
  chart: ReactNode;
  citation: ReactNode;
  csvHref: string;
  csvLabel: string;
  svgHref: string;
  svgLabel: string;
  pngHref: string;
  pngLabel: string;
  tableLabel: string;
  header: string[];
  rows: (string | number)[][];
}) {
  return (
    <figure id={props.id} data-testid={`figure-${props.id}`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h3 className="text-base font-semibold text-slate-900">{props.title}</h3>
      {props.chart}
      <figcaption className="text-sm text-slate-700">{props.citation}</figcaption>
      <div className="flex flex-wrap gap-3 text-sm">
        <a className="font-medium text-teal-800 underline" href={props.csvHref} download data-testid={`csv-${props.id}`}>
          {props.csvLabel}
        </a>
        <a className="font-medium text-teal-800 underline" href={props.svgHref} download data-testid={`svg-${props.id}`}>
          {props.svgLabel}
        </a>
        <a className="font-medium text-teal-800 underline" href={props.pngHref} download data-testid={`png-${props.id}`}>
          {props.pngLabel}
        </a>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-slate-800">{props.tableLabel}</summary>
        <div className="mt-2 max-h-96 overflow-auto">
          <table className="w-full border-collapse text-left" data-testid={`table-${props.id}`}>
            <thead>
              <tr>{props.header.map((h, i) => <th key={i} scope="col" className="border-b border-slate-300 px-2 py-1 font-semibold">{h}</th>)}</tr>
            </thead>
            <tbody>
              {props.rows.map((row, i) => (
                <tr key={i} className="odd:bg-slate-50">{row.map((cell, j) => <td key={j} className="px-2 py-1 tabular-nums">{cell}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
