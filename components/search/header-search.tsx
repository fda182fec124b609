"use client";
import { usePathname } from "next/navigation";
import { useRef } from "react";
import { useI18n } from "@/lib/i18n/client";
import { SearchIcon } from "./search-icon";
import { useSlashFocus } from "./use-slash-focus";

/** The compact search box in the header (Enter searches; "/" jumps here). Hidden on /search, which has its own. */
export function HeaderSearch() {
  const pathname = usePathname();
  if (pathname === "/search") return null;
  return <HeaderSearchForm />;
}

function HeaderSearchForm() {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  useSlashFocus(input);
  return (
    <form method="get" action="/search" role="search" className="relative">
      <label htmlFor="header-q" className="sr-only">
        {t("search.header.label")}
      </label>
      <SearchIcon className="pointer-events-none absolute left-2.5 top-1/2 h-4 w-4 -translate-y-1/2 text-slate-500" />
      <input
        ref={input}
        id="header-q"
        name="q"
        type="search"
        placeholder={t("search.header.placeholder")}
        title={t("search.header.shortcut")}
        maxLength={200}
        autoComplete="off"
        enterKeyHint="search"
        className="h-8 w-28 rounded-md border border-slate-300 bg-white pl-8 pr-2 text-sm text-slate-900 placeholder:text-slate-500 focus:w-40 sm:focus:w-56 focus:border-teal-700 focus:outline-2 focus:outline-teal-700 motion-safe:transition-[width] sm:w-48"
      />
    </form>
  );
}
