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
