import { z } from "zod";
import { optionalText, pageNumber } from "@/server/query-input";
import { citySlugs, language, links, optionalUrl, requiredDate, sdgNumbers, themeSlugs, versionField } from "@/server/knowledge/input";

export const PRACTICE_PAGE_SIZE = 20;
export const licences = ["CC_BY_4_0", "CC_BY_SA_4_0", "CC_BY_NC_4_0", "CC0_1_0", "ALL_RIGHTS_RESERVED"] as const;
export const costRanges = ["UNDER_100K", "FROM_100K_TO_1M", "FROM_1M_TO_10M", "OVER_10M"] as const;
export const adoptionLevels = ["CITY", "NATIONAL", "INTERNATIONAL", "COMMUNITY"] as const;
export const adoptionStatuses = ["EXPLORING", "PILOTING", "ADOPTED"] as const;

const currentYear = () => new Date().getUTCFullYear();
const text = (min: number, max: number, field: string) =>
  z.string().trim().min(min, `knowledge.errors.${field}Required`).max(max, `knowledge.errors.${field}TooLong`);

export const outcomeInput = z.object({
  indicator: text(2, 200, "indicator"),
  baseline: z.number("knowledge.errors.numberInvalid").finite("knowledge.errors.numberInvalid").nullable().default(null),
  value: z.number("knowledge.errors.numberInvalid").finite("knowledge.errors.numberInvalid"),
  unit: text(1, 40, "unit"),
  year: z
    .number("knowledge.errors.yearInvalid")
    .int("knowledge.errors.yearInvalid")
    .min(1950, "knowledge.errors.yearInvalid")
    .refine((y) => y <= currentYear() + 1, "knowledge.errors.yearInvalid"),
});

const fields = {
  title: text(3, 200, "title"),
  problem: text(10, 10_000, "problem"),
  solution: text(10, 20_000, "solution"),
  results: text(10, 10_000, "results"),
  outcomes: z.array(outcomeInput).min(1, "knowledge.errors.outcomeRequired").max(20, "knowledge.errors.tooManyOutcomes"),
  costRange: z.enum(costRanges).nullable().default(null),
  durationMonths: z.number("knowledge.errors.durationInvalid").int("knowledge.errors.durationInvalid").min(1, "knowledge.errors.durationInvalid").max(600, "knowledge.errors.durationInvalid").nullable().default(null),
  replication: text(10, 10_000, "replication"),
  themes: themeSlugs,
  sdgs: sdgNumbers,
  cities: citySlugs(1),
  licence: z.enum(licences).default("CC_BY_4_0"),
  links,
  language,
  /** The network through which it is shared, or whose staff post it for a member city. */
  network: z.string().trim().max(120).nullable().optional().transform((v) => v || null),
  /** A partner organisation posting it; then the disclosure is required. */
  partner: z.string().trim().max(120).nullable().optional().transform((v) => v || null),
  partnerDisclosure: z.string().trim().max(500, "knowledge.errors.disclosureTooLong").nullable().optional().transform((v) => v || null),
};

const partnerDisclosed = <T extends { partner: string | null; partnerDisclosure: string | null }>(v: T) =>
  !v.partner || (v.partnerDisclosure?.length ?? 0) >= 3;
const disclosureRule = { path: ["partnerDisclosure"], message: "knowledge.errors.disclosureRequired" };

export const practiceCreateInput = z
  .object({ ...fields, translationOf: z.string().trim().max(120).nullable().optional().transform((v) => v || null) })
  .refine(partnerDisclosed, disclosureRule);
export type PracticeCreateInput = z.input<typeof practiceCreateInput>;

export const practiceUpdateInput = z
  .object({ ...fields, practiceId: z.string().min(1), version: versionField })
  .refine(partnerDisclosed, disclosureRule);
export type PracticeUpdateInput = z.input<typeof practiceUpdateInput>;

export const practiceStateInput = z.object({ practiceId: z.string().min(1), version: versionField, state: z.enum(["PUBLISHED", "ARCHIVED"]) });
export type PracticeStateInput = z.input<typeof practiceStateInput>;

export const adoptionInput = z
  .object({
    practiceId: z.string().min(1),
    level: z.enum(adoptionLevels, "knowledge.errors.levelRequired"),
    status: z.enum(adoptionStatuses, "knowledge.errors.adoptionStatusRequired"),
    adopterName: z.string().trim().max(200, "knowledge.errors.adopterTooLong").default(""),
    city: z.string().trim().max(120).nullable().optional().transform((v) => v || null),
    countryCode: z
      .string()
      .trim()
      .toUpperCase()
      .nullable()
      .optional()
      .transform((v) => v || null)
      .refine((v) => v === null || /^[A-Z]{2}$/.test(v), "knowledge.errors.countryInvalid"),
    date: requiredDate.refine((v) => v <= new Date().toISOString().slice(0, 10), "knowledge.errors.dateInFuture"),
    note: z.string().trim().max(2000, "knowledge.errors.noteTooLong").nullable().optional().transform((v) => v || null),
    evidenceUrl: optionalUrl("knowledge.errors.linkUrl"),
    viaNetwork: z.string().trim().max(120).nullable().optional().transform((v) => v || null),
  })
  .refine((v) => v.adopterName.length >= 2 || (v.level === "CITY" && !!v.city), { path: ["adopterName"], message: "knowledge.errors.adopterRequired" });
export type AdoptionInput = z.input<typeof adoptionInput>;

export const practiceListInput = z.object({
  q: optionalText(100),
  theme: optionalText(80),
  sdg: z.coerce.number().int().min(1).max(17).optional().catch(undefined),
  city: optionalText(120),
  region: optionalText(100),
  network: optionalText(120),
  /** A network's slug: practices of its member cities. */
  memberOf: optionalText(120),
  // URLs carry any text: a value that is not a licence or language means "no filter".
  licence: z.string().trim().toUpperCase().pipe(z.enum(licences)).optional().catch(undefined),
  language: z.string().trim().toLowerCase().pipe(z.enum(["en", "zh", "fr", "es"])).optional().catch(undefined),
  page: pageNumber,
});
export type PracticeListInput = z.input<typeof practiceListInput>;
