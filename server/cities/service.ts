import type { Context } from "@/server/auth/actor";
import { reindex } from "@/server/search/documents";
import { authorize, policy } from "@/server/auth/policy";
import { audit } from "@/server/audit/log";
import { containsPattern, foldColumn } from "@/server/registry/search";
import { Prisma, type ReviewStatus } from "@/server/db/generated/client";
import { conflict, notFound } from "@/server/errors";
import { notify } from "@/server/notifications/service";
import { countriesMatching } from "./country";
import {
  CITY_PAGE_SIZE,
  cityClaimInput,
  cityListInput,
  cityReviewInput,
  cityUpdateInput,
  type CityClaimInput,
  type CityListInput,
  type CityReviewInput,
  type CityUpdateInput,
} from "./input";

// Only verified networks are public, so every count and list of a city's networks goes through them.
const VERIFIED_NETWORK = Prisma.sql`n.status = 'VERIFIED'`;
const ACRONYMS_SHOWN = 4;


export type CityListItem = {
  id: string;
  slug: string;
  name: string;
  nameLocal: string | null;
  countryCode: string;
  region: string;
  population: number | null;
  populationYear: number | null;
  networkCount: number;
  networks: { slug: string; label: string }[];
};

const networkLabel = (n: { acronym: string | null; name: string }) => n.acronym || n.name;

