import type { DbOrTx } from "@/server/db/client";

/** Categories for the cross-network mechanisms; their names and descriptions live in the "forum" catalog. */
export const MECHANISM_CATEGORIES = ["dialogue", "secretariat-exchange", "frameworks", "city-challenges"] as const;
export type MechanismSlug = (typeof MECHANISM_CATEGORIES)[number];

// Mechanism categories sort after every theme category, whatever the number of themes.
const MECHANISM_POSITION = 1000;

export const isMechanismSlug = (slug: string): slug is MechanismSlug => (MECHANISM_CATEGORIES as readonly string[]).includes(slug);

/**
 * Creates the missing categories: one per theme (slug = the theme's slug) and one per mechanism.
 * Idempotent, so seeding, tests and the first page view may all call it.
 */
export async function ensureForumCategories(db: DbOrTx): Promise<number> {
  const [themes, existing] = await Promise.all([
    db.theme.findMany({ select: { id: true, slug: true, position: true } }),
    db.forumCategory.findMany({ select: { slug: true, themeId: true } }),
  ]);
  const slugs = new Set(existing.map((c) => c.slug));
  const themed = new Set(existing.map((c) => c.themeId).filter((id): id is string => !!id));
  const data = [
    ...themes.filter((th) => !themed.has(th.id) && !slugs.has(th.slug)).map((th) => ({ slug: th.slug, themeId: th.id, position: th.position })),
    ...MECHANISM_CATEGORIES.filter((slug) => !slugs.has(slug)).map((slug) => ({ slug, position: MECHANISM_POSITION + MECHANISM_CATEGORIES.indexOf(slug) })),
  ];
  if (!data.length) return 0;
  const created = await db.forumCategory.createMany({ data, skipDuplicates: true });
  return created.count;
}
