import { z } from "zod";
import type { Actor } from "@/server/auth/actor";
import type { DbOrTx } from "@/server/db/client";
import { advisoryXactLock } from "@/server/db/locks";
import { AppError } from "@/server/errors";

// Posting limits. They are counted from the ForumPost rows themselves (authorId, createdAt index),
// so they hold across every app instance sharing the database, and one person's concurrent posts
// are serialised with a transaction-scoped advisory lock so two requests cannot both pass the check.

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

const count = (fallback: number) => z.coerce.number().int().min(1).max(100_000).default(fallback);

const limitsSchema = z.object({
  FORUM_NEW_ACCOUNT_DAYS: z.coerce.number().int().min(0).max(3650).default(3),
  FORUM_NEW_POSTS_PER_MINUTE: count(3),
  FORUM_NEW_POSTS_PER_HOUR: count(20),
  FORUM_NEW_MAX_LINKS: z.coerce.number().int().min(0).max(1000).default(2),
  FORUM_POSTS_PER_MINUTE: count(10),
  FORUM_POSTS_PER_HOUR: count(120),
});

export type PostingLimits = {
  newAccountDays: number;
  newPerMinute: number;
  newPerHour: number;
  newMaxLinks: number;
  perMinute: number;
  perHour: number;
};

/** Reads the limits from the environment; an empty variable means the default. */
export function parsePostingLimits(env: Record<string, string | undefined>): PostingLimits {
  const present = Object.fromEntries(Object.entries(env).filter(([key, value]) => key.startsWith("FORUM_") && value !== undefined && value.trim() !== ""));
  const parsed = limitsSchema.safeParse(present);
  if (!parsed.success) {
    const fields = Object.keys(z.flattenError(parsed.error).fieldErrors).join(", ");
    throw new Error(`Invalid posting limits in the environment (${fields}): use whole numbers of at least 1 (0 allowed for FORUM_NEW_ACCOUNT_DAYS and FORUM_NEW_MAX_LINKS).`);
  }
  const v = parsed.data;
  return {
    newAccountDays: v.FORUM_NEW_ACCOUNT_DAYS,
    newPerMinute: v.FORUM_NEW_POSTS_PER_MINUTE,
    newPerHour: v.FORUM_NEW_POSTS_PER_HOUR,
    newMaxLinks: v.FORUM_NEW_MAX_LINKS,
    perMinute: v.FORUM_POSTS_PER_MINUTE,
    perHour: v.FORUM_POSTS_PER_HOUR,
  };
}

let cached: PostingLimits | null = null;
/** The environment's limits, parsed once per process. */
export function postingLimits(): PostingLimits {
  cached ??= parsePostingLimits(process.env);
  return cached;
}

/**
 * Links in a post: Markdown links and images count once each (whatever their text), then every bare
 * URL or www. address left over.
 */
export function countLinks(body: string): number {
  let links = 0;
  const rest = body.replace(/!?\[[^\]]*\]\([^)\s]*(?:\s+"[^"]*")?\)/g, () => {
    links += 1;
    return " ";
  });
  return links + (rest.match(/(?:\bhttps?:\/\/|\bwww\.)[^\s<>]+/gi)?.length ?? 0);
}

export const isNewAccount = (actor: Pick<Actor, "createdAt">, limits: PostingLimits, now: Date) =>
  now.getTime() - actor.createdAt.getTime() < limits.newAccountDays * DAY_MS;

/** Throws "suspended until <date>" while a moderator's suspension runs; posting services call it before the policy check so the person learns the end date. */
export function assertNotSuspended(actor: Actor | null, now: Date = new Date()): void {
  if (actor?.suspendedUntil && actor.suspendedUntil > now) {
    throw new AppError("FORBIDDEN", "moderation.limits.suspended", { params: { until: actor.suspendedUntil.toISOString().slice(0, 10) } });
  }
}

/**
 * Throws a clear error when a suspended person posts, or a person posts too fast or (while their
 * account is new) with too many links. Call it inside the posting transaction, before the insert.
 */
export async function assertPostingAllowed(
  db: DbOrTx,
  actor: Actor,
  post: { body: string },
  options: { now?: Date; limits?: PostingLimits } = {},
): Promise<void> {
  const now = options.now ?? new Date();
  const limits = options.limits ?? postingLimits();
  assertNotSuspended(actor, now);
  const fresh = isNewAccount(actor, limits, now);
  if (fresh) {
    const links = countLinks(post.body);
    if (links > limits.newMaxLinks) {
      throw new AppError("VALIDATION", "moderation.limits.tooManyLinks", { params: { limit: limits.newMaxLinks, count: links } });
    }
  }
  // Waits for this person's other posting transaction, if any, to commit; released at commit.
  await advisoryXactLock(db, `forum-post:${actor.id}`);
  const perMinute = fresh ? limits.newPerMinute : limits.perMinute;
  const perHour = fresh ? limits.newPerHour : limits.perHour;
  // The newest posts of the last hour, at most as many as the hourly limit: enough to decide both limits.
  const recent = await db.forumPost.findMany({
    where: { authorId: actor.id, createdAt: { gt: new Date(now.getTime() - HOUR_MS) } },
    orderBy: { createdAt: "desc" },
    take: Math.max(perHour, perMinute),
    select: { createdAt: true },
  });
  const inLastMinute = recent.filter((p) => p.createdAt.getTime() > now.getTime() - MINUTE_MS);
  const prefix = fresh ? "moderation.limits.new" : "moderation.limits.established";
  if (inLastMinute.length >= perMinute) {
    // The post that has to leave the window before one more fits.
    const blocking = inLastMinute[perMinute - 1]!;
    const seconds = Math.max(1, Math.ceil((blocking.createdAt.getTime() + MINUTE_MS - now.getTime()) / 1000));
    throw new AppError("RATE_LIMITED", `${prefix}.perMinute`, { params: { limit: perMinute, seconds } });
  }
  if (recent.length >= perHour) {
    const blocking = recent[perHour - 1]!;
    const minutes = Math.max(1, Math.ceil((blocking.createdAt.getTime() + HOUR_MS - now.getTime()) / MINUTE_MS));
    throw new AppError("RATE_LIMITED", `${prefix}.perHour`, { params: { limit: perHour, minutes } });
  }
}
