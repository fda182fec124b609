import type { DbOrTx } from "@/server/db/client";
import type { Prisma } from "@/server/db/generated/client";

export const ATTACHMENT_KINDS = ["initiative", "practice", "framework", "event", "challenge"] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];
export type AttachmentTarget = { kind: AttachmentKind; id: string };

/** The thread column that holds each kind of attachment. */
export const attachmentColumn = {
  initiative: "initiativeId",
  practice: "practiceId",
  framework: "frameworkId",
  event: "eventId",
  challenge: "challengeId",
} as const satisfies Record<AttachmentKind, keyof Prisma.ForumThreadWhereInput>;

export const ATTACHED_THREADS_LIMIT = 10;

/** Visible threads attached to a record, most recent activity first (index on the attachment column). */
export async function listAttachedThreads(db: DbOrTx, target: AttachmentTarget, take = ATTACHED_THREADS_LIMIT) {
  const where: Prisma.ForumThreadWhereInput = { [attachmentColumn[target.kind]]: target.id, hiddenAt: null, deletedAt: null };
  const [threads, total] = await Promise.all([
    db.forumThread.findMany({
      where,
      orderBy: [{ lastPostAt: "desc" }, { id: "desc" }],
      take,
      select: {
        id: true,
        title: true,
        replyCount: true,
        lastPostAt: true,
        language: true,
        acceptedPostId: true,
        author: { select: { name: true } },
      },
    }),
    db.forumThread.count({ where }),
  ]);
  return { threads, total };
}
