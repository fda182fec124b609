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
 * the existing slugs that start with a prefix (one query, whatever the table).
 */
export async function uniqueSlug(base: string, taken: (prefix: string) => Promise<{ slug: string }[]>): Promise<string> {
  const used = new Set((await taken(base)).map((row) => row.slug));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
