import { z } from "zod";
import { optionalText, pageNumber } from "@/server/query-input";

export const NETWORK_PAGE_SIZE = 20;
export const QUEUE_PAGE_SIZE = 20;
export const networkSorts = ["name", "founded", "members"] as const;
export type NetworkSort = (typeof networkSorts)[number];
export const networkScopes = ["GLOBAL", "REGIONAL"] as const;
export const activityStatuses = ["ACTIVE", "CLOSED", "MERGED", "UNKNOWN"] as const;
export const confidences = ["HIGH", "MEDIUM", "LOW"] as const;
export const contentLanguages = ["en", "zh", "fr", "es"] as const;
/** The models offered in forms; seeded profiles may carry others, which stay valid when edited. */
export const membershipModels = ["open", "invitation", "application and selection", "designation", "partnership", "programme", "network of networks"] as const;


/** The /networks query string: every field optional, unknown values fall back to defaults. */
export const networkListInput = z.object({
  q: optionalText(100),
  theme: optionalText(80),
  region: optionalText(100),
  scope: z
    .string()
    .trim()
    .toUpperCase()
    .pipe(z.enum(networkScopes))
    .optional()
    .catch(undefined),
  model: optionalText(80),
  sort: z.enum(networkSorts).catch("name").default("name"),
  page: pageNumber,
});
export type NetworkListInput = z.input<typeof networkListInput>;

export const networkSlugInput = z.object({ slug: z.string().trim().min(1).max(120) });

const currentYear = () => new Date().getUTCFullYear();
const year = (key: string) =>
  z
    .number(key)
    .int(key)
    .min(1800, key)
    .refine((y) => y <= currentYear(), key);
const nullableText = (max: number, key: string) =>
  z
    .string()
    .trim()
    .max(max, key)
    .nullable()
    .transform((v) => v || null);
const url = (key: string) =>
  z
    .string()
    .trim()
    .max(500, key)
    .nullable()
    .transform((v) => v || null)
    .refine((v) => v === null || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(v), key);

/** The facts a registrant gives and an editor corrects. */
const networkFacts = {
  name: z.string().trim().min(2, "networks.errors.nameRequired").max(200, "networks.errors.nameTooLong"),
  acronym: nullableText(30, "networks.errors.acronymTooLong"),
  foundedYear: year("networks.errors.yearInvalid").nullable(),
  hqCity: nullableText(120, "networks.errors.hqCityTooLong"),
  hqCountry: z
    .string()
    .trim()
    .toUpperCase()
    .nullable()
    .transform((v) => v || null)
    .refine((v) => v === null || /^[A-Z]{2}$/.test(v), "networks.errors.countryInvalid"),
  scope: z.enum(networkScopes, "networks.errors.scopeRequired"),
  region: nullableText(100, "networks.errors.regionTooLong"),
  membershipModel: z.string().trim().min(2, "networks.errors.modelRequired").max(80, "networks.errors.modelRequired"),
  themes: z.array(z.string().min(1).max(80)).max(18, "networks.errors.tooManyThemes"),
  about: nullableText(5000, "networks.errors.aboutTooLong"),
  website: url("networks.errors.websiteInvalid"),
  language: z.enum(contentLanguages, "networks.errors.languageRequired"),
};

const regionalNeedsRegion = <T extends { scope: string; region: string | null }>(v: T) => v.scope !== "REGIONAL" || !!v.region;
const regionRule = { path: ["region"], message: "networks.errors.regionRequired" };

export const networkRegisterInput = z.object(networkFacts).refine(regionalNeedsRegion, regionRule);
export type NetworkRegisterInput = z.input<typeof networkRegisterInput>;

export const networkUpdateInput = z
  .object({
    ...networkFacts,
    networkId: z.string().min(1),
    version: z.number().int().min(1),
    memberCount: z.number("networks.errors.countInvalid").int("networks.errors.countInvalid").min(0, "networks.errors.countInvalid").max(10_000_000, "networks.errors.countInvalid").nullable(),
    memberCountYear: year("networks.errors.yearInvalid").nullable(),
    activity: z.enum(activityStatuses),
    sourceUrl: url("networks.errors.sourceInvalid"),
    /** How sure the facts are is the moderators' call; others leave it out. */
    confidence: z.enum(confidences).optional(),
  })
  .refine(regionalNeedsRegion, regionRule);
export type NetworkUpdateInput = z.input<typeof networkUpdateInput>;

export const networkClaimInput = z.object({
  networkId: z.string().min(1),
  message: z.string().trim().min(10, "networks.errors.messageRequired").max(2000, "networks.errors.messageTooLong"),
});
export type NetworkClaimInput = z.input<typeof networkClaimInput>;

const decision = {
  decision: z.enum(["VERIFIED", "REJECTED"]),
  reason: z.string().trim().max(1000, "networks.errors.reasonTooLong").optional(),
};
const reasonWhenRejecting = <T extends { decision: string; reason?: string }>(v: T) => v.decision === "VERIFIED" || (v.reason?.length ?? 0) >= 3;
const reasonRule = { path: ["reason"], message: "networks.errors.reasonRequired" };

export const networkReviewInput = z.object({ networkId: z.string().min(1), ...decision }).refine(reasonWhenRejecting, reasonRule);
export type NetworkReviewInput = z.input<typeof networkReviewInput>;

export const claimReviewInput = z.object({ claimId: z.string().min(1), ...decision }).refine(reasonWhenRejecting, reasonRule);
export type ClaimReviewInput = z.input<typeof claimReviewInput>;

export const pendingQueueInput = z.object({
  registrationsPage: pageNumber,
  claimsPage: pageNumber,
});
export type PendingQueueInput = z.input<typeof pendingQueueInput>;
