import type { Db } from "@/server/db/client";
import type { Prisma } from "@/server/db/generated/client";

type Writer = Pick<Db, "auditLog">;

/** Records who did what to which record; pass the transaction client to keep it atomic with the change. */
export async function audit(
  db: Writer,
  entry: { actorId: string | null; action: string; entityType: string; entityId: string; data?: Prisma.InputJsonValue },
) {
  await db.auditLog.create({ data: entry });
}
