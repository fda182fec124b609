"use client";
import { useEffect, useSyncExternalStore } from "react";
import { Unavailable } from "@/components/common/unavailable";
import { defaultLocale, isLocale, LOCALE_COOKIE, negotiateLocale, type UiLocale } from "@/lib/i18n/config";
import { createTranslator } from "@/lib/i18n/translate";
import en from "@/messages/en/errors.json";
import es from "@/messages/es/errors.json";
import fr from "@/messages/fr/errors.json";
import zh from "@/messages/zh-CN/errors.json";
import "./globals.css";

// The root layout itself failed (no providers, no catalogs): this page brings its own <html>, the
// error messages of the four locales only, and picks the locale as the server would.
const catalogs: Record<UiLocale, typeof en> = { en, fr, es, "zh-CN": zh };

function browserLocale(): UiLocale {
  const cookie = document.cookie.split("; ").find((c) => c.startsWith(`${LOCALE_COOKIE}=`))?.slice(LOCALE_COOKIE.length + 1);
  return isLocale(cookie) ? cookie : negotiateLocale(navigator.languages.join(","));
}
const noSubscription = () => () => undefined;

export default function GlobalError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const locale = useSyncExternalStore(noSubscription, browserLocale, () => defaultLocale);
  useEffect(() => console.error(error), [error]);
  const t = createTranslator({ errors: catalogs[locale] }, { errors: catalogs[defaultLocale] }, locale);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto max-w-7xl px-4 py-4 text-lg font-bold text-teal-800">Concord</div>
        </header>
        <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-8">
          <Unavailable t={t} retry={retry} />
        </main>
      </body>
    </html>
  );
}
