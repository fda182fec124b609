import { z } from "zod";
import { optionalText, pageNumber } from "@/server/query-input";
import { language, themeSlugs, versionField } from "@/server/knowledge/input";

// Messages are catalog keys in the "challenges" namespace (themes and language reuse "knowledge").

export const CHALLENGE_PAGE_SIZE = 20;
export const urgencies = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
export const challengeStatuses = ["OPEN", "ADDRESSED", "CLOSED"] as const;
export const responseKinds = ["INITIATIVE", "PRACTICE", "COMMITMENT"] as const;

const id = z.string().min(1);

const fields = {
  title: z.string().trim().min(5, "challenges.errors.titleRequired").max(160, "challenges.errors.titleTooLong"),
  problem: z.string().trim().min(30, "challenges.errors.problemRequired").max(10_000, "challenges.errors.problemTooLong"),
  helpNeeded: z.string().trim().min(20, "challenges.errors.helpRequired").max(5_000, "challenges.errors.helpTooLong"),
  urgency: z.enum(urgencies, "challenges.errors.urgencyRequired"),
  themes: themeSlugs,
  language,
};

export const challengeCreateInput = z.object({ ...fields, cityId: z.string("challenges.errors.cityRequired").min(1, "challenges.errors.cityRequired") });
export type ChallengeCreateInput = z.input<typeof challengeCreateInput>;

export const challengeUpdateInput = z.object({ ...fields, challengeId: id, version: versionField });
export type ChallengeUpdateInput = z.input<typeof challengeUpdateInput>;

export const challengeStatusInput = z.object({ challengeId: id, version: versionField, status: z.enum(challengeStatuses, "challenges.errors.statusRequired") });
export type ChallengeStatusInput = z.input<typeof challengeStatusInput>;

export const supportInput = z.object({
  challengeId: id,
  cityId: z.string("challenges.errors.cityRequired").min(1, "challenges.errors.cityRequired"),
  note: z.string().trim().max(500, "challenges.errors.noteTooLong").nullable().optional().transform((v) => v || null),
});
export type SupportInput = z.input<typeof supportInput>;

export const withdrawSupportInput = z.object({ challengeId: id, cityId: id });
export type WithdrawSupportInput = z.input<typeof withdrawSupportInput>;

export const offerInput = z.object({
  challengeId: id,
  partnerId: z.string("challenges.errors.partnerRequired").min(1, "challenges.errors.partnerRequired"),
  message: z.string().trim().min(20, "challenges.errors.offerRequired").max(2_000, "challenges.errors.offerTooLong"),
  disclosure: z.string().trim().min(10, "challenges.errors.disclosureRequired").max(500, "challenges.errors.disclosureTooLong"),
});
export type OfferInput = z.input<typeof offerInput>;

const responseBase = { challengeId: id, networkId: z.string("challenges.errors.networkRequired").min(1, "challenges.errors.networkRequired") };

export const responseInput = z.discriminatedUnion(
  "kind",
  [
    z.object({ ...responseBase, kind: z.literal("INITIATIVE"), initiativeId: z.string("challenges.errors.initiativeRequired").min(1, "challenges.errors.initiativeRequired") }),
    z.object({ ...responseBase, kind: z.literal("PRACTICE"), practiceId: z.string("challenges.errors.practiceRequired").min(1, "challenges.errors.practiceRequired") }),
    z.object({
      ...responseBase,
      kind: z.literal("COMMITMENT"),
      commitment: z.string().trim().min(30, "challenges.errors.commitmentRequired").max(2_000, "challenges.errors.commitmentTooLong"),
    }),
  ],
  "challenges.errors.kindRequired",
);
export type ResponseInput = z.input<typeof responseInput>;

export const practiceChoiceInput = z.object({ q: z.string().trim().max(100).default("") });

const flag = z
  .union([z.boolean(), z.string()])
  .optional()
  .transform((v) => v === true || v === "1" || v === "true");

/** The /challenges query string: unknown values fall back to no filter. */
export const challengeListInput = z.object({
  theme: optionalText(80),
  region: optionalText(100),
  city: optionalText(120),
  urgency: z.string().trim().toUpperCase().pipe(z.enum(urgencies)).optional().catch(undefined),
  status: z.string().trim().toUpperCase().pipe(z.enum(challengeStatuses)).optional().catch(undefined),
  noResponse: flag.catch(false),
  page: pageNumber,
});
export type ChallengeListInput = z.input<typeof challengeListInput>;
