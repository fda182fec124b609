import { describe, expect, it } from "vitest";
import { matchCity } from "./match";

const cities = [
  { slug: "lyon", name: "Lyon", countryCode: "FR" },
  { slug: "san-francisco", name: "San Francisco", countryCode: "US" },
  { slug: "santiago", name: "Santiago", countryCode: "CL" },
  { slug: "sao-paulo", name: "São Paulo", countryCode: "BR" },
  { slug: "portland-or", name: "Portland", countryCode: "US" },
  { slug: "portland-me", name: "Portland", countryCode: "US" },
  { slug: "portland-au", name: "Portland", countryCode: "AU" },
  { slug: "nairobi", name: "Nairobi", countryCode: "KE" },
];

const slugOf = (query: string) => {
  const m = matchCity(query, cities);
  return m.kind === "match" ? m.city.slug : m.kind === "ambiguous" ? m.cities.map((c) => c.slug) : m.kind;
};

describe("matchCity", () => {
  it("adds the unique city a part of its name names", () => {
    expect(slugOf("nair")).toBe("nairobi");
    expect(slugOf("  LYON ")).toBe("lyon");
    expect(slugOf("francisco")).toBe("san-francisco");
  });

  it("ignores accents and takes the label the list offers", () => {
    expect(slugOf("sao p")).toBe("sao-paulo");
    expect(slugOf("São Paulo (BR)")).toBe("sao-paulo");
    expect(slugOf("Portland (AU)")).toBe("portland-au");
  });

  it("says when several cities fit, and which", () => {
    expect(slugOf("san")).toEqual(["san-francisco", "santiago"]);
    expect(slugOf("portland")).toEqual(["portland-or", "portland-me", "portland-au"]);
  });

  it("prefers an exact name over names that merely start with it", () => {
    const m = matchCity("san", [...cities, { slug: "san", name: "San", countryCode: "ML" }]);
    expect(m).toMatchObject({ kind: "match", city: { slug: "san" } });
  });

  it("says when nothing fits, and ignores an empty query", () => {
    expect(slugOf("xyz")).toBe("none");
    expect(slugOf("   ")).toBe("empty");
  });
});
