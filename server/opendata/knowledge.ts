import type { Db } from "@/server/db/client";
import { Prisma, type Licence } from "@/server/db/generated/client";
import { similarToInitiative } from "@/server/initiatives/service";
import { terms } from "@/server/search/text";
import { encodeCursor } from "./cursor";
import type { CsvCell } from "./csv";
import { inOrder, likeAny, lower, pageOfIds, type ListInput, type Page } from "./data";
import type { AdoptionQuery } from "./query";

// Open data of the knowledge base: published initiatives and practices, the adoptions of published
// practices, and similar initiatives. Drafts and archived records are never part of it.

/**
 * Initiatives carry no licence of their own: their descriptions are published under the platform's
 * default, CC BY 4.0 (credit the owning networks).
 */
export const INITIATIVE_LICENCE = "CC-BY-4.0";

/** Practice licences as SPDX identifiers ("all-rights-reserved" has none). */
export const spdxLicence: Record<Licence, string> = {
  CC_BY_4_0: "CC-BY-4.0",
  CC_BY_SA_4_0: "CC-BY-SA-4.0",
  CC_BY_NC_4_0: "CC-BY-NC-4.0",
  CC0_1_0: "CC0-1.0",
  ALL_RIGHTS_RESERVED: "all-rights-reserved",
};

type Link = { label: string; url: string };

export type OpenInitiative = {
  slug: string;
  title: string;
  summary: string;
  /** Markdown. */
  body: string;
  status: "planned" | "active" | "completed";
  startDate: string | null;
  endDate: string | null;
  language: string;
  /** Slugs of the owning networks, lead first. */
  owners: string[];
  themes: string[];
  sdgs: number[];
  cities: string[];
  partners: { slug: string; name: string; disclosure: string }[];
  fundingSources: string[];
  links: Link[];
  publishedAt: string | null;
  seed: boolean;
  source: string | null;
  licence: string;
  url: string;
};

export type OpenPractice = {
  slug: string;
  title: string;
  language: string;
  licence: string;
  /** Markdown. */
  problem: string;
  solution: string;
  results: string;
  replication: string;
  cities: string[];
  themes: string[];
  sdgs: number[];
  outcomes: { indicator: string; baseline: number | null; value: number; unit: string; year: number }[];
  costRange: "under_100k" | "from_100k_to_1m" | "from_1m_to_10m" | "over_10m" | null;
  durationMonths: number | null;
  network: string | null;
  partner: { slug: string; name: string; disclosure: string | null } | null;
  /** Practices that are translations of each other share this id. */
  translationGroup: string;
  translations: { slug: string; language: string }[];
  adoptions: number;
  links: Link[];
  publishedAt: string | null;
  seed: boolean;
  source: string | null;
  url: string;
};

export type OpenAdoption = {
  id: string;
  practice: string;
  practiceLicence: string;
  level: "city" | "national" | "international" | "community";
  status: "exploring" | "piloting" | "adopted";
  adopter: string;
  city: string | null;
  country: string | null;
  date: string;
  via: string | null;
  note: string | null;
  evidenceUrl: string | null;
  seed: boolean;
  practiceUrl: string;
};

export type OpenSimilarInitiative = {
  slug: string;
  title: string;
  networks: string[];
  score: number;
  reasons: { sharedTerms: string[]; sharedThemes: string[]; sharedSdgs: number[]; sharedCities: string[] };
  url: string;
};

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const links = (value: Prisma.JsonValue): Link[] =>
  Array.isArray(value)
    ? value.flatMap((l) => (l && typeof l === "object" && !Array.isArray(l) && typeof l.label === "string" && typeof l.url === "string" ? [{ label: l.label, url: l.url }] : []))
    : [];

