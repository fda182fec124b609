"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { LOCALE_COOKIE, localeNames, locales, type UiLocale } from "@/lib/i18n/config";
import { useI18n } from "@/lib/i18n/client";

export function LanguageSwitcher() {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  function choose(next: UiLocale) {
    document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
    startTransition(() => router.refresh());
  }
  return (
    <label className="flex items-center gap-1 text-sm">
      <span className="sr-only">{t("nav.language")}</span>
      <select
        value={locale}
        disabled={pending}
        onChange={(e) => choose(e.target.value as UiLocale)}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
        data-testid="language-switcher"
      >
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {localeNames[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
