"use client";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { UiLocale } from "./config";
import { createTranslator, type Messages, type Translate } from "./translate";

const I18nContext = createContext<{ locale: UiLocale; t: Translate } | null>(null);

export function I18nProvider(props: { locale: UiLocale; messages: Messages; fallback: Messages; children: ReactNode }) {
  const { locale, messages, fallback } = props;
  const value = useMemo(() => ({ locale, t: createTranslator(messages, fallback, locale) }), [locale, messages, fallback]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n() {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n must be used inside I18nProvider");
  return value;
}
