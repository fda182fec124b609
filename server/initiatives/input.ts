import { z } from "zod";
import { optionalText, pageNumber } from "@/server/query-input";
import { citySlugs, disclosure, language, links, optionalDate, sdgNumbers, themeSlugs, versionField } from "@/server/knowledge/input";

export const INITIATIVE_PAGE_SIZE = 20;
export const initiativeStatuses = ["PLANNED", "ACTIVE", "COMPLETED"] as const;

const fields = {
  title: z.string().trim().min(3, "knowledge.errors.titleRequired").max(200, "knowledge.errors.titleTooLong"),
  summary: z.string().trim().min(10, "knowledge.errors.summaryRequired").max(600, "knowledge.errors.summaryTooLong"),
  body: z.string().trim().max(20_000, "knowledge.errors.bodyTooLong").default(""),
  status: z.enum(initiativeStatuses, "knowledge.errors.statusRequired"),
  startDate: optionalDate,
  endDate: optionalDate,
  themes: themeSlugs,
  sdgs: sdgNumbers,
  cities: citySlugs(0).default([]),
  partners: z
    .array(z.object({ partner: z.string().trim().min(1).max(120), disclosure }))
    .max(30, "knowledge.errors.tooManyPartners")
    .default([]),
  fundingSources: z.array(z.string().trim().min(1).max(160, "knowledge.errors.fundingTooLong")).max(10).default([]),
  links,
  language,
};

// YYYY-MM-DD strings compare in date order.
const datesInOrder = <T extends { startDate?: string | null; endDate?: string | null }>(v: T) =>
  !v.startDate || !v.endDate || v.endDate >= v.startDate;
const datesRule = { path: ["endDate"], message: "knowledge.errors.endBeforeStart" };

export const initiativeCreateInput = z
  .object({ ...fields, networkId: z.string().min(1), publish: z.boolean().default(false) })
  .refine(datesInOrder, datesRule);
export type InitiativeCreateInput = z.input<typeof initiativeCreateInput>;

export const initiativeUpdateInput = z
  .object({ ...fields, initiativeId: z.string().min(1), version: versionField })
  .refine(datesInOrder, datesRule);
export type InitiativeUpdateInput = z.input<typeof initiativeUpdateInput>;
export type InitiativeFields = z.output<typeof initiativeUpdateInput>;

export const initiativeStateInput = z.object({
  initiativeId: z.string().min(1),
  version: versionField,
  state: z.enum(["DRAFT", "PUBLISHED", "ARCHIVED"]),
});
export type InitiativeStateInput = z.input<typeof initiativeStateInput>;

export const coOwnerInviteInput = z.object({ initiativeId: z.string().min(1), networkSlug: z.string().trim().min(1).max(120) });
export const coOwnerAnswerInput = z.object({ initiativeId: z.string().min(1), networkId: z.string().min(1), accept: z.boolean() });

/** What the drafting form sends to find similar initiatives while staff type. */
export const similarDraftInput = z.object({
  networkId: z.string().min(1),
  initiativeId: z.string().min(1).optional(),
  title: z.string().max(200).default(""),
  summary: z.string().max(600).default(""),
  themes: z.array(z.string().max(80)).max(18).default([]),
  sdgs: z.array(z.number().int().min(1).max(17)).max(17).default([]),
  cities: z.array(z.string().max(120)).max(200).default([]),
});
export type SimilarDraftInput = z.input<typeof similarDraftInput>;

export const proposalInput = z.object({
  fromInitiativeId: z.string().min(1),
  toInitiativeId: z.string().min(1),
  message: z.string().trim().min(10, "knowledge.errors.messageRequired").max(2000, "knowledge.errors.messageTooLong"),
});
export type ProposalInput = z.input<typeof proposalInput>;

export const proposalAnswerInput = z.object({
  proposalId: z.string().min(1),
  accept: z.boolean(),
  answer: z.string().trim().max(2000, "knowledge.errors.messageTooLong").optional(),
});
export type ProposalAnswerInput = z.input<typeof proposalAnswerInput>;

export const relationInput = z.object({
  initiativeId: z.string().min(1),
  otherId: z.string().min(1),
  kind: z.enum(["DUPLICATE", "RELATED"]).nullable(),
});
export type RelationInput = z.input<typeof relationInput>;

/** The /initiatives query string: unknown values fall back to no filter. */
export const initiativeListInput = z.object({
  q: optionalText(100),
  theme: optionalText(80),
  sdg: z.coerce.number().int().min(1).max(17).optional().catch(undefined),
  network: optionalText(120),
  status: z.string().trim().toUpperCase().pipe(z.enum(initiativeStatuses)).optional().catch(undefined),
  city: optionalText(120),
  region: optionalText(100),
  page: pageNumber,
});
export type InitiativeListInput = z.input<typeof initiativeListInput>;
