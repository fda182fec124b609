import { z } from "zod";
import { challengeStatuses, urgencies } from "@/server/challenges/input";
import type { Db } from "@/server/db/client";
import { Prisma } from "@/server/db/generated/client";
import { encodeCursor } from "./cursor";
import type { CsvCell } from "./csv";
import { inOrder, likeAny, type Page } from "./data";
import { answer, table } from "./http";
import { openDataQuery } from "./query";

// Open data of city challenges: every challenge is public, with its city, themes, urgency, status,
// supporting cities (never the officers behind them), partner offers with their disclosures, and
// network responses with the records they link. Keyset-paged by slug like the other lists.

export type OpenChallenge = {
  slug: string;
  title: string;
  /** Markdown. */
  problem: string;
  /** Markdown. */
  helpNeeded: string;
  city: string;
  country: string;
  region: string;
  themes: string[];
  urgency: "low" | "medium" | "high" | "critical";
  status: "open" | "addressed" | "closed";
  language: string;
  supportCount: number;
  /** Slugs of the supporting cities, earliest first. */
  supportingCities: string[];
  offers: { partner: string; name: string; message: string; disclosure: string; date: string }[];
  responses: { network: string; kind: "initiative" | "practice" | "commitment"; initiative: string | null; practice: string | null; commitment: string | null; date: string }[];
  createdAt: string;
  updatedAt: string;
  seed: boolean;
  url: string;
};

const optionalText = (name: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${name} must be at most ${max} characters` })
    .transform((text) => text || undefined)
    .optional();

const choice = <T extends readonly [string, ...string[]]>(name: string, values: T) =>
  z
    .string()
    .trim()
    .toUpperCase()
    .pipe(z.enum(values, { error: `${name} must be one of ${values.map((v) => v.toLowerCase()).join(", ")}` }))
    .optional();

export const challengeQuery = openDataQuery.extend({
  theme: optionalText("theme", 80),
  city: optionalText("city", 120),
  region: optionalText("region", 100),
  urgency: choice("urgency", urgencies),
  status: choice("status", challengeStatuses),
  noResponse: z.enum(["true", "false"], { error: "noResponse must be true or false" }).optional().transform((v) => v === "true"),
});

export type ChallengeQuery = z.output<typeof challengeQuery>;

const KEYS = ["limit", "cursor", "q", "format", "theme", "city", "region", "urgency", "status", "noResponse"] as const;

export function parseChallengeQuery(params: URLSearchParams) {
  const raw: Record<string, string> = {};
  for (const key of KEYS) {
    const value = params.get(key);
    if (value !== null) raw[key] = value;
  }
  return challengeQuery.safeParse(raw);
}

const day = (d: Date) => d.toISOString().slice(0, 10);

export async function openChallenges(db: Db, input: ChallengeQuery, baseUrl: string): Promise<Page<OpenChallenge>> {
  const conditions: Prisma.Sql[] = [];
  if (input.q) conditions.push(likeAny([Prisma.sql`t.title`, Prisma.sql`t.problem`, Prisma.sql`t."helpNeeded"`])(input.q));
  if (input.theme) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "ChallengeTheme" x JOIN "Theme" th ON th.id = x."themeId" WHERE x."challengeId" = t.id AND th.slug = ${input.theme})`);
  if (input.city) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "City" c WHERE c.id = t."cityId" AND c.slug = ${input.city})`);
  if (input.region) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "City" c WHERE c.id = t."cityId" AND c.region = ${input.region})`);
  if (input.urgency) conditions.push(Prisma.sql`t.urgency::text = ${input.urgency}`);
  if (input.status) conditions.push(Prisma.sql`t.status::text = ${input.status}`);
  if (input.noResponse) conditions.push(Prisma.sql`t."responseCount" = 0`);
  // Byte order ("C" collation), like the other lists, so pages follow the same order everywhere.
  if (input.cursor) conditions.push(Prisma.sql`(t.slug COLLATE "C", t.id COLLATE "C") > (${input.cursor.slug}, ${input.cursor.id})`);
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string; slug: string }[]>`
    SELECT t.id, t.slug FROM "CityChallenge" t ${where}
    ORDER BY t.slug COLLATE "C" ASC, t.id COLLATE "C" ASC
    LIMIT ${input.limit + 1}`;
  const page = rows.slice(0, input.limit);
  const last = rows.length > input.limit ? page[page.length - 1] : undefined;
  const ids = page.map((r) => r.id);
  const challenges = await db.cityChallenge.findMany({
    where: { id: { in: ids } },
    select: {
      id: true, slug: true, title: true, problem: true, helpNeeded: true, urgency: true, status: true, language: true, supportCount: true,
      createdAt: true, updatedAt: true, isSeed: true,
      city: { select: { slug: true, countryCode: true, region: true } },
      themes: { select: { theme: { select: { slug: true } } }, orderBy: { theme: { position: "asc" } } },
      supports: { orderBy: [{ createdAt: "asc" }, { cityId: "asc" }], select: { city: { select: { slug: true } } } },
      offers: { orderBy: { createdAt: "asc" }, select: { message: true, disclosure: true, createdAt: true, partner: { select: { slug: true, name: true } } } },
      responses: {
        orderBy: { createdAt: "asc" },
        select: {
          kind: true, commitment: true, createdAt: true,
          network: { select: { slug: true } },
          initiative: { select: { slug: true, state: true } },
          practice: { select: { slug: true, state: true } },
        },
      },
    },
  });
  return {
    data: inOrder(ids, challenges).map((c) => ({
      slug: c.slug,
      title: c.title,
      problem: c.problem,
      helpNeeded: c.helpNeeded,
      city: c.city.slug,
      country: c.city.countryCode,
      region: c.city.region,
      themes: c.themes.map((x) => x.theme.slug),
      urgency: c.urgency.toLowerCase() as OpenChallenge["urgency"],
      status: c.status.toLowerCase() as OpenChallenge["status"],
      language: c.language,
      supportCount: c.supportCount,
      supportingCities: c.supports.map((s) => s.city.slug),
      offers: c.offers.map((o) => ({ partner: o.partner.slug, name: o.partner.name, message: o.message, disclosure: o.disclosure, date: day(o.createdAt) })),
      // A linked record that is no longer published is not named.
      responses: c.responses.map((r) => ({
        network: r.network.slug,
        kind: r.kind.toLowerCase() as OpenChallenge["responses"][number]["kind"],
        initiative: r.initiative?.state === "PUBLISHED" ? r.initiative.slug : null,
        practice: r.practice?.state === "PUBLISHED" ? r.practice.slug : null,
        commitment: r.commitment,
        date: day(r.createdAt),
      })),
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
      seed: c.isSeed,
      url: `${baseUrl}/challenges/${c.slug}`,
    })),
    nextCursor: last ? encodeCursor(last) : null,
  };
}

