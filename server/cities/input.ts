import { z } from "zod";
import { optionalText, pageNumber } from "@/server/query-input";

export const CITY_PAGE_SIZE = 24;
export const citySorts = ["name", "population", "networks"] as const;
export type CitySort = (typeof citySorts)[number];


/** The /cities query string: every field optional, unknown values fall back to defaults. */
export const cityListInput = z.object({
  q: optionalText(100),
  region: optionalText(100),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  network: optionalText(100),
  sort: z.enum(citySorts).catch("name").default("name"),
  page: pageNumber,
});
export type CityListInput = z.input<typeof cityListInput>;

export const citySlugInput = z.object({ slug: z.string().trim().min(1).max(120) });

export const cityClaimInput = z.object({
  cityId: z.string().min(1),
  title: z.string().trim().min(2, "cities.errors.titleRequired").max(120, "cities.errors.titleTooLong"),
  message: z.string().trim().min(10, "cities.errors.messageRequired").max(2000, "cities.errors.messageTooLong"),
});
export type CityClaimInput = z.input<typeof cityClaimInput>;

export const cityReviewInput = z
  .object({
    cityId: z.string().min(1),
    userId: z.string().min(1),
    decision: z.enum(["VERIFIED", "REJECTED"]),
    reason: z.string().trim().max(1000, "cities.errors.reasonTooLong").optional(),
  })
  .refine((v) => v.decision === "VERIFIED" || (v.reason?.length ?? 0) >= 3, {
    path: ["reason"],
    message: "cities.errors.reasonRequired",
  });
export type CityReviewInput = z.input<typeof cityReviewInput>;

const currentYear = () => new Date().getUTCFullYear();

export const cityUpdateInput = z
  .object({
    cityId: z.string().min(1),
    version: z.number().int().min(1),
    nameLocal: z.string().trim().max(120, "cities.errors.nameLocalTooLong").nullable(),
    population: z.number().int("cities.errors.populationInvalid").min(1, "cities.errors.populationInvalid").max(100_000_000, "cities.errors.populationInvalid").nullable(),
    populationYear: z
      .number()
      .int("cities.errors.yearInvalid")
      .min(1800, "cities.errors.yearInvalid")
      .refine((y) => y <= currentYear(), "cities.errors.yearInvalid")
      .nullable(),
    latitude: z.number().min(-90, "cities.errors.latitudeInvalid").max(90, "cities.errors.latitudeInvalid").nullable(),
    longitude: z.number().min(-180, "cities.errors.longitudeInvalid").max(180, "cities.errors.longitudeInvalid").nullable(),
  })
  .refine((v) => v.population === null || v.populationYear !== null, {
    path: ["populationYear"],
    message: "cities.errors.yearRequired",
  })
  .refine((v) => (v.latitude === null) === (v.longitude === null), {
    path: ["longitude"],
    message: "cities.errors.coordinatesPair",
  });
export type CityUpdateInput = z.input<typeof cityUpdateInput>;
