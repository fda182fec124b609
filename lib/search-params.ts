// Reading a page's query string and building links back to it, shared by every listing page.

/** `path?name=value&page=n`, leaving out empty values and page 1. */
export function pageHref(path: string, params: Record<string, string | undefined>, page: number): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export type SearchParams = Record<string, string | string[] | undefined>;
export const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
