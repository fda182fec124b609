import { IntlMessageFormat } from "intl-messageformat";
import { defaultLocale } from "./config";

export type Messages = { [key: string]: string | Messages };
export type TranslateParams = Record<string, string | number | null | undefined>;
export type Translate = (key: string, params?: TranslateParams) => string;

function lookup(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split(".")) {
    if (!node || typeof node === "string") return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

/** Messages with an ICU argument type (`{count, plural, one {…} other {…}}`) go through intl-messageformat. */
const ICU_ARGUMENT = /\{\s*\w+\s*,\s*(?:plural|selectordinal|select)\s*,/;

/** Compiled ICU messages, per locale and text: parsing costs far more than formatting. */
const compiled = new Map<string, IntlMessageFormat>();

function icu(template: string, locale: string): IntlMessageFormat {
  const cacheKey = `${locale}\u0000${template}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    // Catalogs write apostrophes as plain text ("d'initiatives"); ICU would read a lone ' before
    // { or # as the start of a quotation, so every apostrophe is doubled into a literal one.
    format = new IntlMessageFormat(template.replace(/'/g, "''"), locale, undefined, { ignoreTag: true });
    compiled.set(cacheKey, format);
  }
  return format;
}

function simple(template: string, params: TranslateParams): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    return value === undefined || value === null ? match : String(value);
  });
}

/**
 * `t("networks.count", { count: 3 })`; falls back to English, then to the key itself. `locale`
 * chooses the plural rules of `messages`; English text found through the fallback uses English rules.
 */
export function createTranslator(messages: Messages, fallback?: Messages, locale: string = defaultLocale): Translate {
  return (key, params) => {
    let template = lookup(messages, key);
    let rules = locale;
    if (template === undefined && fallback) {
      template = lookup(fallback, key);
      rules = defaultLocale;
    }
    if (template === undefined) return key;
    if (!ICU_ARGUMENT.test(template)) return params ? simple(template, params) : template;
    const values: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(params ?? {})) if (value !== undefined && value !== null) values[name] = value;
    try {
      return String(icu(template, rules).format(values));
    } catch {
      // A missing argument must not break the page: show what can be shown, as plain messages do.
      return simple(template, params ?? {});
    }
  };
}
