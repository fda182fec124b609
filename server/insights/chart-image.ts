import { Fragment, isValidElement, type ReactElement, type ReactNode } from "react";
import sharp from "sharp";

/*
 * The /insights charts as standalone files. Route handlers run in the React Server Components
 * layer, where react-dom/server refuses to load, so the chart element tree (plain SVG elements
 * and hook-free function components) is serialised here instead.
 */

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (text: string) => escapeText(text).replace(/"/g, "&quot;");

// SVG attributes whose camelCase spelling is the real name; every other camelCase prop is kebab-cased.
const CAMEL = new Set(["viewBox", "preserveAspectRatio", "gradientTransform", "gradientUnits", "patternUnits", "textLength", "lengthAdjust", "pathLength", "markerWidth", "markerHeight", "refX", "refY"]);
const UNITLESS = new Set(["opacity", "fillOpacity", "strokeOpacity", "fontWeight", "lineHeight", "zIndex", "flex"]);
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function attrName(name: string): string {
  if (name === "className") return "class";
  if (name === "xlinkHref") return "xlink:href";
  return CAMEL.has(name) || name.includes("-") ? name : kebab(name);
}

function styleText(style: Record<string, string | number | null | undefined>): string {
  return Object.entries(style)
    .filter(([, v]) => v !== null && v !== undefined && v !== "")
    .map(([k, v]) => `${kebab(k)}:${typeof v === "number" && !UNITLESS.has(k) ? `${v}px` : String(v)}`)
    .join(";");
}

function attributes(props: Record<string, unknown>): string {
  let out = "";
  for (const [name, value] of Object.entries(props)) {
    if (name === "children" || name === "key" || name === "ref" || /^on[A-Z]/.test(name)) continue;
    if (value === null || value === undefined || value === false || typeof value === "function") continue;
    const text = name === "style" && typeof value === "object" ? styleText(value as Record<string, string | number>) : value === true ? "" : String(value as string | number);
    out += ` ${attrName(name)}="${escapeAttr(text)}"`;
  }
  return out;
}

/** Static markup of a tree of SVG elements and synchronous, hook-free function components. */
export function svgMarkup(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") return escapeText(String(node));
  if (Array.isArray(node)) return node.map((child: ReactNode) => svgMarkup(child)).join("");
  if (!isValidElement(node)) throw new Error("svgMarkup: unsupported node (promise, portal or iterable)");
  const element = node as ReactElement<Record<string, unknown> & { children?: ReactNode }>;
  const { type, props } = element;
  if (type === Fragment) return svgMarkup(props.children);
  if (typeof type === "function") return svgMarkup((type as (p: typeof props) => ReactNode)(props));
  if (typeof type !== "string") throw new Error("svgMarkup: unsupported element type");
  const inner = svgMarkup(props.children);
  return inner ? `<${type}${attributes(props)}>${inner}</${type}>` : `<${type}${attributes(props)}/>`;
}

/** The text of a caption (a string, or a fragment of strings), without markup. */
export function textOf(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") return String(node);
  if (Array.isArray(node)) return node.map((child: ReactNode) => textOf(child)).join("");
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return "";
}

const FONT_FAMILY = "DejaVu Sans, Helvetica, Arial, sans-serif";

/** Splits text into lines of at most `max` characters, at spaces where there are any. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = "";
    }
    line = line ? `${line} ${word}` : word;
    while (line.length > max) {
      lines.push(line.slice(0, max));
      line = line.slice(max);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A chart as a file that stands on its own: white background, its title above, the citation (the
 * page's caption) below, fonts inline. `chart` is the element the page draws; when the page shows a
 * "no data" note instead of a chart, `empty` is printed in its place.
 */
export function standaloneSvg(spec: { title: string; chart: ReactNode; citation: string; empty: string }): string {
  const drawn = isValidElement(spec.chart) && typeof spec.chart.type === "function" ? svgMarkup(spec.chart) : "";
  const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(drawn);
  const chartWidth = box ? Number(box[1]) : 640;
  const chartHeight = box ? Number(box[2]) : 60;
  const width = Math.max(640, Math.ceil(chartWidth));
  const pad = 16;
  const titleLines = wrap(spec.title, Math.floor(width / 9));
  const citationLines = wrap(spec.citation, Math.floor(width / 6.6));
  const top = pad + titleLines.length * 22;
  const bottom = top + 8 + chartHeight + 8;
  const height = Math.ceil(bottom + citationLines.length * 16 + pad);
  // The chart's own <svg> keeps its viewBox and loses its page-only attributes (class, CSS font).
  const body = box
    ? drawn.replace(/^<svg[^>]*>/, `<svg x="${(width - chartWidth) / 2}" y="${top + 8}" width="${chartWidth}" height="${chartHeight}" viewBox="0 0 ${box[1]} ${box[2]}">`)
    : `<text x="${pad}" y="${top + 36}" fill="#334155">${escapeText(spec.empty)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}" font-size="12">`,
    `<title>${escapeText(spec.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...titleLines.map((l, i) => `<text x="${pad}" y="${pad + 16 + i * 22}" font-size="16" font-weight="600" fill="#0f172a">${escapeText(l)}</text>`),
    body,
    ...citationLines.map((l, i) => `<text x="${pad}" y="${bottom + 12 + i * 16}" fill="#334155">${escapeText(l)}</text>`),
    `</svg>`,
  ].join("\n");
}

/** The SVG rasterised at twice its size, so text stays sharp on high-density screens and in print. */
export function svgToPng(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg), { density: 144 }).png().toBuffer();
}
