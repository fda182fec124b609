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

/** `t("networks.count", { count: 3 })`; falls back to English, then to the key itself. */
export function createTranslator(messages: Messages, fallback?: Messages): Translate {
  return (key, params) => {
    const template = lookup(messages, key) ?? (fallback ? lookup(fallback, key) : undefined) ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = params[name];
      return value === undefined || value === null ? match : String(value);
    });
  };
}