/** q: the title or summary contains the text (folded), or the record has every word of it. */
function knowledgeSearch(kind: "INITIATIVE" | "PRACTICE", columns: Prisma.Sql[]) {
  const like = likeAny(columns);
  return (q: string) => {
    const words = terms(q);
    if (!words.length) return like(q);
    return Prisma.sql`(${like(q)} OR EXISTS (
      SELECT 1 FROM "SearchDocument" d WHERE d.kind = ${kind}::"SearchKind" AND d."entityId" = t.id AND d.terms @> ${words}::text[]))`;
  };
}

const themeSlugs = { select: { theme: { select: { slug: true } } }, orderBy: { theme: { position: "asc" } } } as const;

export async function openInitiatives(db: Db, input: ListInput, baseUrl: string): Promise<Page<OpenInitiative>> {
  const { ids, last } = await pageOfIds(
    db,
    "Initiative",
    knowledgeSearch("INITIATIVE", [Prisma.sql`t.title`, Prisma.sql`t.summary`]),
    Prisma.sql`t.state = 'PUBLISHED'`,
    input,
  );
  const rows = await db.initiative.findMany({
    where: { id: { in: ids }, state: "PUBLISHED" },
    select: {
      id: true, slug: true, title: true, summary: true, body: true, status: true, startDate: true, endDate: true, language: true,
      fundingSources: true, links: true, publishedAt: true, isSeed: true, sourceUrl: true,
      owners: {
        where: { status: "ACCEPTED", network: { status: "VERIFIED" } },
        orderBy: [{ isLead: "desc" }, { network: { slug: "asc" } }],
        select: { network: { select: { slug: true } } },
      },
      themes: themeSlugs,
      sdgs: { select: { sdgNumber: true }, orderBy: { sdgNumber: "asc" } },
      cities: { select: { city: { select: { slug: true } } }, orderBy: { city: { slug: "asc" } } },
      partners: { select: { disclosure: true, partner: { select: { slug: true, name: true } } }, orderBy: { partner: { slug: "asc" } } },
    },
  });
  return {
    data: inOrder(ids, rows).map((i) => ({
      slug: i.slug,
      title: i.title,
      summary: i.summary,
      body: i.body,
      status: lower(i.status),
      startDate: day(i.startDate),
      endDate: day(i.endDate),
      language: i.language,
      owners: i.owners.map((o) => o.network.slug),
      themes: i.themes.map((t) => t.theme.slug),
      sdgs: i.sdgs.map((s) => s.sdgNumber),
      cities: i.cities.map((c) => c.city.slug),
      partners: i.partners.map((p) => ({ slug: p.partner.slug, name: p.partner.name, disclosure: p.disclosure })),
      fundingSources: i.fundingSources,
      links: links(i.links),
      publishedAt: i.publishedAt?.toISOString() ?? null,
      seed: i.isSeed,
      source: i.sourceUrl,
      licence: INITIATIVE_LICENCE,
      url: `${baseUrl}/initiatives/${i.slug}`,
    })),
    nextCursor: last ? encodeCursor(last) : null,
  };
}

