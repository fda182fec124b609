import "server-only";
import { cookies, headers } from "next/headers";
import { catalogs } from "@/messages";
import { defaultLocale, isLocale, LOCALE_COOKIE, negotiateLocale, type UiLocale } from "./config";
import { createTranslator, type Translate } from "./translate";

/** The reader's locale: the NEXT_LOCALE cookie, else the Accept-Language header. */
export async function getLocale(): Promise<UiLocale> {
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return negotiateLocale((await headers()).get("accept-language"));
}

export async function getTranslator(): Promise<{ t: Translate; locale: UiLocale }> {
  const locale = await getLocale();
  return { t: createTranslator(catalogs[locale], catalogs[defaultLocale], locale), locale };
}
