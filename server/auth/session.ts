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
  const userId = (session?.user as { id?: string } | undefined)?.id;
  return { db, actor: userId ? await loadActor(db, userId) : null };
});