export async function openPractices(db: Db, input: ListInput, baseUrl: string): Promise<Page<OpenPractice>> {
  const { ids, last } = await pageOfIds(db, "Practice", knowledgeSearch("PRACTICE", [Prisma.sql`t.title`]), Prisma.sql`t.state = 'PUBLISHED'`, input);
  const rows = await db.practice.findMany({
    where: { id: { in: ids }, state: "PUBLISHED" },
    select: {
      id: true, slug: true, title: true, language: true, licence: true, problem: true, solution: true, results: true, replication: true,
      costRange: true, durationMonths: true, translationGroupId: true, partnerDisclosure: true, links: true, publishedAt: true, isSeed: true, sourceUrl: true,
      cities: { select: { city: { select: { slug: true } } }, orderBy: { city: { slug: "asc" } } },
      themes: themeSlugs,
      sdgs: { select: { sdgNumber: true }, orderBy: { sdgNumber: "asc" } },
      outcomes: { orderBy: { position: "asc" }, select: { indicator: true, baseline: true, value: true, unit: true, year: true } },
      network: { select: { slug: true, status: true } },
      partner: { select: { slug: true, name: true } },
      _count: { select: { adoptions: true } },
    },
  });
  const groups = [...new Set(rows.map((p) => p.translationGroupId))];
  const siblings = groups.length
    ? await db.practice.findMany({
        where: { translationGroupId: { in: groups }, state: "PUBLISHED" },
        select: { id: true, slug: true, language: true, translationGroupId: true },
        orderBy: [{ language: "asc" }, { slug: "asc" }],
      })
    : [];
  return {
    data: inOrder(ids, rows).map((p) => ({
      slug: p.slug,
      title: p.title,
      language: p.language,
      licence: spdxLicence[p.licence],
      problem: p.problem,
      solution: p.solution,
      results: p.results,
      replication: p.replication,
      cities: p.cities.map((c) => c.city.slug),
      themes: p.themes.map((t) => t.theme.slug),
      sdgs: p.sdgs.map((s) => s.sdgNumber),
      outcomes: p.outcomes,
      costRange: p.costRange ? lower(p.costRange) : null,
      durationMonths: p.durationMonths,
      network: p.network?.status === "VERIFIED" ? p.network.slug : null,
      partner: p.partner ? { slug: p.partner.slug, name: p.partner.name, disclosure: p.partnerDisclosure } : null,
      translationGroup: p.translationGroupId,
      translations: siblings.filter((s) => s.translationGroupId === p.translationGroupId && s.id !== p.id).map((s) => ({ slug: s.slug, language: s.language })),
      adoptions: p._count.adoptions,
      links: links(p.links),
      publishedAt: p.publishedAt?.toISOString() ?? null,
      seed: p.isSeed,
      source: p.sourceUrl,
      url: `${baseUrl}/practices/${p.slug}`,
    })),
    nextCursor: last ? encodeCursor(last) : null,
  };
}

/** Every adoption of a published practice, oldest first, in (date, id) keyset pages. */
export async function openAdoptions(db: Db, input: Pick<AdoptionQuery, "limit" | "cursor" | "q" | "practice">, baseUrl: string): Promise<Page<OpenAdoption>> {
  const conditions: Prisma.Sql[] = [Prisma.sql`p.state = 'PUBLISHED'`];
  if (input.practice) conditions.push(Prisma.sql`p.slug = ${input.practice}`);
  if (input.q) conditions.push(likeAny([Prisma.sql`a."adopterName"`, Prisma.sql`p.title`])(input.q));
  if (input.cursor) conditions.push(Prisma.sql`(a."adoptedOn", a.id COLLATE "C") > (${input.cursor.slug}::date, ${input.cursor.id})`);
  const page = await db.$queryRaw<{ id: string; day: string }[]>`
    SELECT a.id, to_char(a."adoptedOn", 'YYYY-MM-DD') AS day FROM "Adoption" a JOIN "Practice" p ON p.id = a."practiceId"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY a."adoptedOn" ASC, a.id COLLATE "C" ASC
    LIMIT ${input.limit + 1}`;
  const ids = page.slice(0, input.limit).map((r) => r.id);
  const last = page.length > input.limit ? page[input.limit - 1] : undefined;
  const rows = await db.adoption.findMany({
    where: { id: { in: ids } },
    select: {
      id: true, level: true, status: true, adopterName: true, countryCode: true, adoptedOn: true, note: true, evidenceUrl: true, isSeed: true,
      practice: { select: { slug: true, licence: true } },
      city: { select: { slug: true } },
      viaNetwork: { select: { slug: true, status: true } },
    },
  });
  return {
    data: inOrder(ids, rows).map((a) => ({
      id: a.id,
      practice: a.practice.slug,
      practiceLicence: spdxLicence[a.practice.licence],
      level: lower(a.level),
      status: lower(a.status),
      adopter: a.adopterName,
      city: a.city?.slug ?? null,
      country: a.countryCode,
      date: day(a.adoptedOn)!,
      via: a.viaNetwork?.status === "VERIFIED" ? a.viaNetwork.slug : null,
      note: a.note,
      evidenceUrl: a.evidenceUrl,
      seed: a.isSeed,
      practiceUrl: `${baseUrl}/practices/${a.practice.slug}`,
    })),
    nextCursor: last ? encodeCursor({ slug: last.day, id: last.id }) : null,
  };
}

