import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogs } from "@/messages";
import { clientCatalog, pickMessages, scopedCatalog, sectionMessages, shellMessages } from "./client-catalog";
import { clientKeys, routeFilesUnder } from "./client-keys";
import { createTranslator, type Messages } from "./translate";

const keys = (messages: object, prefix = ""): string[] =>
  Object.entries(messages).flatMap(([key, value]) => (typeof value === "string" ? [prefix + key] : keys(value as object, `${prefix}${key}.`)));

function exists(key: string): boolean {
  let node: string | Messages | undefined = catalogs.en;
  for (const part of key.split(".")) node = typeof node === "string" || node === undefined ? undefined : node[part];
  return node !== undefined;
}

const covers = (prefixes: readonly string[], key: string) => prefixes.some((prefix) => key === prefix || key.startsWith(`${prefix}.`));

describe("clientCatalog", () => {
  it("translates every key as the two catalogs did, from one object", () => {
    for (const locale of ["fr", "es", "zh-CN"] as const) {
      const before = createTranslator(catalogs[locale], catalogs.en);
      const after = createTranslator(clientCatalog(locale));
      for (const key of new Set([...keys(catalogs.en), ...keys(catalogs[locale])])) expect(after(key), `${locale} ${key}`).toBe(before(key));
    }
    expect(clientCatalog("en")).toBe(catalogs.en);
  });
});

describe("scoped client catalogs", () => {
  const folders = readdirSync("app", { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== "api").map((entry) => entry.name);

  it("hold every key the client components of each part of the app can ask for", () => {
    const missing: string[] = [];
    const check = (scope: string, entries: string[], prefixes: readonly string[]) => {
      const { keys: wanted, prefixes: templates } = clientKeys(entries);
      for (const key of [...wanted, ...templates]) if (exists(key) && !covers(prefixes, key)) missing.push(`${scope}: ${key}`);
    };
    check("shell", ["app/layout.tsx", "app/error.tsx", "app/not-found.tsx", "app/page.tsx", "app/api/docs/page.tsx"], shellMessages);
    for (const folder of folders) {
      const section = sectionMessages[folder as keyof typeof sectionMessages] ?? [];
      check(folder, routeFilesUnder(folder), [...shellMessages, ...section]);
    }
    expect(missing).toEqual([]);
  });

  it("reach each section through its layout", () => {
    for (const section of Object.keys(sectionMessages)) {
      const layout = `app/${section}/layout.tsx`;
      expect(existsSync(layout), layout).toBe(true);
      expect(readFileSync(layout, "utf8"), layout).toContain(`<SectionMessages section="${section}">`);
    }
  });

  it("send a page a small part of the catalog, with the translations of the full one", () => {
    const size = (messages: Messages) => JSON.stringify(messages).length;
    expect(size(scopedCatalog("en", "shell"))).toBeLessThan(size(catalogs.en) / 10);
    for (const section of Object.keys(sectionMessages) as (keyof typeof sectionMessages)[]) expect(size(scopedCatalog("en", section)), section).toBeLessThan(size(catalogs.en) / 2);
    for (const locale of ["en", "fr", "zh-CN"] as const) {
      const full = createTranslator(clientCatalog(locale), undefined, locale);
      const forum = createTranslator(pickMessages(clientCatalog(locale), sectionMessages.forum), undefined, locale);
      for (const key of keys(catalogs.en).filter((key) => covers(sectionMessages.forum, key))) expect(forum(key, { count: 2 }), key).toBe(full(key, { count: 2 }));
    }
  });
});
