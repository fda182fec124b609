import type { DbOrTx } from "@/server/db/client";
import { invalid } from "@/server/errors";

// Forms send slugs; records store ids. Every slug must exist, or the whole change is refused.

async function resolve(found: { id: string; slug: string }[], slugs: string[], field: string, key: string) {
  const bySlug = new Map(found.map((r) => [r.slug, r.id]));
  const missing = slugs.filter((s) => !bySlug.has(s));
  if (missing.length) throw invalid({ [field]: [key] });
  return slugs.map((s) => bySlug.get(s)!);
}

/** `unknownKey` lets each form say it in its own words (networks and knowledge have their own catalogs). */
export async function themeIdsOf(db: DbOrTx, slugs: string[], unknownKey = "knowledge.errors.themeUnknown") {
  const unique = [...new Set(slugs)];
  if (!unique.length) return [];
  return resolve(await db.theme.findMany({ where: { slug: { in: unique } }, select: { id: true, slug: true } }), unique, "themes", unknownKey);
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
