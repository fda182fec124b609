import { describe, expect, it } from "vitest";
import { endpoints } from "./openapi";
import { apiReference } from "./reference";

describe("the /api/docs reference", () => {
  const groups = apiReference();
  const all = groups.flatMap((g) => g.endpoints);

  it("lists every registered endpoint once, under its tag", () => {
    expect(all.map((e) => e.path).sort()).toEqual(endpoints.map((e) => e.path).sort());
    for (const e of endpoints) expect(groups.find((g) => g.tag === e.tag)?.endpoints.some((x) => x.path === e.path)).toBe(true);
  });

  it("gives parameters with types and defaults, row fields with nested names, and CSV availability", () => {
    const networks = all.find((e) => e.path === "/api/v1/networks")!;
    expect(networks.parameters).toContainEqual(expect.objectContaining({ name: "limit", type: "integer = 20", required: false }));
    expect(networks.parameters).toContainEqual(expect.objectContaining({ name: "format", type: '"json" | "csv" = "json"' }));
    expect(networks.fields).toContainEqual(expect.objectContaining({ name: "slug", type: "string", required: true }));
    expect(networks.fields).toContainEqual(expect.objectContaining({ name: "headquarters.city", type: "string | null" }));
    expect(networks.csv).toBe(true);
    const framework = all.find((e) => e.path === "/api/v1/frameworks/{slug}")!;
    expect(framework.csv).toBe(false);
    expect(framework.notFound).toBe(true);
    expect(framework.parameters[0]).toMatchObject({ name: "slug (path)", required: true });
    expect(framework.fields.length).toBeGreaterThan(3);
  });
});
