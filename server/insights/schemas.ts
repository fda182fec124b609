import { z } from "zod";

const year = z.coerce.number().int().min(1800).max(2100);
const optionalText = z
  .string()
  .trim()
  .max(100)
  .optional()
  .transform((value) => (value ? value : undefined));

/** The filters every insight takes: region, theme (slug) and a period of years. */
export const insightsFilter = z
  .object({
    region: optionalText,
    theme: optionalText,
    from: year.optional(),
    to: year.optional(),
  })
  .refine((f) => f.from === undefined || f.to === undefined || f.from <= f.to, { message: "The first year must not be after the last.", path: ["to"] });

export type InsightsFilter = { region?: string; theme?: string; from?: number; to?: number };

const format = z.enum(["json", "csv"]).default("json");
const withFormat = <T extends z.ZodType>(base: T) => z.intersection(base, z.object({ format }));

export const coverageQuery = withFormat(insightsFilter);
export const overlapQuery = withFormat(insightsFilter);
export const spilloverQuery = withFormat(insightsFilter);
export const ecosystemQuery = withFormat(insightsFilter);
export const duplicationQuery = withFormat(insightsFilter);

const citation = z.object({ source: z.string(), note: z.string() });
const proposals = z.object({ pending: z.number().int(), accepted: z.number().int(), declined: z.number().int() });

export const coverageResponse = z.object({
  totalNetworks: z.number().int(),
  themes: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      networks: z.number().int(),
      share: z.number(),
      publishedShare: z.number().nullable(),
      initiatives: z.number().int(),
      challenges: z.number().int(),
      supports: z.number().int(),
      orphaned: z.boolean(),
    }),
  ),
  heatmap: z.object({
    networks: z.array(z.object({ slug: z.string(), name: z.string() })).describe("The networks with the most initiatives, most first: the heatmap's rows."),
    otherNetworks: z.number().int().describe("Networks with initiatives beyond those rows, summed into the cells whose network is null."),
    cells: z.array(z.object({ network: z.string().nullable(), theme: z.string(), initiatives: z.number().int() })).describe("Published initiatives per network and theme; empty cells are left out."),
  }),
  proposals,
  citation,
});

export const overlapResponse = z.object({
  nodes: z.array(z.object({ slug: z.string(), name: z.string(), members: z.number().int(), x: z.number(), y: z.number() })),
  edges: z.array(z.object({ source: z.string(), target: z.string(), shared: z.number().int(), jaccard: z.number() })),
});

export const spilloverResponse = z.object({
  practices: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      adoptions: z.number().int(),
      levels: z.number().int(),
      networksCrossed: z.number().int(),
      countries: z.number().int(),
    }),
  ),
  timeline: z.array(z.object({ year: z.number().int(), adoptions: z.number().int() })),
});

export const ecosystemResponse = z.object({
  founded: z.array(z.object({ year: z.number().int(), founded: z.number().int(), cumulative: z.number().int() })),
  byRegion: z.array(z.object({ region: z.string(), global: z.number().int(), regional: z.number().int() })),
  membershipHistogram: z.array(z.object({ memberships: z.string(), cities: z.number().int() })),
  cities: z.array(z.object({ slug: z.string(), name: z.string(), latitude: z.number(), longitude: z.number(), memberships: z.number().int() })),
  totals: z.object({
    networks: z.number().int(),
    cities: z.number().int(),
    memberships: z.number().int(),
    membershipsPerCity: z.number(),
    /** Cities with coordinates; the map draws at most MAX_MAP_CITIES of them, those with the most memberships. */
    located: z.number().int(),
  }),
  references: z.array(citation.extend({ figure: z.string() })),
});

export const duplicationResponse = z.object({
  clusters: z.array(
    z.object({
      id: z.number().int(),
      initiatives: z.array(z.object({ slug: z.string(), title: z.string(), networks: z.array(z.string()) })),
      networks: z.array(z.object({ slug: z.string(), name: z.string() })),
      duplicates: z.number().int().describe("Pairs in the cluster marked as duplicates."),
      related: z.number().int().describe("Pairs in the cluster marked as related."),
      proposals,
    }),
  ),
  totals: z.object({ clusters: z.number().int(), initiatives: z.number().int(), networks: z.number().int(), proposals: z.number().int() }),
});

export type CoverageResponse = z.infer<typeof coverageResponse>;
export type OverlapResponse = z.infer<typeof overlapResponse>;
export type SpilloverResponse = z.infer<typeof spilloverResponse>;
export type EcosystemResponse = z.infer<typeof ecosystemResponse>;
export type DuplicationResponse = z.infer<typeof duplicationResponse>;
