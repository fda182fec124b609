"use client";
import { useMemo, useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { cityLabel, matchCity, type CityChoice } from "@/lib/cities/match";

/** How many of the fitting cities an "ambiguous" message names. */
const NAMED = 3;

type Status = { tone: "info" | "error"; text: string } | null;

/**
 * Registry cities chosen by typing: pick from the list, or type part of a name and press Add (or
 * Enter). Add takes the one city the text fits, and otherwise says why not, in a live region.
 */
export function CityPicker(props: {
  id: string;
  cities: readonly CityChoice[];
  value: string[];
  onChange: (slugs: string[]) => void;
  labels: { label: string; hint?: string; placeholder: string; add: string; remove: (city: string) => string };
  errors?: string[];
  /** Test id of the list of chosen cities. */
  testId?: string;
}) {
  const { id, cities, value, onChange, labels, errors = [] } = props;
  const { t } = useI18n();
  const [query, setQuery] = useState("");
  const [status, setStatus] = useState<Status>(null);
  const bySlug = useMemo(() => new Map(cities.map((c) => [c.slug, c])), [cities]);

  function add(text: string) {
    const found = matchCity(text, cities);
    if (found.kind === "empty") return setStatus({ tone: "error", text: t("common.cityPicker.empty") });
    if (found.kind === "none") return setStatus({ tone: "error", text: t("common.cityPicker.none", { query: text.trim() }) });
    if (found.kind === "ambiguous") {
      const names = found.cities.slice(0, NAMED).map(cityLabel).join(", ");
      return setStatus({ tone: "error", text: t("common.cityPicker.ambiguous", { count: found.cities.length, query: text.trim(), names }) });
    }
    const name = cityLabel(found.city);
    setQuery("");
    if (value.includes(found.city.slug)) return setStatus({ tone: "info", text: t("common.cityPicker.already", { city: name }) });
    onChange([...value, found.city.slug]);
    setStatus({ tone: "info", text: t("common.cityPicker.added", { city: name }) });
  }

  const hintId = labels.hint ? `${id}-hint` : undefined;
  const statusId = `${id}-status`;
  const errorId = errors.length ? `${id}-error` : undefined;
  return (
    <div className="space-y-2" role="group" aria-labelledby={`${id}-label`}>
      <Label id={`${id}-label`} htmlFor={id}>
        {labels.label}
      </Label>
      {labels.hint ? (
        <p id={hintId} className="text-xs text-slate-600">
          {labels.hint}
        </p>
      ) : null}
      {value.length ? (
        <ul className="flex flex-wrap gap-2" data-testid={props.testId ?? `${id}-chosen`}>
          {value.map((slug) => {
            const city = bySlug.get(slug);
            const name = city ? cityLabel(city) : slug;
            return (
              <li key={slug} className="inline-flex items-center gap-1 rounded-full bg-teal-50 py-1 pr-1 pl-3 text-sm text-teal-950 ring-1 ring-teal-200">
                {name}
                <button
                  type="button"
                  className="inline-flex size-6 items-center justify-center rounded-full text-teal-900 hover:bg-teal-100 focus-visible:outline-2 focus-visible:outline-teal-700"
                  aria-label={labels.remove(name)}
                  onClick={() => {
                    onChange(value.filter((s) => s !== slug));
                    setStatus({ tone: "info", text: t("common.cityPicker.removed", { city: name }) });
                  }}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className="flex max-w-xl gap-2">
        <Input
          id={id}
          list={`${id}-options`}
          value={query}
          placeholder={labels.placeholder}
          autoComplete="off"
          aria-invalid={errors.length > 0 || status?.tone === "error"}
          aria-describedby={[hintId, statusId, errorId].filter(Boolean).join(" ")}
          onChange={(e) => {
            setQuery(e.target.value);
            setStatus(null);
            // Choosing an entry of the list adds that city at once.
            if (cities.some((c) => cityLabel(c) === e.target.value)) add(e.target.value);
          }}
          onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
            if (e.key === "Enter") {
              e.preventDefault();
              add(query);
            }
          }}
        />
        <Button variant="secondary" className="shrink-0 whitespace-nowrap" onClick={() => add(query)}>
          {labels.add}
        </Button>
      </div>
      <datalist id={`${id}-options`}>
        {cities.map((c) => (
          <option key={c.slug} value={cityLabel(c)} />
        ))}
      </datalist>
      <p id={statusId} aria-live="polite" data-testid={`${id}-status`} className={status?.tone === "error" ? "text-sm text-red-700" : "text-sm text-slate-700"}>
        {status?.text}
      </p>
      {errors.length ? (
        <p id={errorId} className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