/** Similar initiatives in other networks than the owners of this published one; null when there is none. */
export async function openSimilarInitiatives(db: Db, slug: string, limit: number, baseUrl: string): Promise<OpenSimilarInitiative[] | null> {
  const initiative = await db.initiative.findFirst({ where: { slug, state: "PUBLISHED" }, select: { id: true } });
  if (!initiative) return null;
  const similar = await similarToInitiative(db, initiative.id, limit);
  return similar.map((s) => ({
    slug: s.slug,
    title: s.title,
    networks: s.networks.map((n) => n.slug),
    score: s.score,
    reasons: s.reasons,
    url: `${baseUrl}/initiatives/${s.slug}`,
  }));
}

const joined = (items: string[]) => items.join(" | ");

export const initiativeCsv = {
  header: [
    "slug", "title", "summary", "status", "startDate", "endDate", "language", "owners", "themes", "sdgs", "cities",
    "partners", "partnerDisclosures", "fundingSources", "links", "publishedAt", "seed", "source", "licence", "url",
  ],
  row: (i: OpenInitiative): CsvCell[] => [
    i.slug, i.title, i.summary, i.status, i.startDate, i.endDate, i.language, i.owners, i.themes, i.sdgs.map(String), i.cities,
    i.partners.map((p) => p.slug), joined(i.partners.map((p) => `${p.slug}: ${p.disclosure}`)), joined(i.fundingSources),
    joined(i.links.map((l) => `${l.label} <${l.url}>`)), i.publishedAt, i.seed, i.source, i.licence, i.url,
  ],
} as const;

export const practiceCsv = {
  header: [
    "slug", "title", "language", "licence", "cities", "themes", "sdgs", "outcomes", "costRange", "durationMonths", "network",
    "partner", "partnerDisclosure", "translationGroup", "translations", "adoptions", "links", "publishedAt", "seed", "source", "url",
  ],
  row: (p: OpenPractice): CsvCell[] => [
    p.slug, p.title, p.language, p.licence, p.cities, p.themes, p.sdgs.map(String),
    joined(p.outcomes.map((o) => `${o.indicator}: ${o.baseline === null ? "" : `${o.baseline} → `}${o.value} ${o.unit} (${o.year})`)),
    p.costRange, p.durationMonths, p.network, p.partner?.slug, p.partner?.disclosure, p.translationGroup,
    p.translations.map((t) => t.slug), p.adoptions, joined(p.links.map((l) => `${l.label} <${l.url}>`)), p.publishedAt, p.seed, p.source, p.url,
  ],
} as const;

export const adoptionCsv = {
  header: ["id", "practice", "practiceLicence", "level", "status", "adopter", "city", "country", "date", "via", "note", "evidenceUrl", "seed", "practiceUrl"],
  row: (a: OpenAdoption): CsvCell[] => [
    a.id, a.practice, a.practiceLicence, a.level, a.status, a.adopter, a.city, a.country, a.date, a.via, a.note, a.evidenceUrl, a.seed, a.practiceUrl,
  ],
} as const;

export const similarCsv = {
  header: ["slug", "title", "networks", "score", "sharedTerms", "sharedThemes", "sharedSdgs", "sharedCities", "url"],
  row: (s: OpenSimilarInitiative): CsvCell[] => [
    s.slug, s.title, s.networks, s.score, s.reasons.sharedTerms, s.reasons.sharedThemes, s.reasons.sharedSdgs.map(String), s.reasons.sharedCities, s.url,
  ],
} as const;
