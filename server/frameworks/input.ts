import { z } from "zod";
import { language, optionalDate, optionalUrl, versionField } from "@/server/knowledge/input";

// What the framework forms and actions send. Messages are catalog keys in the "frameworks" namespace.

const id = z.string().min(1).max(40);

const frameworkFields = {
  title: z.string().trim().min(3, "frameworks.errors.titleRequired").max(200, "frameworks.errors.titleTooLong"),
  anchor: z.string().trim().min(2, "frameworks.errors.anchorRequired").max(200, "frameworks.errors.anchorTooLong"),
  summary: z.string().trim().min(10, "frameworks.errors.summaryRequired").max(600, "frameworks.errors.summaryTooLong"),
  body: z.string().trim().max(20_000, "frameworks.errors.bodyTooLong").default(""),
  sourceUrl: optionalUrl("frameworks.errors.sourceUrl"),
  language,
  consultationOpens: optionalDate,
  consultationCloses: optionalDate,
};

// YYYY-MM-DD strings compare in date order; a window needs both ends.
const windowComplete = <T extends { consultationOpens?: string | null; consultationCloses?: string | null }>(v: T) =>
  !v.consultationOpens === !v.consultationCloses;
const windowInOrder = <T extends { consultationOpens?: string | null; consultationCloses?: string | null }>(v: T) =>
  !v.consultationOpens || !v.consultationCloses || v.consultationCloses >= v.consultationOpens;

export const indicatorList = z
  .array(z.string().trim().min(2, "frameworks.errors.indicatorTooShort").max(300, "frameworks.errors.indicatorTooLong"))
  .max(20, "frameworks.errors.tooManyIndicators")
  .default([]);

export const pillarFields = {
  title: z.string().trim().min(2, "frameworks.errors.pillarTitleRequired").max(200, "frameworks.errors.pillarTitleTooLong"),
  description: z.string().trim().min(10, "frameworks.errors.pillarDescriptionRequired").max(2000, "frameworks.errors.pillarDescriptionTooLong"),
  indicators: indicatorList,
};

export const frameworkCreateInput = z
  .object({
    ...frameworkFields,
    pillars: z.array(z.object(pillarFields)).max(30, "frameworks.errors.tooManyPillars").default([]),
  })
  .refine(windowComplete, { path: ["consultationCloses"], message: "frameworks.errors.windowIncomplete" })
  .refine(windowInOrder, { path: ["consultationCloses"], message: "frameworks.errors.windowOrder" });
export type FrameworkCreateInput = z.input<typeof frameworkCreateInput>;

export const frameworkUpdateInput = z
  .object({ ...frameworkFields, frameworkId: id, version: versionField })
  .refine(windowComplete, { path: ["consultationCloses"], message: "frameworks.errors.windowIncomplete" })
  .refine(windowInOrder, { path: ["consultationCloses"], message: "frameworks.errors.windowOrder" });
export type FrameworkUpdateInput = z.input<typeof frameworkUpdateInput>;

export const pillarAddInput = z.object({ frameworkId: id, version: versionField, ...pillarFields });
export type PillarAddInput = z.input<typeof pillarAddInput>;

export const pillarUpdateInput = z.object({ frameworkId: id, version: versionField, pillarId: id, ...pillarFields });
export type PillarUpdateInput = z.input<typeof pillarUpdateInput>;

export const pillarMoveInput = z.object({ frameworkId: id, version: versionField, pillarId: id, direction: z.enum(["up", "down"]) });
export type PillarMoveInput = z.input<typeof pillarMoveInput>;

export const pillarRemoveInput = z.object({ frameworkId: id, version: versionField, pillarId: id });
export type PillarRemoveInput = z.input<typeof pillarRemoveInput>;

export const endorseInput = z.object({
  frameworkId: id,
  networkId: id,
  commitment: z.string().trim().min(20, "frameworks.errors.commitmentRequired").max(2000, "frameworks.errors.commitmentTooLong"),
});
export type EndorseInput = z.input<typeof endorseInput>;

export const withdrawInput = z.object({ frameworkId: id, networkId: id });
export type WithdrawInput = z.input<typeof withdrawInput>;

export const mappingProposeInput = z.object({
  pillarId: id,
  target: z.enum(["INITIATIVE", "PRACTICE"], "frameworks.errors.targetRequired"),
  targetId: z.string("frameworks.errors.targetRequired").min(1, "frameworks.errors.targetRequired").max(40),
  note: z.string().trim().max(1000, "frameworks.errors.noteTooLong").nullable().optional().transform((v) => v || null),
});
export type MappingProposeInput = z.input<typeof mappingProposeInput>;

export const mappingDecideInput = z.object({ mappingId: id, accept: z.boolean() });
export type MappingDecideInput = z.input<typeof mappingDecideInput>;

export const commentInput = z.object({
  pillarId: id,
  body: z.string().trim().min(3, "frameworks.errors.commentRequired").max(4000, "frameworks.errors.commentTooLong"),
});
export type CommentInput = z.input<typeof commentInput>;

export const commentHideInput = z.object({ commentId: id, hidden: z.boolean() });
export type CommentHideInput = z.input<typeof commentHideInput>;
