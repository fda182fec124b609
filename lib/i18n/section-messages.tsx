import type { ReactNode } from "react";
import { scopedCatalog, type Section } from "./client-catalog";
import { I18nScope } from "./client";
import { getLocale } from "./server";

/** Gives the client components of app/<section> the messages they translate (sectionMessages). */
export async function SectionMessages({ section, children }: { section: Section; children: ReactNode }) {
  return <I18nScope messages={scopedCatalog(await getLocale(), section)}>{children}</I18nScope>;
}
