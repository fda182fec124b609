import type { Db } from "@/server/db/client";
import { notFound } from "@/server/errors";

export const PROFILE_POSTS = 10;

/**
 * What anyone may see of a person: name, organisation, their public roles and recent visible
 * forum posts. Never the email address, preferences or pending claims.
 */
export async function publicProfile(db: Db, id: string) {
  const user = await db.user.findFirst({
    where: { id, deletedAt: null },
    select: {
      id: true,
      name: true,
      organisation: true,
      createdAt: true,
      staff: { where: { network: { status: "VERIFIED" } }, select: { role: true, network: { select: { slug: true, name: true } } }, orderBy: { network: { name: "asc" } } },
      cityOfficers: { where: { status: "VERIFIED" }, select: { title: true, city: { select: { slug: true, name: true } } }, orderBy: { city: { name: "asc" } } },
      partnerMembers: { where: { status: "VERIFIED" }, select: { partner: { select: { slug: true, name: true } } }, orderBy: { partner: { name: "asc" } } },
      posts: {
        // A post stays out of sight when its thread is hidden or deleted by moderation, not only
        // when the post itself is.
        where: { hiddenAt: null, deletedAt: null, thread: { hiddenAt: null, deletedAt: null } },
        orderBy: { createdAt: "desc" },
        take: PROFILE_POSTS,
        select: { id: true, number: true, body: true, createdAt: true, thread: { select: { id: true, title: true } } },
      },
    },
  });
  if (!user) throw notFound();
  return user;
}