const joined = (items: string[]) => items.join(" | ");

export const challengeCsv = {
  header: [
    "slug", "title", "city", "country", "region", "themes", "urgency", "status", "language", "supportCount", "supportingCities",
    "responseCount", "respondingNetworks", "linkedInitiatives", "linkedPractices", "commitments", "offers", "offerDisclosures",
    "createdAt", "seed", "url",
  ],
  row: (c: OpenChallenge): CsvCell[] => [
    c.slug, c.title, c.city, c.country, c.region, c.themes, c.urgency, c.status, c.language, c.supportCount, c.supportingCities,
    c.responses.length, [...new Set(c.responses.map((r) => r.network))], c.responses.flatMap((r) => (r.initiative ? [r.initiative] : [])),
    c.responses.flatMap((r) => (r.practice ? [r.practice] : [])), joined(c.responses.flatMap((r) => (r.commitment ? [`${r.network}: ${r.commitment}`] : []))),
    c.offers.map((o) => o.partner), joined(c.offers.map((o) => `${o.partner}: ${o.disclosure}`)), c.createdAt, c.seed, c.url,
  ],
} as const;

/** GET /api/v1/challenges: JSON by default, CSV with ?format=csv (next page in the Link header). */
export function challengesResponse(getDb: () => Db, request: Request): Promise<Response> {
  return answer(getDb, request, "challenges", parseChallengeQuery, async (db, query, base) => table(await openChallenges(db, query, base), challengeCsv));
}
