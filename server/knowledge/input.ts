import { z } from "zod";
import { contentLanguages } from "@/server/networks/input";

// Fields initiatives and practices share. Messages are catalog keys in the "knowledge" namespace.

export const httpUrl = (key: string) =>
  z
    .string()
    .trim()
    .max(500, key)
    .refine((v) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v), key);

export const optionalUrl = (key: string) =>
  z
    .string()
    .trim()
    .max(500, key)
    .nullable()
    .optional()
    .transform((v) => v || null)
    .refine((v) => v === null || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v), key);

export const links = z
  .array(
    z.object({
      label: z.string().trim().min(1, "knowledge.errors.linkLabel").max(120, "knowledge.errors.linkLabel"),
      url: httpUrl("knowledge.errors.linkUrl"),
    }),
  )
  .max(10, "knowledge.errors.tooManyLinks")
  .default([]);

export const themeSlugs = z
  .array(z.string().trim().min(1).max(80))
  .min(1, "knowledge.errors.themeRequired")
  .max(5, "knowledge.errors.tooManyThemes");

export const sdgNumbers = z
  .array(z.number().int().min(1, "knowledge.errors.sdgInvalid").max(17, "knowledge.errors.sdgInvalid"))
  .max(17)
  .default([]);

export const citySlugs = (min: number) =>
  z
    .array(z.string().trim().min(1).max(120))
    .min(min, "knowledge.errors.cityRequired")
    .max(200, "knowledge.errors.tooManyCities");

export const language = z.enum(contentLanguages, "knowledge.errors.languageRequired");

/** A calendar date as YYYY-MM-DD, or null. */
export const optionalDate = z
  .string()
  .trim()
  .nullable()
  .optional()
  .transform((v) => v || null)
  .refine((v) => v === null || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))), "knowledge.errors.dateInvalid");

export const requiredDate = z
  .string("knowledge.errors.dateInvalid")
  .trim()
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)), "knowledge.errors.dateInvalid");

/** Dates travel as YYYY-MM-DD strings (so inputs and outputs have one type) and are stored at midnight UTC. */
export const dayToDate = (day: string | null | undefined) => (day ? new Date(`${day}T00:00:00Z`) : null);

export const disclosure = z.string().trim().min(3, "knowledge.errors.disclosureRequired").max(500, "knowledge.errors.disclosureTooLong");

export const versionField = z.number().int().min(1);
