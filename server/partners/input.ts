import { z } from "zod";
import { optionalText, pageNumber } from "@/server/query-input";

export const PARTNER_PAGE_SIZE = 24;
export const partnerTypes = ["COMPANY", "NGO", "FOUNDATION", "RESEARCH", "INTERNATIONAL_ORG"] as const;

export const partnerListInput = z.object({
  q: optionalText(100),
  type: z.enum(partnerTypes).optional().catch(undefined),
  page: pageNumber,
});
export type PartnerListInput = z.input<typeof partnerListInput>;

export const partnerSlugInput = z.object({ slug: z.string().trim().min(1).max(120) });

const website = z
  .string()
  .trim()
  .max(300, "partners.errors.websiteInvalid")
  .nullish()
  .transform((v) => v || null)
  .pipe(z.url({ protocol: /^https?$/, error: "partners.errors.websiteInvalid" }).nullable());

/** The editable profile, shared by create and update; parsing its output again gives the same value. */
const profile = {
  name: z.string().trim().min(2, "partners.errors.nameRequired").max(200, "partners.errors.nameTooLong"),
  type: z.enum(partnerTypes, { error: "partners.errors.typeRequired" }),
  website,
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .nullish()
    .transform((v) => v || null)
    .pipe(z.string().regex(/^[A-Z]{2}$/, "partners.errors.countryInvalid").nullable()),
  description: z
    .string()
    .trim()
    .max(4000, "partners.errors.descriptionTooLong")
    .nullish()
    .transform((v) => v || null),
  language: z.enum(["en", "zh", "fr", "es"]).default("en"),
};

export const partnerCreateInput = z.object(profile);
export type PartnerCreateInput = z.input<typeof partnerCreateInput>;

export const partnerUpdateInput = z.object({ ...profile, partnerId: z.string().min(1), version: z.number().int().min(1) });
export type PartnerUpdateInput = z.input<typeof partnerUpdateInput>;

export const partnerJoinInput = z.object({ partnerId: z.string().min(1) });
export type PartnerJoinInput = z.input<typeof partnerJoinInput>;

export const partnerJoinReviewInput = z
  .object({
    partnerId: z.string().min(1),
    userId: z.string().min(1),
    decision: z.enum(["VERIFIED", "REJECTED"]),
    reason: z.string().trim().max(1000, "partners.errors.reasonTooLong").optional(),
  })
  .refine((v) => v.decision === "VERIFIED" || (v.reason?.length ?? 0) >= 3, {
    path: ["reason"],
    message: "partners.errors.reasonRequired",
  });
export type PartnerJoinReviewInput = z.input<typeof partnerJoinReviewInput>;
