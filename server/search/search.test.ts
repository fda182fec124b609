import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/server/test/db";
import { writeDocuments, type SearchSource } from "./documents";
import { search, snippetParts } from "./query";
import { terms } from "./text";

let t: TestDb;

const doc = (over: Partial<SearchSource> & Pick<SearchSource, "entityId" | "title">): SearchSource => ({
  kind: "PRACTICE",
  slug: over.entityId,
  keyText: "",
  bodyText: "",
  language: "en",
  themeSlugs: [],
  ...over,
});

const sources: SearchSource[] = [
  doc({ entityId: "zh-bus", title: "深圳公交电动化", language: "zh", keyText: "深圳市推动全部公交车电动化，城市公共交通系统实现绿色转型。", themeSlugs: ["mobility", "climate"] }),
  doc({ entityId: "fr-resilience", title: "Plan de résilience face aux crues", language: "fr", keyText: "La ville renforce sa résilience urbaine face aux inondations de la Seine.", themeSlugs: ["resilience"] }),
  doc({ entityId: "en-heat", kind: "INITIATIVE", title: "Urban heat action network", keyText: "Cities share heat action plans and early warning systems.", themeSlugs: ["climate", "health"] }),
  doc({ entityId: "en-food", kind: "INITIATIVE", title: "Urban food systems", keyText: "School meals and short supply chains; heat is not the topic here.", themeSlugs: ["food"] }),
  doc({ entityId: "es-agua", title: "Gestión del agua en Medellín", language: "es", keyText: "Medellín recupera quebradas y mejora la gestión del agua pluvial.", themeSlugs: ["environment"] }),
  doc({ entityId: "en-nairobi", title: "Nairobi flood early warning", keyText: "Community sirens along the Nairobi River protect health centres.", themeSlugs: ["resilience"] }),
  doc({ entityId: "es-ciudades", title: "Ciudades caminables", language: "es", keyText: "Calles para peatones en Bogotá.", themeSlugs: ["mobility"] }),
  doc({ entityId: "net-c40", kind: "NETWORK", title: "C40 Cities Climate Leadership Group (C40)", keyText: "A network of mayors taking climate action.", themeSlugs: ["climate"] }),
];

beforeAll(async () => {
  t = await createTestDb();
  for (const kind of ["PRACTICE", "INITIATIVE", "NETWORK"] as const) {
    const mine = sources.filter((s) => s.kind === kind);
    await writeDocuments(t.db, kind, mine.map((s) => s.entityId), mine);
  }
});
afterAll(() => t.close());

const ids = async (q: string, extra: { kind?: "PRACTICE" | "INITIATIVE" | "NETWORK"; theme?: string } = {}) =>
  (await search(t.db, { q, limit: 20, offset: 0, ...extra })).hits.map((h) => h.entityId);

describe("terms", () => {
  it("segments Chinese into words, folds accents and drops elided articles and stopwords", () => {
    expect(terms("国际城市网络参与全球治理")).toEqual(["国际", "城市", "网络", "参与", "全球", "治理"]);
    expect(terms("L'eau et la Résilience")).toEqual(["eau", "resilience"]);
  });
});

describe("search", () => {
  it("finds a Chinese practice by a word inside a longer sentence", async () => {
    expect(await ids("城市")).toEqual(["zh-bus"]);
    expect(await ids("公共交通")).toEqual(["zh-bus"]);
  });

  it("finds the same French practice with and without accents", async () => {
    expect(await ids("résilience")).toEqual(["fr-resilience"]);
    expect(await ids("resilience")).toEqual(["fr-resilience"]);
    expect(await ids("RESILIENCE")).toEqual(["fr-resilience"]);
    expect(await ids("gestion agua medellin")).toEqual(["es-agua"]);
  });

  it("tolerates one wrong letter in an English query", async () => {
    const result = await search(t.db, { q: "heet action", limit: 20, offset: 0 });
    expect(result.hits[0]?.entityId).toBe("en-heat");
    expect(result.expanded.find((e) => e.term === "heet")?.alternatives).toContain("heat");
  });

  it("finds other forms of a word in English, French and Spanish", async () => {
    expect(await ids("Nairobi flooding")).toEqual(["en-nairobi"]);
    expect(await ids("Nairobi floods")).toEqual(["en-nairobi"]);
    expect(await ids("inondation Seine")).toEqual(["fr-resilience"]);
    expect(await ids("ciudad caminable")).toEqual(["es-ciudades"]);
    // Words that only share letters are not forms of each other ("heat" / "health" both in the index).
    const heat = await search(t.db, { q: "heat", limit: 20, offset: 0 });
    expect(heat.expanded[0]?.alternatives).toEqual(["heat"]);
  });

  it("widens only words the index does not know, and ranks exact words above widened ones", async () => {
    const heat = await search(t.db, { q: "heat", limit: 20, offset: 0 });
    expect(heat.expanded).toEqual([{ term: "heat", alternatives: ["heat"] }]);
    const typo = await search(t.db, { q: "medelin", limit: 20, offset: 0 });
    expect(typo.hits.map((h) => h.entityId)).toEqual(["es-agua"]);
  });

  it("marks whole words only, except in Chinese", async () => {
    const [hit] = (await search(t.db, { q: "agua", limit: 1, offset: 0 })).hits;
    expect(hit!.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(["agua"]);
    expect(snippetParts("imagen de la edad", ["age"]).some((p) => p.hit)).toBe(false);
    expect(snippetParts("深圳公交电动化", ["公"]).filter((p) => p.hit).map((p) => p.text)).toEqual(["公"]);
  });

  it("ranks a title match above a body match, and counts facets by kind and theme", async () => {
    const result = await search(t.db, { q: "heat", limit: 20, offset: 0 });
    expect(result.hits.map((h) => h.entityId)).toEqual(["en-heat", "en-food"]);
    expect(result.facets.kinds).toEqual({ INITIATIVE: 2 });
    expect(result.facets.themes).toEqual(
      expect.arrayContaining([{ slug: "climate", count: 1 }, { slug: "food", count: 1 }, { slug: "health", count: 1 }]),
    );
  });

  it("filters by kind and theme", async () => {
    expect(await ids("climate", { kind: "NETWORK" })).toEqual(["net-c40"]);
    expect(await ids("heat", { theme: "food" })).toEqual(["en-food"]);
  });

  it("requires every word, and falls back to any word when no record has them all", async () => {
    const result = await search(t.db, { q: "heat medellin", limit: 20, offset: 0 });
    expect(result.partial).toBe(true);
    expect(result.hits.map((h) => h.entityId).sort()).toEqual(["en-food", "en-heat", "es-agua"]);
  });

  it("returns nothing for an empty or stopword-only query", async () => {
    expect(await ids("  ")).toEqual([]);
    expect(await ids("the of and")).toEqual([]);
  });

  it("marks hits in the snippet in the original spelling", async () => {
    const [hit] = (await search(t.db, { q: "resilience", limit: 1, offset: 0 })).hits;
    expect(hit!.title.filter((p) => p.hit).map((p) => p.text)).toEqual(["résilience"]);
    expect(hit!.snippet.some((p) => p.hit && p.text === "résilience")).toBe(true);
  });

  it("cuts a long text around its first hit", () => {
    const text = `${"lorem ipsum ".repeat(40)}resilience plan ${"dolor sit ".repeat(40)}`;
    const parts = snippetParts(text, ["resilience"]);
    expect(parts[0]!.text).toBe("… ");
    expect(parts.find((p) => p.hit)?.text).toBe("resilience");
    expect(parts.map((p) => p.text).join("").length).toBeLessThan(260);
  });
});
