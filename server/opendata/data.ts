import type { Db } from "@/server/db/client";
import { Prisma } from "@/server/db/generated/client";
import { containsPattern, foldColumn } from "@/server/registry/search";
import { encodeCursor } from "./cursor";
import type { CsvCell } from "./csv";
import type { OpenDataQuery } from "./query";

export type Page<T> = { data: T[]; nextCursor: string | null };
export type ListInput = Pick<OpenDataQuery, "limit" | "cursor" | "q">;

export type OpenNetwork = {
  slug: string;
  name: string;
  acronym: string | null;
  founded: number | null;
  headquarters: { city: string | null; country: string | null };
  scope: "global" | "regional";
  region: string | null;
  themes: string[];
  membershipModel: string;
  members: { count: number | null; year: number | null; source: string | null };
  status: "active" | "closed" | "merged" | "unknown";
  confidence: "high" | "medium" | "low";
  memberCities: number;
  url: string;
};

export type OpenCity = {
  slug: string;
  name: string;
  nameLocal: string | null;
  country: string;
  region: string;
  latitude: number | null;
  longitude: number | null;
  population: { value: number | null; year: number | null };
  networks: string[];
  url: string;
};

/** A condition matching rows where any of the columns contains the folded query text. */
export const likeAny = (columns: Prisma.Sql[]) => (q: string) => {
  const pattern = containsPattern(q);
  return Prisma.sql`(${Prisma.join(columns.map((column) => Prisma.sql`${foldColumn(column)} LIKE ${pattern}`), " OR ")})`;
};

/**
 * One keyset page of ids: rows after the cursor in (slug, id) order, plus one extra row to learn
 * whether another page follows. Search folds case and accents like the registry pages do.
 */
export async function pageOfIds(
  db: Db,
  table: "Network" | "City" | "Initiative" | "Practice" | "ExchangeRequest",
  searchCondition: (q: string) => Prisma.Sql,
  extra: Prisma.Sql | null,
  input: ListInput,
): Promise<{ ids: string[]; last: { slug: string; id: string } | null }> {
  const conditions: Prisma.Sql[] = extra ? [extra] : [];
  if (input.q) conditions.push(searchCondition(input.q));
  // Byte order ("C" collation), so pages follow the same order on every database server.
  if (input.cursor) conditions.push(Prisma.sql`(t.slug COLLATE "C", t.id COLLATE "C") > (${input.cursor.slug}, ${input.cursor.id})`);
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string; slug: string }[]>`
    SELECT t.id, t.slug FROM ${Prisma.raw(`"${table}"`)} t ${where}
    ORDER BY t.slug COLLATE "C" ASC, t.id COLLATE "C" ASC
    LIMIT ${input.limit + 1}`;
  const page = rows.slice(0, input.limit);
  const last = rows.length > input.limit ? page[page.length - 1] : undefined;
  return { ids: page.map((r) => r.id), last: last ? { slug: last.slug, id: last.id } : null };
}

export const inOrder = <T extends { id: string }>(ids: string[], rows: T[]) => {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
};

/** Verified networks only: pending and rejected registrations are never published. */
export async function openNetworks(db: Db, input: ListInput, baseUrl: string): Promise<Page<OpenNetwork>> {
  const { ids, last } = await pageOfIds(
    db,
    "Network",
    likeAny([Prisma.sql`t.name`, Prisma.sql`COALESCE(t.acronym, '')`, Prisma.sql`COALESCE(t."hqCity", '')`]),
    Prisma.sql`t.status = 'VERIFIED'`,
    input,
  );
  const rows = await db.network.findMany({
    where: { id: { in: ids }, status: "VERIFIED" },
    select: {
      id: true,
      slug: true,
      name: true,
      acronym: true,
      foundedYear: true,
      hqCity: true,
      hqCountry: true,
      scope: true,
      region: true,
      membershipModel: true,
      memberCount: true,
      memberCountYear: true,
      sourceUrl: true,
      activity: true,
      confidence: true,
      themes: { select: { theme: { select: { slug: true } } }, orderBy: { theme: { position: "asc" } } },
      _count: { select: { memberships: { where: { cityId: { not: null } } } } },
    },
  });
  return {
    data: inOrder(ids, rows).map((n) => ({
      slug: n.slug,
      name: n.name,
      acronym: n.acronym,
      founded: n.foundedYear,
      headquarters: { city: n.hqCity, country: n.hqCountry },
      scope: n.scope === "GLOBAL" ? "global" : "regional",
      region: n.region,
      themes: n.themes.map((t) => t.theme.slug),
      membershipModel: n.membershipModel,
      members: { count: n.memberCount, year: n.memberCountYear, source: n.sourceUrl },
      status: lower(n.activity),
      confidence: lower(n.confidence),
      memberCities: n._count.memberships,
      url: `${baseUrl}/networks/${n.slug}`,
    })),
    nextCursor: last ? encodeCursor(last) : null,
  };
}

/** Every city; the networks listed are only the verified ones. */
export async function openCities(db: Db, input: ListInput, baseUrl: string): Promise<Page<OpenCity>> {
  const { ids, last } = await pageOfIds(db, "City", likeAny([Prisma.sql`t.name`, Prisma.sql`COALESCE(t."nameLocal", '')`]), null, input);
  const rows = await db.city.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      slug: true,
      name: true,
      nameLocal: true,
      countryCode: true,
      region: true,
      latitude: true,
      longitude: true,
      population: true,
      populationYear: true,
      memberships: {
        where: { network: { status: "VERIFIED" } },
        select: { network: { select: { slug: true } } },
        orderBy: { network: { slug: "asc" } },
      },
    },
  });
  return {
    data: inOrder(ids, rows).map((c) => ({
      slug: c.slug,
      name: c.name,
      nameLocal: c.nameLocal,
      country: c.countryCode,
      region: c.region,
      latitude: c.latitude,
      longitude: c.longitude,
      population: { value: c.population, year: c.populationYear },
      networks: c.memberships.map((m) => m.network.slug),
      url: `${baseUrl}/cities/${c.slug}`,
    })),
    nextCursor: last ? encodeCursor(last) : null,
  };
}

export const lower = <T extends string>(value: T) => value.toLowerCase() as Lowercase<T>;

export const networkCsv = {
  header: [
    "slug", "name", "acronym", "founded", "headquartersCity", "headquartersCountry", "scope", "region", "themes",
    "membershipModel", "membersCount", "membersYear", "membersSource", "status", "confidence", "memberCities", "url",
  ],
  row: (n: OpenNetwork): CsvCell[] => [
    n.slug, n.name, n.acronym, n.founded, n.headquarters.city, n.headquarters.country, n.scope, n.region, n.themes,
    n.membershipModel, n.members.count, n.members.year, n.members.source, n.status, n.confidence, n.memberCities, n.url,
  ],
} as const;

export const cityCsv = {
  header: ["slug", "name", "nameLocal", "country", "region", "latitude", "longitude", "population", "populationYear", "networks", "url"],
  row: (c: OpenCity): CsvCell[] => [
    c.slug, c.name, c.nameLocal, c.country, c.region, c.latitude, c.longitude, c.population.value, c.population.year, c.networks, c.url,
  ],
} as const;
