import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { getDb } from "@/server/db/client";
import { authOptions } from "./options";
import { loadActor, type Context } from "./actor";

/** The request's context ({ db, actor }), once per request for server components and route handlers. */
export const getContext = cache(async (): Promise<Context> => {
  const db = getDb();
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: string; sessionVersion?: number } | undefined;
  return { db, actor: user?.id ? await loadActor(db, user.id, user.sessionVersion ?? 0) : null };
});
