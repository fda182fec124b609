import { z } from "zod";
import { searchTypes } from "@/lib/search-kinds";

// Response shapes of /api/v1: the OpenAPI document is generated from these, and the contract test
// validates real answers against that document, so the types in the loaders and these cannot drift apart.

const day = z.string().describe("Date, YYYY-MM-DD");
const instant = z.string().describe("Instant, ISO 8601 in UTC");
const url = z.string().describe("Absolute URL");
const link = z.object({ label: z.string(), url: z.string() });
const nextCursor = z.string().nullable().describe("Pass as ?cursor= for the next page; null on the last page");

/** `{ data: [...], nextCursor }`: every keyset-paged list. */
export const pageOf = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), nextCursor });

export const errorSchema = z
  .object({ error: z.object({ message: z.string(), fieldErrors: z.record(z.string(), z.array(z.string())).optional() }) })
  .meta({ id: "Error" });

export const networkSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    acronym: z.string().nullable(),
    founded: z.int().nullable(),
    headquarters: z.object({ city: z.string().nullable(), country: z.string().nullable() }),
    scope: z.enum(["global", "regional"]),
    region: z.string().nullable(),
    themes: z.array(z.string()),
    membershipModel: z.string(),
    members: z.object({ count: z.int().nullable(), year: z.int().nullable(), source: z.string().nullable() }),
    status: z.enum(["active", "closed", "merged", "unknown"]),
    confidence: z.enum(["high", "medium", "low"]),
    memberCities: z.int(),
    url,
  })
  .meta({ id: "Network" });

export const citySchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    nameLocal: z.string().nullable(),
    country: z.string(),
    region: z.string(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    population: z.object({ value: z.number().nullable(), year: z.int().nullable() }),
    networks: z.array(z.string()),
    url,
  })
  .meta({ id: "City" });

export const initiativeSchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    body: z.string().describe("Markdown"),
    status: z.enum(["planned", "active", "completed"]),
    startDate: day.nullable(),
    endDate: day.nullable(),
    language: z.string(),
    owners: z.array(z.string()).describe("Slugs of the owning networks, lead first"),
    themes: z.array(z.string()),
    sdgs: z.array(z.int()),
    cities: z.array(z.string()),
    partners: z.array(z.object({ slug: z.string(), name: z.string(), disclosure: z.string() })),
    fundingSources: z.array(z.string()),
    links: z.array(link),
    publishedAt: z.string().nullable(),
    seed: z.boolean(),
    source: z.string().nullable(),
    licence: z.string(),
    url,
  })
  .meta({ id: "Initiative" });

export const practiceSchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    language: z.string(),
    licence: z.string(),
    problem: z.string(),
    solution: z.string(),
    results: z.string(),
    replication: z.string(),
    cities: z.array(z.string()),
    themes: z.array(z.string()),
    sdgs: z.array(z.int()),
    outcomes: z.array(z.object({ indicator: z.string(), baseline: z.number().nullable(), value: z.number(), unit: z.string(), year: z.int() })),
    costRange: z.enum(["under_100k", "from_100k_to_1m", "from_1m_to_10m", "over_10m"]).nullable(),
    durationMonths: z.int().nullable(),
    network: z.string().nullable(),
    partner: z.object({ slug: z.string(), name: z.string(), disclosure: z.string().nullable() }).nullable(),
    translationGroup: z.string(),
    translations: z.array(z.object({ slug: z.string(), language: z.string() })),
    adoptions: z.int(),
    links: z.array(link),
    publishedAt: z.string().nullable(),
    seed: z.boolean(),
    source: z.string().nullable(),
    url,
  })
  .meta({ id: "Practice" });

export const adoptionSchema = z
  .object({
    id: z.string(),
    practice: z.string(),
    practiceLicence: z.string(),
    level: z.enum(["city", "national", "international", "community"]),
    status: z.enum(["exploring", "piloting", "adopted"]),
    adopter: z.string(),
    city: z.string().nullable(),
    country: z.string().nullable(),
    date: day,
    via: z.string().nullable(),
    note: z.string().nullable(),
    evidenceUrl: z.string().nullable(),
    seed: z.boolean(),
    practiceUrl: url,
  })
  .meta({ id: "Adoption" });

export const similarInitiativeSchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    networks: z.array(z.string()),
    score: z.number(),
    reasons: z.object({ sharedTerms: z.array(z.string()), sharedThemes: z.array(z.string()), sharedSdgs: z.array(z.int()), sharedCities: z.array(z.string()) }),
    url,
  })
  .meta({ id: "SimilarInitiative" });

export const challengeSchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    problem: z.string(),
    helpNeeded: z.string(),
    city: z.string(),
    country: z.string(),
    region: z.string(),
    themes: z.array(z.string()),
    urgency: z.enum(["low", "medium", "high", "critical"]),
    status: z.enum(["open", "addressed", "closed"]),
    language: z.string(),
    supportCount: z.int(),
    supportingCities: z.array(z.string()),
    offers: z.array(z.object({ partner: z.string(), name: z.string(), message: z.string(), disclosure: z.string(), date: z.string() })),
    responses: z.array(
      z.object({
        network: z.string(),
        kind: z.enum(["initiative", "practice", "commitment"]),
        initiative: z.string().nullable(),
        practice: z.string().nullable(),
        commitment: z.string().nullable(),
        date: z.string(),
      }),
    ),
    createdAt: instant,
    updatedAt: instant,
    seed: z.boolean(),
    url,
  })
  .meta({ id: "Challenge" });

