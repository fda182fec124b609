import type { SearchKind } from "@/server/db/generated/enums";

// Every kind of record search finds: its URL parameter (`type=` in /search and the open-data API)
// and the page a hit links to. A document's slug is enough to build that link; forum posts and
// learning records, which live inside another page, store "<page slug>:<anchor id>".

export const searchKinds = [
  "NETWORK",
  "CITY",
  "INITIATIVE",
  "PRACTICE",
  "FORUM_POST",
  "FRAMEWORK",
  "EXCHANGE_LEARNING",
  "EVENT",
  "CHALLENGE",
] as const satisfies readonly SearchKind[];

export const kindParam = {
  NETWORK: "network",
  CITY: "city",
  INITIATIVE: "initiative",
  PRACTICE: "practice",
  FORUM_POST: "post",
  FRAMEWORK: "framework",
  EXCHANGE_LEARNING: "learning",
  EVENT: "event",
  CHALLENGE: "challenge",
} as const satisfies Record<SearchKind, string>;

export type SearchType = (typeof kindParam)[SearchKind];
export const searchTypes = searchKinds.map((kind) => kindParam[kind]) as [SearchType, ...SearchType[]];

export const kindFromParam = (value: string | undefined): SearchKind | undefined =>
  searchKinds.find((kind) => kindParam[kind] === value?.toLowerCase());

/** Joins a page slug and an anchor id into the slug stored for records shown inside another page. */
export const anchoredSlug = (pageSlug: string, anchor: string | number) => `${pageSlug}:${anchor}`;

function splitAnchored(slug: string): [string, string] {
  const at = slug.lastIndexOf(":");
  return at < 0 ? [slug, ""] : [slug.slice(0, at), slug.slice(at + 1)];
}

/** The path of the page showing a hit. */
export function kindHref(kind: SearchKind, slug: string): string {
  const s = encodeURIComponent;
  switch (kind) {
    case "NETWORK":
      return `/networks/${s(slug)}`;
    case "CITY":
      return `/cities/${s(slug)}`;
    case "INITIATIVE":
      return `/initiatives/${s(slug)}`;
    case "PRACTICE":
      return `/practices/${s(slug)}`;
    case "FRAMEWORK":
      return `/frameworks/${s(slug)}`;
    case "EVENT":
      return `/events/${s(slug)}`;
    case "CHALLENGE":
      return `/challenges/${s(slug)}`;
    case "FORUM_POST": {
      const [threadId, number] = splitAnchored(slug);
      return `/forum/threads/${s(threadId)}?post=${s(number)}#post-${s(number)}`;
    }
    case "EXCHANGE_LEARNING": {
      const [requestSlug, learningId] = splitAnchored(slug);
      return `/exchange/${s(requestSlug)}#learning-${s(learningId)}`;
    }
  }
}
