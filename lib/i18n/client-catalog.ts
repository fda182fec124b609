import "server-only";
import { catalogs } from "@/messages";
import { defaultLocale, type UiLocale } from "./config";
import type { Messages } from "./translate";

function withFallback(messages: Messages, fallback: Messages): Messages {
  const merged: Messages = { ...fallback };
  for (const [key, value] of Object.entries(messages)) {
    const base = merged[key];
    merged[key] = typeof value !== "string" && base !== undefined && typeof base !== "string" ? withFallback(value, base) : value;
  }
  return merged;
}

const merged = new Map<UiLocale, Messages>();

/**
 * The catalog client components receive: the locale's messages with English filled in where a
 * translation is missing. One object passed as both `messages` and `fallback` is serialised once
 * into the RSC payload; the two catalogs passed separately put both (~134 kB each) in every page.
 */
export function clientCatalog(locale: UiLocale): Messages {
  let catalog = merged.get(locale);
  if (!catalog) {
    catalog = locale === defaultLocale ? catalogs[locale] : withFallback(catalogs[locale], catalogs[defaultLocale]);
    merged.set(locale, catalog);
  }
  return catalog;
}
