import { describe, expect, it } from "vitest";
import { catalogs } from "@/messages";
import { locales, negotiateLocale } from "./config";
import { createTranslator, type Messages } from "./translate";

function keys(messages: Messages, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("locale negotiation", () => {
  it("picks the best supported language from Accept-Language", () => {
    expect(negotiateLocale("zh-TW,zh;q=0.9,en;q=0.8")).toBe("zh-CN");
    expect(negotiateLocale("de-DE,fr;q=0.8,en;q=0.5")).toBe("fr");
    expect(negotiateLocale("es-419,es;q=0.9")).toBe("es");
    expect(negotiateLocale("de,ja")).toBe("en");
    expect(negotiateLocale("en;q=0.2,fr;q=0.9")).toBe("fr");
    expect(negotiateLocale(undefined)).toBe("en");
  });
});

describe("translator", () => {
  it("fills parameters and falls back to English, then to the key", () => {
    const t = createTranslator({ a: { b: "Bonjour {name}" } }, { a: { c: "Only English" } });
    expect(t("a.b", { name: "Lyon" })).toBe("Bonjour Lyon");
    expect(t("a.c")).toBe("Only English");
    expect(t("a.missing")).toBe("a.missing");
  });
});

describe("message catalogs", () => {
  const english = keys(catalogs.en);

  it.each(locales.filter((l) => l !== "en"))("%s translates every English key, with the same placeholders", (locale) => {
    const t = createTranslator(catalogs[locale]);
    const missing = english.filter((key) => t(key) === key);
    expect(missing).toEqual([]);
    const enT = createTranslator(catalogs.en);
    const mismatched = english.filter((key) => placeholders(t(key)).join() !== placeholders(enT(key)).join());
    expect(mismatched).toEqual([]);
  });

  it("has no keys in other languages that English lacks", () => {
    for (const locale of locales) {
      const extra = keys(catalogs[locale]).filter((key) => !english.includes(key));
      expect(extra, locale).toEqual([]);
    }
  });
});
