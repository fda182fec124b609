import { describe, expect, it } from "vitest";
import { terms } from "@/server/search/text";
import { MIN_SCORE, similarity, type SimilarityProfile } from "./similarity";

const profile = (text: string, themes: string[], sdgs: number[], cities: string[] = []): SimilarityProfile => ({
  keyTerms: terms(text),
  themes,
  sdgs,
  cities,
});

// A fixture where the right order is known: the draft is C40's clean-bus pledge.
const draft = profile(
  "Clean Bus Declaration: cities commit to procure only zero-emission buses from 2025 and cut transport emissions",
  ["mobility", "climate"],
  [11, 13],
  ["london", "paris", "santiago", "bogota"],
);
const nearDuplicate = profile(
  "Zero-emission bus pledge: member cities commit to buy only zero-emission buses from 2025 to cut emissions",
  ["mobility", "climate"],
  [11, 13],
  ["paris", "bogota", "jakarta"],
);
const sameThemeOnly = profile("Cycling superhighways connecting suburbs with city centres", ["mobility"], [11], ["copenhagen"]);
const unrelated = profile("Intangible heritage festivals and public libraries", ["culture"], [4], ["bamako"]);

describe("similarity", () => {
  it("ranks near-duplicates above same-theme-only, which rank above unrelated", () => {
    const near = similarity(draft, nearDuplicate).score;
    const theme = similarity(draft, sameThemeOnly).score;
    const none = similarity(draft, unrelated).score;
    expect(near).toBeGreaterThan(theme);
    expect(theme).toBeGreaterThan(none);
    expect(none).toBe(0);
    expect(near).toBeGreaterThanOrEqual(60);
    expect(theme).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it("is symmetric and bounded", () => {
    expect(similarity(draft, nearDuplicate).score).toBe(similarity(nearDuplicate, draft).score);
    expect(similarity(draft, draft).score).toBe(100);
  });

  it("explains itself with the shared words, themes, SDGs and cities", () => {
    const { reasons } = similarity(draft, nearDuplicate);
    expect(reasons.sharedTerms).toEqual(expect.arrayContaining(["emission", "buses", "commit", "2025"]));
    expect(reasons.sharedThemes).toEqual(["mobility", "climate"]);
    expect(reasons.sharedSdgs).toEqual([11, 13]);
    expect(reasons.sharedCities).toEqual(["paris", "bogota"]);
  });

  it("scores zero between empty profiles", () => {
    expect(similarity(profile("", [], []), profile("", [], [])).score).toBe(0);
  });
});
