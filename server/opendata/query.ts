import { z } from "zod";
import { searchTypes } from "@/lib/search-kinds";
import { decodeCursor, decodeOffsetCursor, type Cursor } from "./cursor";

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;
export const SIMILAR_DEFAULT_LIMIT = 5;
export const SIMILAR_MAX_LIMIT = 20;

// The API speaks to programs and their authors, so its messages are plain English, not catalog keys.
const limitMessage = (max: number) => `limit must be a whole number from 1 to ${max}`;
const cursorMessage = "cursor is not valid; use the nextCursor value of the previous page";

const limit = (max: number, fallback: number) =>
  z.coerce
    .number({ error: limitMessage(max) })
    .int({ error: limitMessage(max) })
    .min(1, { error: limitMessage(max) })
    .max(max, { error: limitMessage(max) })
    .default(fallback);

const format = z.enum(["json", "csv"], { error: "format must be json or csv" }).default("json");

const optionalText = (name: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${name} must be at most ${max} characters` })
    .transform((text) => text || undefined)
    .optional();

export const openDataQuery = z.object({
  limit: limit(MAX_LIMIT, DEFAULT_LIMIT),
  cursor: z
    .string()
    .max(600, { error: cursorMessage })
    .transform((text, ctx): Cursor | undefined => {
      if (!text) return undefined;
      const cursor = decodeCursor(text);
      if (!cursor) {
        ctx.addIssue({ code: "custom", message: cursorMessage });
        return z.NEVER;
      }
      return cursor;
    })
    .optional(),
  q: optionalText("q", 100),
  format,
});

export type OpenDataQuery = z.output<typeof openDataQuery>;

/** Adoptions page by (date, id), so their cursor's sort key is a day; they can be narrowed to one practice. */
export const adoptionQuery = openDataQuery
  .extend({ practice: optionalText("practice", 120) })
  .refine((query) => !query.cursor || /^\d{4}-\d{2}-\d{2}$/.test(query.cursor.slug), { path: ["cursor"], message: cursorMessage });

export type AdoptionQuery = z.output<typeof adoptionQuery>;

const qRequired = "q is required: the words to search for";

/** Search is ranked, so it pages by position (an offset cursor) rather than by a sort key. */
export const searchQuery = z.object({
  q: z
    .string({ error: qRequired })
    .trim()
    .min(1, { error: qRequired })
    .max(200, { error: "q must be at most 200 characters" }),
  type: z.enum(searchTypes, { error: `type must be one of ${searchTypes.join(", ")}` }).optional(),
  theme: optionalText("theme", 80),
  limit: limit(MAX_LIMIT, DEFAULT_LIMIT),
  cursor: z
    .string()
    .max(200, { error: cursorMessage })
    .transform((text, ctx): number => {
      if (!text) return 0;
      const offset = decodeOffsetCursor(text);
      if (offset === null) {
        ctx.addIssue({ code: "custom", message: cursorMessage });
        return z.NEVER;
      }
      return offset;
    })
    .default(0),
  format,
});

export type SearchQuery = z.output<typeof searchQuery>;

export const similarQuery = z.object({ limit: limit(SIMILAR_MAX_LIMIT, SIMILAR_DEFAULT_LIMIT), format });

/** Reads the query string: each parameter once, absent ones left to their defaults, unknown ones ignored. */
function read(params: URLSearchParams, keys: readonly string[]) {
  const raw: Record<string, string> = {};
  for (const key of keys) {
    const value = params.get(key);
    if (value !== null) raw[key] = value;
  }
  return raw;
}

export const parseOpenDataQuery = (params: URLSearchParams) => openDataQuery.safeParse(read(params, ["limit", "cursor", "q", "format"]));
export const parseAdoptionQuery = (params: URLSearchParams) => adoptionQuery.safeParse(read(params, ["limit", "cursor", "q", "format", "practice"]));
export const parseSearchQuery = (params: URLSearchParams) => searchQuery.safeParse(read(params, ["q", "type", "theme", "limit", "cursor", "format"]));
export const parseSimilarQuery = (params: URLSearchParams) => similarQuery.safeParse(read(params, ["limit", "format"]));