export async function listCities(ctx: Context, raw: CityListInput) {
  const input = cityListInput.parse(raw);
  const conditions: Prisma.Sql[] = [];
  if (input.q) {
    const codes = countriesMatching(await distinctCountries(ctx), input.q);
    const pattern = containsPattern(input.q);
    conditions.push(
      codes.length
        ? Prisma.sql`(${foldColumn(Prisma.sql`c.name`)} LIKE ${pattern} OR ${foldColumn(Prisma.sql`c."nameLocal"`)} LIKE ${pattern} OR c."countryCode" IN (${Prisma.join(codes)}))`
        : Prisma.sql`(${foldColumn(Prisma.sql`c.name`)} LIKE ${pattern} OR ${foldColumn(Prisma.sql`c."nameLocal"`)} LIKE ${pattern})`,
    );
  }
  if (input.region) conditions.push(Prisma.sql`c.region = ${input.region}`);
  if (input.country) conditions.push(Prisma.sql`c."countryCode" = ${input.country}`);
  if (input.network) {
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "NetworkMembership" m JOIN "Network" n ON n.id = m."networkId"
      WHERE m."cityId" = c.id AND n.slug = ${input.network} AND ${VERIFIED_NETWORK})`);
  }
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const orderBy =
    input.sort === "population" ? Prisma.sql`c.population DESC NULLS LAST, c.name ASC, c.id ASC` : Prisma.sql`c.name ASC, c.id ASC`;

  const page = Prisma.sql`LIMIT ${CITY_PAGE_SIZE} OFFSET ${(input.page - 1) * CITY_PAGE_SIZE}`;
  // Sorting by networks reads the verified-network counts the membership triggers keep
  // (CityNetworkCount); the cards count their own from the memberships they load anyway.
  const rowsQuery =
    input.sort === "networks"
      ? Prisma.sql`
      SELECT c.id
      FROM "City" c LEFT JOIN "CityNetworkCount" counts ON counts."cityId" = c.id
      ${where}
      ORDER BY COALESCE(counts.networks, 0) DESC, c.name ASC, c.id ASC
      ${page}`
      : Prisma.sql`SELECT c.id FROM "City" c ${where} ORDER BY ${orderBy} ${page}`;
  const [rows, [countRow]] = await Promise.all([
    ctx.db.$queryRaw<{ id: string }[]>(rowsQuery),
    ctx.db.$queryRaw<{ total: number }[]>`SELECT COUNT(*)::int AS total FROM "City" c ${where}`,
  ]);
  const total = countRow?.total ?? 0;
  const items = await cityCards(ctx, rows, input.network);
  return { items, total, page: input.page, pageCount: Math.max(1, Math.ceil(total / CITY_PAGE_SIZE)), input };
}

/**
 * Turns ranked city ids into list items, keeping their order, in one query.
 * The network being filtered on is listed first, so each card shows why it matched.
 */
async function cityCards(ctx: Context, rows: { id: string }[], firstNetwork?: string): Promise<CityListItem[]> {
  if (rows.length === 0) return [];
  const cities = await ctx.db.city.findMany({
    where: { id: { in: rows.map((r) => r.id) } },
    select: {
      id: true,
      slug: true,
      name: true,
      nameLocal: true,
      countryCode: true,
      region: true,
      population: true,
      populationYear: true,
      memberships: {
        where: { network: { status: "VERIFIED" } },
        select: { network: { select: { slug: true, name: true, acronym: true } } },
        orderBy: { network: { name: "asc" } },
      },
    },
  });
  const byId = new Map(cities.map((c) => [c.id, c]));
  return rows.flatMap((row) => {
    const city = byId.get(row.id);
    if (!city) return [];
    const { memberships, ...rest } = city;
    const networks = memberships
      .map((m) => ({ slug: m.network.slug, label: networkLabel(m.network) }))
      .sort((a, b) => Number(b.slug === firstNetwork) - Number(a.slug === firstNetwork))
      .slice(0, ACRONYMS_SHOWN);
    return [{ ...rest, networkCount: memberships.length, networks }];
  });
}

/**
 * The countries that have cities, by skipping through the countryCode index one country at a time
 * (a couple of hundred index probes, where DISTINCT would read every city).
 */
async function distinctCountries(ctx: Context) {
  const rows = await ctx.db.$queryRaw<{ code: string }[]>`
    WITH RECURSIVE c AS (
      SELECT min("countryCode") AS code FROM "City"
      UNION ALL
      SELECT (SELECT min("countryCode") FROM "City" WHERE "countryCode" > c.code) FROM c WHERE c.code IS NOT NULL
    )
    SELECT code FROM c WHERE code IS NOT NULL`;
  return rows.map((r) => r.code);
}

/** Options for the /cities filters: regions, countries and the networks that have city members. */
export async function cityFacets(ctx: Context) {
  const [regions, countries, networks] = await Promise.all([
    ctx.db.city.findMany({ distinct: ["region"], select: { region: true }, orderBy: { region: "asc" } }),
    distinctCountries(ctx),
    ctx.db.network.findMany({
      where: { status: "VERIFIED", memberships: { some: { cityId: { not: null } } } },
      select: { slug: true, name: true, acronym: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return {
    regions: regions.map((r) => r.region),
    countries,
    networks: networks.map((n) => ({ slug: n.slug, label: networkLabel(n), name: n.name })),
  };
}

/** The cities that belong to the most networks: where cross-network overlap is densest. */
export async function mostConnectedCities(ctx: Context, limit = 8) {
  const rows = await ctx.db.$queryRaw<{ id: string }[]>`
    SELECT "cityId" AS id FROM "CityNetworkCount" ORDER BY networks DESC, "cityId" ASC LIMIT ${limit}`;
  return cityCards(ctx, rows);
}

/** Cities ranked by how many (verified) networks they share with this one, in a single query. */
export async function citiesSharingNetworks(ctx: Context, cityId: string, limit = 12) {
  return ctx.db.$queryRaw<
    { slug: string; name: string; countryCode: string; shared: number; networks: string[] }[]
  >`
    SELECT other.slug, other.name, other."countryCode",
           COUNT(*)::int AS shared,
           array_agg(COALESCE(n.acronym, n.name) ORDER BY n.name) AS networks
    FROM "NetworkMembership" mine
    JOIN "Network" n ON n.id = mine."networkId" AND ${VERIFIED_NETWORK}
    JOIN "NetworkMembership" theirs ON theirs."networkId" = mine."networkId" AND theirs."cityId" <> mine."cityId"
    JOIN "City" other ON other.id = theirs."cityId"
    WHERE mine."cityId" = ${cityId}
    GROUP BY other.id, other.slug, other.name, other."countryCode"
    ORDER BY shared DESC, other.name ASC
    LIMIT ${limit}`;
}

export type PendingCityClaim = {
  cityId: string;
  citySlug: string;
  cityName: string;
  userId: string;
  userName: string;
  userEmail: string;
  title: string | null;
  message: string | null;
  createdAt: Date;
};

const claimEntityId = (cityId: string, userId: string) => `${cityId}:${userId}`;

/**
 * CityOfficer rows hold no free text beyond the title, so the claimant's message lives in the
 * audit entry written with the claim; reviewers read it from there.
 */
async function withClaimMessages(
  ctx: Context,
  claims: { cityId: string; userId: string; title: string | null; createdAt: Date; city: { slug: string; name: string }; user: { name: string; email: string } }[],
): Promise<PendingCityClaim[]> {
  if (claims.length === 0) return [];
  const entries = await ctx.db.auditLog.findMany({
    where: { action: "city.claim", entityType: "CityOfficer", entityId: { in: claims.map((c) => claimEntityId(c.cityId, c.userId)) } },
    select: { entityId: true, data: true },
    orderBy: { createdAt: "asc" },
  });
  const messages = new Map<string, string>();
  for (const entry of entries) {
    const data = entry.data as { message?: unknown } | null;
    if (typeof data?.message === "string") messages.set(entry.entityId, data.message);
  }
  return claims.map((c) => ({
    cityId: c.cityId,
    citySlug: c.city.slug,
    cityName: c.city.name,
    userId: c.userId,
    userName: c.user.name,
    userEmail: c.user.email,
    title: c.title,
    message: messages.get(claimEntityId(c.cityId, c.userId)) ?? null,
    createdAt: c.createdAt,
  }));
}

const pendingClaimSelect = {
  cityId: true,
  userId: true,
  title: true,
  createdAt: true,
  city: { select: { slug: true, name: true } },
  user: { select: { name: true, email: true } },
} as const;

/** The claims this actor may decide: all for moderators, else those for cities in networks they own. */
export async function pendingCityClaims(ctx: Context) {
  const actor = ctx.actor;
  const ownedNetworkIds = actor ? [...actor.staff].filter(([, role]) => role === "OWNER").map(([id]) => id) : [];
  authorize(actor, policy.isModerator(actor) || ownedNetworkIds.length > 0);
  const claims = await ctx.db.cityOfficer.findMany({
    where: {
      status: "PENDING",
      ...(policy.isModerator(actor) ? {} : { city: { memberships: { some: { networkId: { in: ownedNetworkIds }, network: { status: "VERIFIED" } } } } }),
    },
    select: pendingClaimSelect,
    orderBy: { createdAt: "asc" },
    take: 200,
  });
  return withClaimMessages(ctx, claims);
}

export async function getCity(ctx: Context, slug: string) {
  const city = await ctx.db.city.findUnique({
    where: { slug },
    include: {
      memberships: {
        where: { network: { status: "VERIFIED" } },
        select: {
          memberType: true,
          yearJoined: true,
          sourceUrl: true,
          network: { select: { id: true, slug: true, name: true, acronym: true, scope: true, region: true } },
        },
        orderBy: { network: { name: "asc" } },
      },
      officers: {
        where: { status: "VERIFIED" },
        select: { userId: true, title: true, user: { select: { name: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!city) return null;
  const actor = ctx.actor;
  const networkIds = city.memberships.map((m) => m.network.id);
  const canReview = policy.reviewCityClaim(actor, networkIds);
  const [sharing, myClaim, pending] = await Promise.all([
    citiesSharingNetworks(ctx, city.id),
    actor
      ? ctx.db.cityOfficer.findUnique({ where: { cityId_userId: { cityId: city.id, userId: actor.id } }, select: { status: true, reason: true } })
      : null,
    canReview
      ? ctx.db.cityOfficer
          .findMany({ where: { cityId: city.id, status: "PENDING" }, select: pendingClaimSelect, orderBy: { createdAt: "asc" } })
          .then((claims) => withClaimMessages(ctx, claims))
      : Promise.resolve([]),
  ]);
  return {
    city,
    sharing,
    myClaim,
    pendingClaims: pending,
    can: { claim: policy.claimCity(actor), review: canReview, edit: policy.editCity(actor, city.id) },
  };
}

export async function claimCity(ctx: Context, raw: CityClaimInput) {
  authorize(ctx.actor, policy.claimCity(ctx.actor));
  const actor = ctx.actor;
  const input = cityClaimInput.parse(raw);
  return ctx.db.$transaction(async (tx) => {
    const city = await tx.city.findUnique({ where: { id: input.cityId }, select: { id: true } });
    if (!city) throw notFound();
    const existing = await tx.cityOfficer.findUnique({ where: { cityId_userId: { cityId: city.id, userId: actor.id } }, select: { status: true } });
    if (existing && existing.status !== "REJECTED") throw conflict("cities.errors.alreadyClaimed");
    // A rejected claim may be made again (e.g. with a clearer message); it starts over as pending.
    const claim = await tx.cityOfficer.upsert({
      where: { cityId_userId: { cityId: city.id, userId: actor.id } },
      create: { cityId: city.id, userId: actor.id, title: input.title },
      update: { title: input.title, status: "PENDING", reason: null, decidedById: null, decidedAt: null, createdAt: new Date() },
      select: { cityId: true, userId: true, status: true },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "city.claim",
      entityType: "CityOfficer",
      entityId: claimEntityId(city.id, actor.id),
      data: { title: input.title, message: input.message },
    });
    return claim;
  });
}

export async function reviewCityClaim(ctx: Context, raw: CityReviewInput) {
  const input = cityReviewInput.parse(raw);
  const memberships = await ctx.db.networkMembership.findMany({
    where: { cityId: input.cityId, network: { status: "VERIFIED" } },
    select: { networkId: true },
  });
  authorize(ctx.actor, policy.reviewCityClaim(ctx.actor, memberships.map((m) => m.networkId)));
  const actor = ctx.actor;
  const status: ReviewStatus = input.decision;
  const result = await ctx.db.$transaction(async (tx) => {
    const updated = await tx.cityOfficer.updateMany({
      where: { cityId: input.cityId, userId: input.userId, status: "PENDING" },
      data: { status, reason: input.decision === "REJECTED" ? input.reason : null, decidedById: actor.id, decidedAt: new Date() },
    });
    if (updated.count === 0) {
      const exists = await tx.cityOfficer.count({ where: { cityId: input.cityId, userId: input.userId } });
      throw exists ? conflict("cities.errors.alreadyDecided") : notFound();
    }
    await audit(tx, {
      actorId: actor.id,
      action: input.decision === "VERIFIED" ? "city.claim.verify" : "city.claim.reject",
      entityType: "CityOfficer",
      entityId: claimEntityId(input.cityId, input.userId),
      data: input.reason ? { reason: input.reason } : undefined,
    });
    return tx.city.findUniqueOrThrow({ where: { id: input.cityId }, select: { slug: true, name: true } });
  });
  await notify(ctx.db, {
    userIds: [input.userId],
    kind: input.decision === "VERIFIED" ? "cities.notify.claimVerified" : "cities.notify.claimRejected",
    params: { city: result.name, reason: input.reason ?? "" },
    link: `/cities/${result.slug}`,
  });
  return { status };
}

export async function updateCity(ctx: Context, raw: CityUpdateInput) {
  const input = cityUpdateInput.parse(raw);
  authorize(ctx.actor, policy.editCity(ctx.actor, input.cityId));
  const actor = ctx.actor;
  return ctx.db.$transaction(async (tx) => {
    const { cityId, version, ...facts } = input;
    const updated = await tx.city.updateMany({
      where: { id: cityId, version },
      data: { ...facts, populationYear: facts.population === null ? null : facts.populationYear, version: { increment: 1 } },
    });
    if (updated.count === 0) {
      if ((await tx.city.count({ where: { id: cityId } })) === 0) throw notFound();
      throw conflict();
    }
    await audit(tx, { actorId: actor.id, action: "city.update", entityType: "City", entityId: cityId, data: facts });
    await reindex(tx, "CITY", [cityId]);
    return tx.city.findUniqueOrThrow({ where: { id: cityId }, select: { id: true, slug: true, version: true } });
  });
}
