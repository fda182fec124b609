import { z } from "zod";

// Listing pages read their filters from the URL, where anyone can type anything: a value that does
// not fit falls back to "no filter" or page 1 instead of failing the page.

/** Optional free text: trimmed, empty or too long means absent. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined);

/** A 1-based page number from the query string. */
export const pageNumber = z.coerce.number().int().min(1).max(10_000).catch(1).default(1);
