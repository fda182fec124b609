import { describe, expect, it } from "vitest";
import { catalogs } from "@/messages";
import { clientCatalog } from "./client-catalog";
import { createTranslator } from "./translate";

describe("clientCatalog", () => {
  it("translates every key as the two catalogs did, from one object", () => {
    const keys = (messages: object, prefix = ""): string[] =>
      Object.entries(messages).flatMap(([key, value]) => (typeof value === "string" ? [prefix + key] : keys(value as object, `${prefix}${key}.`)));
    for (const locale of ["fr", "es", "zh-CN"] as const) {
      const before = createTranslator(catalogs[locale], catalogs.en);
      const after = createTranslator(clientCatalog(locale));
      for (const key of new Set([...keys(catalogs.en), ...keys(catalogs[locale])])) expect(after(key), `${locale} ${key}`).toBe(before(key));
    }
    expect(clientCatalog("en")).toBe(catalogs.en);
  });
});
