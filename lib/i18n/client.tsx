"use client";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { UiLocale } from "./config";
import { createTranslator, mergeMessages, type Messages, type Translate } from "./translate";

type I18n = { locale: UiLocale; messages: Messages; t: Translate };

const I18nContext = createContext<I18n | null>(null);

/** The root layout's catalog (the shell's messages, English filled in: see client-catalog.ts). */
export function I18nProvider(props: { locale: UiLocale; messages: Messages; children: ReactNode }) {
  const { locale, messages } = props;
  const value = useMemo(() => ({ locale, messages, t: createTranslator(messages, undefined, locale) }), [locale, messages]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

/** A section's messages added to the shell's, for the client components below (SectionMessages). */
export function I18nScope(props: { messages: Messages; children: ReactNode }) {
  const parent = useContext(I18nContext);
  if (!parent) throw new Error("I18nScope must be used inside I18nProvider");
  const { messages } = props;
  const value = useMemo(() => {
    const all = mergeMessages(parent.messages, messages);
    return { locale: parent.locale, messages: all, t: createTranslator(all, undefined, parent.locale) };
  }, [parent, messages]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): { locale: UiLocale; t: Translate } {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n must be used inside I18nProvider");
  return value;
}
