"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { LOCALE_COOKIE, localeNames, locales, type UiLocale } from "@/lib/i18n/config";
import { useI18n } from "@/lib/i18n/client";

/**
 * Language choice with an explicit Apply (shown once another language is picked), so moving through
 * the options with the arrow keys does not reload the page on each one.
 */
export function LanguageSwitcher({ testId = "language-switcher" }: { testId?: string }) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [choice, setChoice] = useState<UiLocale>(locale);
  function apply(next: UiLocale) {
    document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
    startTransition(() => router.refresh());
  }
  return (
    <form
      className="flex items-center gap-1 text-sm"
      onSubmit={(e) => {
        e.preventDefault();
        apply(choice);
      }}
    >
      <label className="flex items-center gap-1">
        <span className="sr-only">{t("nav.language")}</span>
        <select
          value={choice}
          disabled={pending}
          onChange={(e) => setChoice(e.target.value as UiLocale)}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
          data-testid={testId}
        >
          {locales.map((l) => (
            <option key={l} value={l} lang={l}>
              {localeNames[l]}
            </option>
          ))}
        </select>
      </label>
      {choice !== locale ? (
        <button type="submit" disabled={pending} className="rounded-md bg-teal-700 px-2 py-1 text-sm font-medium text-white hover:bg-teal-800" data-testid={`${testId}-apply`}>
          {t("nav.apply")}
        </button>
      ) : null}
    </form>
  );
}
