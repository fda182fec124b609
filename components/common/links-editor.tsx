"use client";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/form";

// The "links" rows of the knowledge forms (initiatives, practices): label + web address, added and
// removed freely. Rows carry a stable key so React keeps focus and values when one is removed.

export type LinkRow = { key: number; label: string; url: string };

let nextKey = 1;
export const rowKey = () => nextKey++;
export const toLinkRows = (links: { label: string; url: string }[]): LinkRow[] => links.map((l) => ({ key: rowKey(), ...l }));
/** The rows as the API takes them: trimmed, empty rows left out. */
export const fromLinkRows = (rows: LinkRow[]) =>
  rows.map((l) => ({ label: l.label.trim(), url: l.url.trim() })).filter((l) => l.label || l.url);

export const MAX_LINKS = 10;

export function LinksEditor(props: {
  idPrefix: string;
  rows: LinkRow[];
  onChange: (update: (rows: LinkRow[]) => LinkRow[]) => void;
  labels: { label: string; url: string; remove: string; add: string };
  errorsFor?: (index: number, field: "label" | "url") => string[] | undefined;
}) {
  const { rows, onChange, labels } = props;
  const edit = (key: number, change: Partial<LinkRow>) => onChange((list) => list.map((r) => (r.key === key ? { ...r, ...change } : r)));
  return (
    <>
      {rows.length ? (
        <ul className="space-y-2">
          {rows.map((row, i) => (
            <li key={row.key} className="grid gap-2 sm:grid-cols-[14rem_1fr_auto] sm:items-start">
              <Field id={`${props.idPrefix}-link-${row.key}-label`} label={labels.label} errors={props.errorsFor?.(i, "label")}>
                {(aria) => <Input {...aria} value={row.label} maxLength={120} onChange={(e) => edit(row.key, { label: e.target.value })} />}
              </Field>
              <Field id={`${props.idPrefix}-link-${row.key}-url`} label={labels.url} errors={props.errorsFor?.(i, "url")}>
                {(aria) => (
                  <Input {...aria} type="url" inputMode="url" placeholder="https://" value={row.url} maxLength={500} onChange={(e) => edit(row.key, { url: e.target.value })} />
                )}
              </Field>
              <Button variant="ghost" size="sm" className="sm:mt-6" onClick={() => onChange((list) => list.filter((r) => r.key !== row.key))}>
                {labels.remove}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {rows.length < MAX_LINKS ? (
        <Button variant="secondary" size="sm" onClick={() => onChange((list) => [...list, { key: rowKey(), label: "", url: "" }])}>
          + {labels.add}
        </Button>
      ) : null}
    </>
  );
}
