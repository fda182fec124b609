import type { SearchKind } from "@/server/db/generated/client";

export { kindFromParam, kindHref, kindParam, searchKinds } from "@/lib/search-kinds";

/** Badge colour of each kind of result. */
export const kindTone = {
  NETWORK: "teal",
  CITY: "blue",
  INITIATIVE: "amber",
  PRACTICE: "green",
  FORUM_POST: "neutral",
  FRAMEWORK: "teal",
  EXCHANGE_LEARNING: "amber",
  EVENT: "blue",
  CHALLENGE: "red",
} as const satisfies Record<SearchKind, string>;