export const eventSchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    description: z.string(),
    mode: z.enum(["online", "in_person", "hybrid"]),
    location: z.string().nullable(),
    onlineUrl: z.string().nullable(),
    startsAt: instant,
    endsAt: instant,
    timeZone: z.string(),
    localStart: z.string(),
    localEnd: z.string(),
    capacity: z.int().nullable(),
    seatsTaken: z.int(),
    seatsLeft: z.int().nullable(),
    hosts: z.array(z.object({ slug: z.string(), name: z.string() })),
    agenda: z.array(z.object({ title: z.string(), startsAt: z.string().nullable() })),
    statements: z.array(z.string()),
    language: z.string(),
    seed: z.boolean(),
    source: z.string().nullable(),
    url,
    ical: url,
  })
  .meta({ id: "Event" });

export const statementSchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    body: z.string(),
    language: z.string(),
    event: z.string().nullable(),
    frozenAt: z.string(),
    signatories: z.array(z.object({ network: z.string(), name: z.string(), signedAt: z.string() })),
    seed: z.boolean(),
    url,
  })
  .meta({ id: "Statement" });

export const exchangeRequestSchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    description: z.string(),
    topic: z.string(),
    format: z.string(),
    status: z.enum(["open", "scheduled", "completed", "closed"]),
    windowStart: z.string(),
    windowEnd: z.string(),
    network: z.string(),
    offers: z.int(),
    acceptedNetworks: z.array(z.string()),
    sessions: z.array(z.object({ startsAt: z.string(), timeZone: z.string(), durationMinutes: z.int(), format: z.string(), networks: z.array(z.string()) })),
    learnings: z.array(z.object({ id: z.string(), network: z.string(), title: z.string(), body: z.string(), createdAt: z.string(), url })),
    createdAt: z.string(),
    seed: z.boolean(),
    url,
  })
  .meta({ id: "ExchangeRequest" });

const org = z.object({
  kind: z.enum(["network", "city", "partner", "individual"]),
  slug: z.string().nullable(),
  name: z.string().nullable(),
  disclosure: z.string().nullable().optional(),
});

export const forumThreadSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    category: z.string(),
    tags: z.array(z.string()),
    language: z.string(),
    startedBy: z.object({ name: z.string().nullable(), speaksFor: org }),
    replies: z.int(),
    lastPostAt: z.string(),
    createdAt: z.string(),
    acceptedAnswer: z.int().nullable(),
    locked: z.boolean(),
    pinned: z.boolean(),
    attachedTo: z.object({ kind: z.enum(["initiative", "practice", "framework", "event", "challenge"]), slug: z.string() }).nullable(),
    seed: z.boolean(),
    url,
  })
  .meta({ id: "ForumThread" });

export const forumPostSchema = z
  .object({
    number: z.int(),
    author: z.string().nullable(),
    speaksFor: org,
    body: z.string(),
    replyTo: z.int().nullable(),
    likes: z.int(),
    createdAt: z.string(),
    editedAt: z.string().nullable(),
    url,
  })
  .meta({ id: "ForumPost" });

const consultation = z.object({ opensAt: z.string().nullable(), closesAt: z.string().nullable(), open: z.boolean() });
const frameworkBase = {
  slug: z.string(),
  title: z.string(),
  anchor: z.string(),
  summary: z.string(),
  language: z.string(),
  version: z.int(),
  coveredPillars: z.int(),
  acceptedInitiatives: z.int(),
  acceptedPractices: z.int(),
  consultation,
  seed: z.boolean(),
  source: z.string().nullable(),
  url,
};

export const frameworkSummarySchema = z
  .object({ ...frameworkBase, pillars: z.int(), endorsements: z.array(z.string()) })
  .meta({ id: "FrameworkSummary" });

const titled = z.object({ slug: z.string(), title: z.string(), url });
export const frameworkSchema = z
  .object({
    ...frameworkBase,
    body: z.string(),
    endorsements: z.array(z.object({ network: z.string(), name: z.string(), commitment: z.string(), since: z.string() })),
    pillars: z.array(
      z.object({
        position: z.int(),
        title: z.string(),
        description: z.string(),
        indicators: z.array(z.string()),
        initiatives: z.array(titled),
        practices: z.array(titled),
        coverage: z.object({ networks: z.array(z.string()), initiatives: z.int(), practices: z.int(), gap: z.boolean() }),
      }),
    ),
    changelog: z.array(z.object({ version: z.int(), summary: z.string(), at: z.string() })),
  })
  .meta({ id: "Framework" });

const range = z.tuple([z.int(), z.int()]);
export const searchHitSchema = z
  .object({
    type: z.enum(searchTypes),
    slug: z.string(),
    title: z.string(),
    snippet: z.string(),
    highlights: z.object({ title: z.array(range), snippet: z.array(range) }),
    language: z.string(),
    themes: z.array(z.string()),
    score: z.number(),
    url,
  })
  .meta({ id: "SearchHit" });

export const searchPageSchema = z.object({
  data: z.array(searchHitSchema),
  nextCursor,
  total: z.int(),
  capped: z.boolean().describe("Always false: every match is ranked (kept for older clients)"),
  partial: z.boolean().describe("True when no record had every word, and records with any of them are listed"),
  expanded: z.array(z.object({ term: z.string(), alsoMatched: z.array(z.string()) })),
});
