import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { FIGURE_IDS } from "@/components/insights/figures";
import { seed } from "@/server/db/seed";
import { createTestDb, type TestDb } from "@/server/test/db";
import { GET } from "./route";

// The route reads the process-wide client; here it is the seeded test database.
let t: TestDb;
vi.mock("@/server/db/client", async (importOriginal) => ({ ...(await importOriginal<object>()), getDb: () => t.db }));

const call = (chart: string, query = "", headers: Record<string, string> = {}) =>
  GET(new Request(`http://concord.test/insights/charts/${chart}${query}`, { headers }), { params: Promise.resolve({ chart }) });

/** Tags balance and nest, and text holds no raw `<` or bare `&`: the file is well-formed XML. */
function expectWellFormed(xml: string) {
  const stack: string[] = [];
  for (const token of xml.split(/(<[^>]*>)/)) {
    if (!token.startsWith("<")) {
      expect(token).not.toMatch(/<|&(?!amp;|lt;|gt;|quot;|#\d+;)/);
      continue;
    }
    const close = /^<\/([\w:-]+)>$/.exec(token);
    const open = /^<([\w:-]+)(\s+[\w:-]+="[^"<]*")*\s*(\/?)>$/.exec(token);
    if (close) expect(stack.pop()).toBe(close[1]);
    else if (open) {
      if (!open[3]) stack.push(open[1]!);
    } else throw new Error(`not a well-formed tag: ${token}`);
  }
  expect(stack).toEqual([]);
}

beforeAll(async () => {
  t = await createTestDb();
  await seed(t.db, { demo: false });
}, 180_000);
afterAll(() => t?.close());

describe("GET /insights/charts/<chart>", () => {
  it("answers every chart of the page as a standalone SVG with its title and citation", async () => {
    for (const chart of FIGURE_IDS) {
      const response = await call(chart);
      expect(response.status, chart).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
      expect(response.headers.get("content-disposition")).toBe(`attachment; filename="concord-${chart}.svg"`);
      const svg = await response.text();
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), chart).toBe(true);
      expectWellFormed(svg);
      // librsvg parses it as SVG: what an image viewer will do with the file.
      expect((await sharp(Buffer.from(svg)).metadata()).format, chart).toBe("svg");
    }
    const coverage = await (await call("coverage")).text();
    expect(coverage).toContain("<title>Share of networks working on each theme</title>");
    expect(coverage).toContain('fill="#ffffff"');
    expect(coverage).toContain("Acuto &amp; Rayner (2016)");
    expect(coverage).toMatch(/font-family="[^"]+"/);
  }, 120_000);

  it("answers a chart's table as CSV, with the page's filters", async () => {
    const response = await call("heatmap", "?format=csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="concord-heatmap.csv"');
    const [header, ...rows] = (await response.text()).trim().split(/\r?\n/);
    expect(header!.split(",")[0]).toBe("Network");
    expect(header).toContain("Climate");
    expect(rows.length).toBeGreaterThan(0);
    const histogram = (await (await call("histogram", "?format=csv&region=Europe")).text()).trim().split(/\r?\n/);
    expect(histogram[0]).toBe("Memberships,Cities");
    expect(histogram.slice(1).map((r) => r.split(",")[0])).toEqual(["1", "2", "3", "4", "5+"]);
  }, 60_000);

  it("renders in the reader's locale", async () => {
    const svg = await (await call("coverage", "", { "accept-language": "fr" })).text();
    expect(svg).toContain("<title>Part des réseaux");
    const cookie = await (await call("coverage", "", { cookie: "NEXT_LOCALE=es" })).text();
    expect(cookie).not.toContain("<title>Share of networks");
  });

  it("rasterises the same chart to PNG", async () => {
    const response = await call("overlap", "?format=png&region=Europe");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="concord-overlap.png"');
    const png = Buffer.from(await response.arrayBuffer());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const meta = await sharp(png).metadata();
    expect(meta.format).toBe("png");
    expect(meta.width).toBeGreaterThanOrEqual(640);
    expect(meta.height).toBeGreaterThan(200);
    expect(png.length).toBeGreaterThan(5_000);
  });

  it("answers 404 for an unknown chart and 400 for invalid filters", async () => {
    const unknown = await call("pie");
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toContain('There is no chart "pie"');
    const period = await call("coverage", "?from=2020&to=2000");
    expect(period.status).toBe(400);
    expect(await period.json()).toEqual({ error: { message: "The filters are not valid.", fieldErrors: { to: ["The first year must not be after the last."] } } });
    expect((await call("coverage", "?format=gif")).status).toBe(400);
    expect((await call("coverage", "?from=abc")).status).toBe(400);
    // Empty fields mean "any", as on the page's form.
    expect((await call("coverage", "?region=&from=")).status).toBe(200);
  });
});
