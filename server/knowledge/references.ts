import type { DbOrTx } from "@/server/db/client";
import { invalid } from "@/server/errors";

// Forms send slugs; records store ids. Every slug must exist, or the whole change is refused.

async function resolve(found: { id: string; slug: string }[], slugs: string[], field: string, key: string) {
  const bySlug = new Map(found.map((r) => [r.slug, r.id]));
  const missing = slugs.filter((s) => !bySlug.has(s));
  if (missing.length) throw invalid({ [field]: [key] });
  return slugs.map((s) => bySlug.get(s)!);
}

export async function themeIdsOf(db: DbOrTx, slugs: string[]) {
  const unique = [...new Set(slugs)];
  if (!unique.length) return [];
  return resolve(await db.theme.findMany({ where: { slug: { in: unique } }, select: { id: true, slug: true } }), unique, "themes", "knowledge.errors.themeUnknown");
}

export async function cityIdsOf(db: DbOrTx, slugs: string[]) {
  const unique = [...new Set(slugs)];
  if (!unique.length) return [];
  return resolve(await db.city.findMany({ where: { slug: { in: unique } }, select: { id: true, slug: true } }), unique, "cities", "knowledge.errors.cityUnknown");
}

export async function partnerIdsOf(db: DbOrTx, slugs: string[]) {
  const unique = [...new Set(slugs)];
  if (!unique.length) return [];
  return resolve(await db.partner.findMany({ where: { slug: { in: unique } }, select: { id: true, slug: true } }), unique, "partners", "knowledge.errors.partnerUnknown");
}

/** A unique slug for a new record: the base, or the base with -2, -3 … */
export async function freeSlug(taken: (slug: string) => Promise<boolean>, base: string) {
  const root = base || "item";
  if (!(await taken(root))) return root;
  for (let n = 2; n < 1000; n++) {
    const slug = `${root.slice(0, 75)}-${n}`;
    if (!(await taken(slug))) return slug;
  }
  return `${root.slice(0, 60)}-${Date.now().toString(36)}`;
}
