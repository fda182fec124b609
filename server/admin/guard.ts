import "server-only";
import { notFound, redirect } from "next/navigation";
import type { Actor, Context } from "@/server/auth/actor";
import { getContext } from "@/server/auth/session";

/**
 * Every admin page checks its own rule (a layout alone is not enough: pages render in parallel with
 * it). Anonymous readers are sent to sign in; everyone else refused sees the ordinary 404, so the
 * page does not even reveal that it exists.
 */
export async function adminPageContext(path: string, allowed: (actor: Actor) => boolean): Promise<Context & { actor: Actor }> {
  const ctx = await getContext();
  if (!ctx.actor) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  if (!allowed(ctx.actor)) notFound();
  return { db: ctx.db, actor: ctx.actor };
}

type Search = Record<string, string | string[] | undefined>;

/** The first value of a query parameter. */
export const param = (search: Search, name: string) => {
  const value = search[name];
  return Array.isArray(value) ? value[0] : value;
};

/** The page's own URL with `changes` applied; empty values and page 1 are left out. */
export function hrefWith(path: string, current: Record<string, string | number | undefined>, changes: Record<string, string | number | undefined>) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...current, ...changes })) {
    if (value === undefined || value === "" || (key === "page" && Number(value) <= 1)) continue;
    query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
