import type { DbOrTx } from "@/server/db/client";
import { advisoryXactLock } from "@/server/db/locks";

/** URL slug: lowercase ASCII words joined by hyphens ("São Paulo" → "sao-paulo"). */
export function slugify(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

/** A network's slug is its lowercase acronym, else its name (`/networks/iclei`, `/networks/c40`). */
export function networkSlug(name: string, acronym?: string | null): string {
  return slugify(acronym?.trim() || name) || "network";
}

/**
 * The base slug, or the base with its first free numeric suffix ("-2", "-3", …). `taken` returns
 * the existing slugs that start with a prefix (one query, whatever the table). Call it inside the
 * creating transaction: an advisory lock on the table and base, held until commit, makes a
 * concurrent create of the same title (a double-submitted form) wait and then pick the next suffix
 * instead of failing on the unique index.
 */
export async function uniqueSlug(tx: DbOrTx, table: string, base: string, taken: (prefix: string) => Promise<{ slug: string }[]>): Promise<string> {
  await advisoryXactLock(tx, `slug:${table}:${base}`);
  const used = new Set((await taken(base)).map((row) => row.slug));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
