import { describe, expect, it } from "vitest";
import { foldText, containsPattern } from "./search";

describe("accent folding", () => {
  it("folds every accented letter to its plain letter", () => {
    expect(foldText("Łódź")).toBe("lodz");
    expect(foldText("São Paulo")).toBe("sao paulo");
    expect(foldText("Besançon")).toBe("besancon");
    expect(foldText("Gdańsk")).toBe("gdansk");
    expect(foldText("Malmö")).toBe("malmo");
    expect(foldText("Česká Ñandú")).toBe("ceska nandu");
  });

  it("escapes LIKE wildcards in the query", () => {
    expect(containsPattern("100%_x")).toBe("%100\\%\\_x%");
  });
});
