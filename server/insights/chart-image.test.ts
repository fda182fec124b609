import { createElement as h, Fragment } from "react";
import { describe, expect, it } from "vitest";
import { BarChart } from "@/components/insights/charts";
import { standaloneSvg, svgMarkup, textOf } from "./chart-image";

function Dot(props: { r: number; label: string }) {
  return h("g", null, h("circle", { r: props.r, fillOpacity: 0.5, strokeWidth: 2 }), h("text", { textAnchor: "end", style: { fontFamily: "serif", fontSize: 10 } }, props.label));
}

describe("svgMarkup", () => {
  it("calls function components and spells SVG attributes as SVG does", () => {
    expect(svgMarkup(h("svg", { viewBox: "0 0 4 4", className: "w-full" }, h(Dot, { r: 2, label: 'a < b & "c"' }), null, false))).toBe(
      '<svg viewBox="0 0 4 4" class="w-full"><g><circle r="2" fill-opacity="0.5" stroke-width="2"/><text text-anchor="end" style="font-family:serif;font-size:10px">a &lt; b &amp; "c"</text></g></svg>',
    );
  });

  it("escapes attribute values", () => {
    expect(svgMarkup(h("title", { "aria-label": 'x"><script>' }, "t"))).toBe('<title aria-label="x&quot;&gt;&lt;script&gt;">t</title>');
  });
});

describe("standaloneSvg", () => {
  const chart = h(BarChart, { title: "Bars", xLabel: "Count", format: String, rows: [{ label: "One", value: 1 }] });

  it("puts the title, the chart in its own viewBox and the citation on a white page, fonts inline", () => {
    const svg = standaloneSvg({ title: "Bars & more", chart, citation: "Source: Concord.", empty: "No data" });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+" viewBox="0 0 \d+ \d+" font-family="[^"]+"/);
    expect(svg).toContain("<title>Bars &amp; more</title>");
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    expect(svg).toMatch(/<svg x="[\d.]+" y="\d+" width="\d+" height="\d+" viewBox="0 0 \d+ \d+">/);
    expect(svg).not.toContain("class=");
    expect(svg).toContain(">One</text>");
    expect(svg).toContain(">Source: Concord.</text>");
  });

  it("prints the page's empty note when there is no chart, and wraps a long citation", () => {
    const svg = standaloneSvg({ title: "T", chart: h("p", null, "none"), citation: textOf(h(Fragment, null, "word ".repeat(60), "end")), empty: "No data matches these filters." });
    expect(svg).toContain(">No data matches these filters.</text>");
    expect(svg).not.toContain("<p>");
    expect(svg.match(/>word[^<]*<\/text>/g)!.length).toBeGreaterThan(1);
  });
});
