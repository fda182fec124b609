import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { catalogs } from "@/messages";
import { locales, negotiateLocale } from "./config";
import { createTranslator, type Messages } from "./translate";

function keys(messages: Messages, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

type Ast = ReturnType<IntlMessageFormat["getAst"]>;

/** Every argument a message reads, plain ({name}) or ICU ({count, plural, …}), inside plural branches too. */
function argumentNames(ast: Ast, into = new Set<string>()): Set<string> {
  for (const element of ast) {
    if ("value" in element && typeof element.value === "string" && element.type !== 0) into.add(element.value);
    if ("options" in element) for (const option of Object.values(element.options)) argumentNames(option.value, into);
  }
  return into;
}
const placeholders = (text: string, locale: string) =>
  [...argumentNames(new IntlMessageFormat(text.replace(/'/g, "''"), locale, undefined, { ignoreTag: true }).getAst())].sort();

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
    // Without arguments the translator hands back the catalog text itself.
    const mismatched = english.filter((key) => placeholders(t(key), locale).join() !== placeholders(enT(key), "en").join());
    expect(mismatched).toEqual([]);
  });

  it("has no keys in other languages that English lacks", () => {
    for (const locale of locales) {
      const extra = keys(catalogs[locale]).filter((key) => !english.includes(key));
      expect(extra, locale).toEqual([]);
    }
  });
});

describe("plurals (ICU message format)", () => {
  const flagged = (locale: (typeof locales)[number], count: number) =>
    createTranslator(catalogs[locale], catalogs.en, locale)("initiatives.similar.flagged", { count });

  it("English: one and other", () => {
    expect(flagged("en", 1)).toBe("1 similar initiative found");
    expect(flagged("en", 0)).toBe("0 similar initiatives found");
    expect(flagged("en", 3)).toBe("3 similar initiatives found");
    expect(flagged("en", 1234)).toBe("1,234 similar initiatives found");
  });

  it("French: one covers 0 and 1; numbers use French grouping", () => {
    expect(flagged("fr", 0)).toBe("0 initiative semblable trouvée");
    expect(flagged("fr", 1)).toBe("1 initiative semblable trouvée");
    expect(flagged("fr", 2)).toBe("2 initiatives semblables trouvées");
    expect(flagged("fr", 1234)).toBe("1\u202f234 initiatives semblables trouvées");
  });

  it("Spanish: one is exactly 1", () => {
    expect(flagged("es", 1)).toBe("1 iniciativa parecida encontrada");
    expect(flagged("es", 0)).toBe("0 iniciativas parecidas encontradas");
    expect(flagged("es", 5)).toBe("5 iniciativas parecidas encontradas");
  });

  it("Chinese: a single form", () => {
    expect(flagged("zh-CN", 1)).toBe("发现 1 个类似项目");
    expect(flagged("zh-CN", 7)).toBe("发现 7 个类似项目");
  });

  it("keeps plain interpolation beside a plural, and apostrophes literal", () => {
    const t = createTranslator(catalogs.fr, catalogs.en, "fr");
    expect(t("search.count", { count: 1, q: "vélo" })).toBe("1 résultat pour « vélo »");
    expect(t("forum.post.likes", { count: 2 })).toBe("2 mentions J'aime");
    const custom = createTranslator({ a: "{count, plural, one {# ville d'{name}} other {# villes d'{name}}}" }, undefined, "fr");
    expect(custom("a", { count: 1, name: "Europe" })).toBe("1 ville d'Europe");
    expect(custom("a", { count: 4, name: "Europe" })).toBe("4 villes d'Europe");
  });

  it("English text reached through the fallback uses English rules", () => {
    const t = createTranslator({}, { a: "{count, plural, one {# city} other {# cities}}" }, "fr");
    expect(t("a", { count: 0 })).toBe("0 cities");
  });

  it("a missing argument shows the text rather than throwing", () => {
    const t = createTranslator({ a: "{count, plural, one {# city} other {# cities}} near {name}" });
    expect(t("a", { name: "Lyon" })).toContain("Lyon");
  });

  it.each(locales)("every %s message parses, and every plural has an other branch", (locale) => {
    const broken = keys(catalogs[locale]).filter((key) => {
      const text = createTranslator(catalogs[locale])(key);
      try {
        const ast = new IntlMessageFormat(text.replace(/'/g, "''"), locale, undefined, { ignoreTag: true }).getAst();
        const missingOther = (nodes: Ast): boolean =>
          nodes.some((n) => "options" in n && (!("other" in n.options) || Object.values(n.options).some((o) => missingOther(o.value))));
        return missingOther(ast);
      } catch {
        return true;
      }
    });
    expect(broken).toEqual([]);
  });

  it("no catalog keeps a hand-made singular twin of a plural message", () => {
    expect(keys(catalogs.en).filter((key) => /(countOne|CountOne|oneFlag)$/.test(key))).toEqual([]);
  });
});
