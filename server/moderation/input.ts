import { z } from "zod";
import { optionalText } from "@/server/query-input";

export const flagReasons = ["SPAM", "OFF_TOPIC", "HARASSMENT", "UNDISCLOSED_INTEREST", "OTHER"] as const;
export type FlagReasonValue = (typeof flagReasons)[number];

export const QUEUE_PAGE_SIZE = 20;
export const AUDIT_PAGE_SIZE = 50;
export const MAX_SUSPENSION_DAYS = 365;

const id = z.string().trim().min(1).max(64);
/** Why a moderator acted: shown to the person concerned, so it must say something. */
const decisionReason = z
  .string("moderation.errors.reasonRequired")
  .trim()
  .min(3, "moderation.errors.reasonRequired")
  .max(500, "moderation.errors.reasonTooLong");

export const flagInput = z
  .object({
    postId: id,
    reason: z.enum(flagReasons, "moderation.errors.flagReasonRequired"),
    note: z.string().trim().max(1000, "moderation.errors.noteTooLong").optional().transform((v) => v || undefined),
  })
  .refine((v) => v.reason !== "OTHER" || !!v.note, { path: ["note"], message: "moderation.errors.noteRequired" });
export type FlagInput = z.input<typeof flagInput>;

export const hideInput = z.object({ postId: id, reason: decisionReason });
export type HideInput = z.input<typeof hideInput>;

export const postInput = z.object({ postId: id });
export const threadInput = z.object({ threadId: id });
export const userInput = z.object({ userId: id });

export const warnInput = z.object({ userId: id, reason: decisionReason, postId: id.optional() });
export type WarnInput = z.input<typeof warnInput>;

export const suspendInput = z.object({
  userId: id,
  days: z.coerce
    .number("moderation.errors.daysRange")
    .int("moderation.errors.daysRange")
    .min(1, "moderation.errors.daysRange")
    .max(MAX_SUSPENSION_DAYS, "moderation.errors.daysRange"),
  reason: decisionReason,
  postId: id.optional(),
});
export type SuspendInput = z.input<typeof suspendInput>;

export const moveInput = z.object({ threadId: id, categoryId: z.string("moderation.errors.categoryRequired").trim().min(1, "moderation.errors.categoryRequired").max(64) });
export type MoveInput = z.input<typeof moveInput>;

/** The review queue's URL filters; anything unexpected falls back to the default view. */
export const queueInput = z.object({
  status: z.enum(["open", "resolved"]).catch("open").default("open"),
  reason: z.enum(flagReasons).optional().catch(undefined),
  cursor: optionalText(200),
});
/** What the page passes from its query string: anything, checked by queueInput. */
export type QueueInput = { status?: string; reason?: string; cursor?: string };

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)))
  .optional()
  .catch(undefined);

/** The audit log's URL filters. */
export const auditInput = z.object({
  action: optionalText(120),
  actor: optionalText(200),
  entityType: optionalText(80),
  from: day,
  to: day,
  cursor: optionalText(200),
});
export type AuditInput = z.input<typeof auditInput>;

/** How long a moderator can take back a verification or a dismissal they just made. */
export const UNDO_WINDOW_MS = 10 * 60 * 1000;
export const networkUndoInput = z.object({ networkId: id });
