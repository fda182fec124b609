import { z } from "zod";
import { language, versionField } from "@/server/knowledge/input";
import { ATTACHMENT_KINDS } from "./attachments";

export const THREAD_PAGE_SIZE = 25;
export const POST_PAGE_SIZE = 20;
export const MAX_TAGS = 5;

const id = z.string().trim().min(1).max(64);
const body = z.string().trim().min(2, "forum.errors.bodyRequired").max(20_000, "forum.errors.bodyTooLong");
const title = z.string().trim().min(5, "forum.errors.titleRequired").max(160, "forum.errors.titleTooLong");

/** Who a post speaks for: one of the actor's verified affiliations, or themselves. */
export const speakerKinds = ["INDIVIDUAL", "NETWORK", "CITY", "PARTNER"] as const;
const speaker = {
  speakerKind: z.enum(speakerKinds, "forum.errors.speakerRequired").default("INDIVIDUAL"),
  /** The network, city or partner id; absent when speaking as an individual. */
  speakerId: z.string().trim().max(64).optional(),
  /** Required when speaking for a partner: the organisation's interest in the topic. */
  disclosure: z.string().trim().max(500, "forum.errors.disclosureTooLong").optional(),
};
type SpeakerFields = { speakerKind: (typeof speakerKinds)[number]; speakerId?: string; disclosure?: string };
function checkSpeaker(v: SpeakerFields, ctx: z.RefinementCtx) {
  if (v.speakerKind !== "INDIVIDUAL" && !v.speakerId) ctx.addIssue({ code: "custom", path: ["speakerId"], message: "forum.errors.speakerRequired" });
  if (v.speakerKind === "PARTNER" && (v.disclosure ?? "").length < 3) {
    ctx.addIssue({ code: "custom", path: ["disclosure"], message: "forum.errors.disclosureRequired" });
  }
}

export const tagNames = z
  .array(z.string().trim().min(2, "forum.errors.tagTooShort").max(30, "forum.errors.tagTooLong"))
  .max(MAX_TAGS, "forum.errors.tooManyTags")
  .default([]);

export const attachmentInput = z.object({ kind: z.enum(ATTACHMENT_KINDS), id });

export const threadCreateInput = z
  .object({ categoryId: id, title, body, tags: tagNames, language, attachment: attachmentInput.nullish(), ...speaker })
  .superRefine(checkSpeaker);
export type ThreadCreateInput = z.input<typeof threadCreateInput>;

export const replyInput = z.object({ threadId: id, body, replyToId: id.nullish(), ...speaker }).superRefine(checkSpeaker);
export type ReplyInput = z.input<typeof replyInput>;

/** `title` only applies to the opening post, whose edit may rename the thread. */
export const editPostInput = z.object({ postId: id, version: versionField, body, title: title.optional() });
export type EditPostInput = z.input<typeof editPostInput>;

export const postIdInput = z.object({ postId: id });
export const likeInput = z.object({ postId: id, liked: z.boolean() });
export const acceptInput = z.object({ threadId: id, postId: id.nullable() });
export const followThreadInput = z.object({ threadId: id, follow: z.boolean() });
export const followCategoryInput = z.object({ categoryId: id, follow: z.boolean() });

export const draftKey = z.string().regex(/^(thread:|reply:)[A-Za-z0-9_-]{1,64}$/, "forum.errors.draftKey");
export const draftSaveInput = z.object({
  key: draftKey,
  title: z.string().max(160).optional(),
  body: z.string().max(20_000, "forum.errors.bodyTooLong"),
});
export const draftKeyInput = z.object({ key: draftKey });

export const mentionQueryInput = z.object({ q: z.string().trim().min(1).max(60) });

/** A thread-list cursor: "<lastPostAt ms>.<id>" (opaque to readers). */
export const threadCursor = z
  .string()
  .regex(/^\d{1,15}\.[A-Za-z0-9_-]{1,64}$/)
  .optional()
  .catch(undefined);

export const threadListInput = z.object({
  categorySlug: z.string().trim().min(1).max(120).optional(),
  tag: z.string().trim().max(40).optional().catch(undefined),
  cities: z.boolean().default(false),
  /** latest: recent activity first; top: most liked and replied in the last TOP_WINDOW_DAYS; unread: followed-up threads with new posts. */
  order: z.enum(["latest", "top", "unread"]).default("latest"),
  cursor: threadCursor,
  take: z.number().int().min(1).max(100).default(THREAD_PAGE_SIZE),
});
export const TOP_WINDOW_DAYS = 30;
export type ThreadListInput = z.input<typeof threadListInput>;

const postNumber = z.coerce.number().int().min(1).max(10_000_000).optional().catch(undefined);
/** Posts of a thread: after N (next page), before N (previous page) or from N (a jump to a post). */
export const postListInput = z.object({
  threadId: id,
  after: postNumber,
  before: postNumber,
  from: postNumber,
  cities: z.boolean().default(false),
  take: z.number().int().min(1).max(100).default(POST_PAGE_SIZE),
});
export type PostListInput = z.input<typeof postListInput>;
