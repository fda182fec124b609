import { defaultLocale } from "./config";
import { formatIcu, type IcuValues } from "./icu";

export type Messages = { [key: string]: string | Messages };
export type TranslateParams = Record<string, string | number | null | undefined>;
export type Translate = (key: string, params?: TranslateParams) => string;

/** `base` with `overrides` laid over it, key by key at every depth. */
export function mergeMessages(base: Messages, overrides: Messages): Messages {
  const merged: Messages = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const under = merged[key];
    merged[key] = typeof value !== "string" && under !== undefined && typeof under !== "string" ? mergeMessages(under, value) : value;
  }
  return merged;
}

function lookup(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split(".")) {
    if (!node || typeof node === "string") return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

/** Messages with an ICU argument type (`{count, plural, one {…} other {…}}`) go through formatIcu. */
const ICU_ARGUMENT = /\{\s*\w+\s*,\s*(?:plural|selectordinal|select)\s*,/;

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
    const values: IcuValues = {};
    for (const [name, value] of Object.entries(params ?? {})) if (value !== undefined && value !== null) values[name] = value;
    try {
      return formatIcu(template, values, rules);
    } catch {
      // A missing argument must not break the page: show what can be shown, as plain messages do.
      return simple(template, params ?? {});
    }
  };
}
