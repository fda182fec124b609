"use client";
import { useEffect, useRef } from "react";
import { buttonVariants } from "@/components/ui/button-variants";
import { SearchIcon } from "./search-icon";
import { useSlashFocus } from "./use-slash-focus";

/**
 * The /search form: a plain GET form, so it works without JavaScript and results are linkable.
 * The active type and theme filters travel along; an empty box takes the focus. A plain button with
 * buttonVariants: Button would bring tailwind-merge to the search page.
 */
export function SearchBox(props: {
  q: string;
  type?: string;
  theme?: string;
  labels: { label: string; placeholder: string; submit: string; hint: string };
}) {
  const input = useRef<HTMLInputElement>(null);
  useSlashFocus(input);
  useEffect(() => {
    if (!props.q) input.current?.focus();
  }, [props.q]);
  return (
    <form method="get" action="/search" role="search" className="space-y-2">
      <label htmlFor="search-q" className="block text-sm font-medium text-slate-800">
        {props.labels.label}
      </label>
      <div className="flex gap-2">
        <div className="relative flex-1">
          <SearchIcon className="pointer-events-none absolute left-3 top-1/2 h-5 w-5 -translate-y-1/2 text-slate-500" />
          <input
            ref={input}
            id="search-q"
            name="q"
            type="search"
            defaultValue={props.q}
            placeholder={props.labels.placeholder}
            maxLength={200}
            autoComplete="off"
            enterKeyHint="search"
            aria-describedby="search-hint"
            className="block h-12 w-full rounded-md border border-slate-300 bg-white pl-10 pr-3 text-base text-slate-900 shadow-sm placeholder:text-slate-500 focus:border-teal-700 focus:outline-2 focus:outline-teal-700"
          />
        </div>
        {props.type ? <input type="hidden" name="type" value={props.type} /> : null}
        {props.theme ? <input type="hidden" name="theme" value={props.theme} /> : null}
        <button type="submit" className={buttonVariants({ size: "xl" })}>
          {props.labels.submit}
        </button>
      </div>
      <p id="search-hint" className="text-sm text-slate-600">
        {props.labels.hint}
      </p>
    </form>
  );
}
