import { z } from "zod";
import { decodeCursor, type Cursor } from "./cursor";

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

// The API speaks to programs and their authors, so its messages are plain English, not catalog keys.
const limitMessage = `limit must be a whole number from 1 to ${MAX_LIMIT}`;

export const openDataQuery = z.object({
  limit: z.coerce
    .number({ error: limitMessage })
    .int({ error: limitMessage })
    .min(1, { error: limitMessage })
    .max(MAX_LIMIT, { error: limitMessage })
    .default(DEFAULT_LIMIT),
  cursor: z
    .string()
    .max(600, { error: "cursor is not valid; use the nextCursor value of the previous page" })
    .transform((text, ctx): Cursor | undefined => {
      if (!text) return undefined;
      const cursor = decodeCursor(text);
      if (!cursor) {
        ctx.addIssue({ code: "custom", message: "cursor is not valid; use the nextCursor value of the previous page" });
        return z.NEVER;
      }
      return cursor;
    })
    .optional(),
  q: z
    .string()
    .trim()
    .max(100, { error: "q must be at most 100 characters" })
    .transform((text) => text || undefined)
    .optional(),
  format: z.enum(["json", "csv"], { error: "format must be json or csv" }).default("json"),
});

export type OpenDataQuery = z.output<typeof openDataQuery>;

/** Reads the query string: each parameter once, absent ones left to their defaults. */
export function parseOpenDataQuery(params: URLSearchParams) {
  const raw: Record<string, string> = {};
  for (const key of ["limit", "cursor", "q", "format"]) {
    const value = params.get(key);
    if (value !== null) raw[key] = value;
  }
  return openDataQuery.safeParse(raw);
}
