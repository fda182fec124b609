import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { WorldMapLayers } from "./world-map";

const draw = (points: Parameters<typeof WorldMapLayers>[0]["points"]) =>
  renderToStaticMarkup(createElement("svg", null, createElement(WorldMapLayers, { width: 720, height: 360, points })));

describe("world map layers", () => {
  it("draw the land outline light enough to send with every page that shows a map", () => {
    const svg = draw([]);
    const [, land] = [...svg.matchAll(/ d="([^"]*)"/g)].map((m) => m[1]!);
    // Natural Earth 1:110m at three decimals was ~77 kB; simplified and at one decimal it is ~27 kB.
    expect(land!.length).toBeLessThan(32_000);
    expect(land!.length).toBeGreaterThan(10_000);
    expect(land).not.toMatch(/\d\.\d{2}/);
  });

  it("places a point where its coordinates are, rounded to a tenth", () => {
    const svg = draw([{ key: "lyon", latitude: 45.76, longitude: 4.84, title: "Lyon" }]);
    const circle = /<circle cx="([\d.]+)" cy="([\d.]+)"/.exec(svg)!;
    // Lyon is a little east of the central meridian and north of the equator: right of centre, above the middle.
    expect(Number(circle[1])).toBeGreaterThan(360);
    expect(Number(circle[1])).toBeLessThan(400);
    expect(Number(circle[2])).toBeLessThan(180);
    expect(circle[1]).toMatch(/^\d+(\.\d)?$/);
    expect(svg).toContain("<title>Lyon</title>");
  });
});
