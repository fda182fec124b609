import type { SearchKind } from "@/server/db/generated/client";

// The four kinds of record search finds: their URL parameter, page path and badge colour.

export const searchKinds = ["NETWORK", "CITY", "INITIATIVE", "PRACTICE"] as const satisfies readonly SearchKind[];

export const kindParam: Record<SearchKind, string> = { NETWORK: "network", CITY: "city", INITIATIVE: "initiative", PRACTICE: "practice" };

export const kindFromParam = (value: string | undefined): SearchKind | undefined =>
  searchKinds.find((kind) => kindParam[kind] === value?.toLowerCase());

export const kindHref = (kind: SearchKind, slug: string) =>
  `/${{ NETWORK: "networks", CITY: "cities", INITIATIVE: "initiatives", PRACTICE: "practices" }[kind]}/${encodeURIComponent(slug)}`;

export const kindTone = { NETWORK: "teal", CITY: "blue", INITIATIVE: "amber", PRACTICE: "green" } as const satisfies Record<SearchKind, string>;
