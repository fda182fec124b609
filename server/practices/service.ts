import type { Context } from "@/server/auth/actor";
import { authorize, policy } from "@/server/auth/policy";
import { audit } from "@/server/audit/log";
import type { Db, DbOrTx } from "@/server/db/client";
import { Prisma } from "@/server/db/generated/client";
import { conflict, invalid, notFound, unauthorized } from "@/server/errors";
import { dayToDate } from "@/server/knowledge/input";
import { cityIdsOf, themeIdsOf } from "@/server/knowledge/references";
import { slugify, uniqueSlug } from "@/server/registry/slug";
import { reindex } from "@/server/search/documents";
import { terms } from "@/server/search/text";
import {
  PRACTICE_PAGE_SIZE,
  adoptionInput,
  practiceCreateInput,
  practiceListInput,
  practiceStateInput,
  practiceUpdateInput,
  type AdoptionInput,
  type PracticeCreateInput,
  type PracticeListInput,
  type PracticeStateInput,
  type PracticeUpdateInput,
} from "./input";

type Fields = ReturnType<typeof practiceUpdateInput.parse>;
type SharedFields = Omit<Fields, "practiceId" | "version">;

/** Resolves the slugs a practice names and checks the network and partner make sense for its cities. */
async function resolve(db: DbOrTx, input: SharedFields) {
  const [cityIds, themeIds] = await Promise.all([cityIdsOf(db, input.cities), themeIdsOf(db, input.themes)]);
  let networkId: string | null = null;
  let citiesInNetwork = false;
  if (input.network) {
    const network = await db.network.findFirst({ where: { slug: input.network, status: "VERIFIED" }, select: { id: true } });
    if (!network) throw invalid({ network: ["knowledge.errors.networkUnknown"] });
    networkId = network.id;
    const members = await db.networkMembership.count({ where: { networkId, cityId: { in: cityIds } } });
    if (members === 0) throw invalid({ network: ["knowledge.errors.cityNotInNetwork"] });
    citiesInNetwork = members === new Set(cityIds).size;
  }
  let partnerId: string | null = null;
  if (input.partner) {
    const partner = await db.partner.findUnique({ where: { slug: input.partner }, select: { id: true } });
    if (!partner) throw invalid({ partner: ["knowledge.errors.partnerUnknown"] });
    partnerId = partner.id;
  }
  return { cityIds, themeIds, networkId, partnerId, citiesInNetwork };
}

const scalarFields = (input: SharedFields, refs: { networkId: string | null; partnerId: string | null }) => ({
  title: input.title,
  problem: input.problem,
  solution: input.solution,
  results: input.results,
  costRange: input.costRange,
  durationMonths: input.durationMonths,
  replication: input.replication,
  licence: input.licence,
  links: input.links,
  language: input.language,
  networkId: refs.networkId,
  partnerId: refs.partnerId,
  partnerDisclosure: refs.partnerId ? input.partnerDisclosure : null,
});

async function writeLinks(tx: Prisma.TransactionClient, practiceId: string, input: SharedFields, refs: { cityIds: string[]; themeIds: string[] }) {
  await Promise.all([
    tx.practiceOutcome.deleteMany({ where: { practiceId } }),
    tx.practiceCity.deleteMany({ where: { practiceId } }),
    tx.practiceTheme.deleteMany({ where: { practiceId } }),
    tx.practiceSdg.deleteMany({ where: { practiceId } }),
  ]);
  await Promise.all([
    tx.practiceOutcome.createMany({ data: input.outcomes.map((o, position) => ({ ...o, practiceId, position })) }),
    tx.practiceCity.createMany({ data: [...new Set(refs.cityIds)].map((cityId) => ({ practiceId, cityId })) }),
    tx.practiceTheme.createMany({ data: [...new Set(refs.themeIds)].map((themeId) => ({ practiceId, themeId })) }),
    tx.practiceSdg.createMany({ data: [...new Set(input.sdgs)].map((sdgNumber) => ({ practiceId, sdgNumber })) }),
  ]);
}

/** A city (or network staff for a member city, or a partner with a disclosure) shares what worked. */
export async function createPractice(ctx: Context, raw: PracticeCreateInput) {
  const input = practiceCreateInput.parse(raw);
  // Anonymous people learn nothing about which cities, networks or partners exist.
  if (!ctx.actor) throw unauthorized();
  const refs = await resolve(ctx.db, input);
  authorize(ctx.actor, policy.postPractice(ctx.actor, refs));
  const actor = ctx.actor;
  return ctx.db.$transaction(async (tx) => {
    let translationGroupId: string | null = null;
    let originalSlug: string | null = null;
    if (input.translationOf) {
      const original = await tx.practice.findUnique({ where: { slug: input.translationOf }, select: { slug: true, translationGroupId: true } });
      if (!original) throw invalid({ translationOf: ["knowledge.errors.practiceUnknown"] });
      const sameLanguage = await tx.practice.count({ where: { translationGroupId: original.translationGroupId, language: input.language } });
      if (sameLanguage) throw invalid({ language: ["knowledge.errors.translationExists"] });
      translationGroupId = original.translationGroupId;
      originalSlug = original.slug;
    }
    // Chinese titles slugify to nothing or to stray digits: a translation takes the original's slug
    // and its language ("lake-restoration-zh"), a new practice its first city ("wuhan-practice").
    const latin = slugify(input.title);
    const cjk = /[\u2e80-\u9fff\uac00-\ud7af]/.test(input.title);
    const base =
      latin && !cjk ? latin : originalSlug ? `${originalSlug.slice(0, 76)}-${input.language}` : `${input.cities[0] ?? "city"}-${latin || "practice"}`.slice(0, 80);
    const slug = await uniqueSlug(tx, "practice", base, (prefix) => tx.practice.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true } }));
    const created = await tx.practice.create({
      data: { ...scalarFields(input, refs), slug, translationGroupId: translationGroupId ?? "pending", createdById: actor.id, publishedAt: new Date() },
      select: { id: true, slug: true, version: true },
    });
    if (!translationGroupId) await tx.practice.update({ where: { id: created.id }, data: { translationGroupId: created.id } });
    await writeLinks(tx, created.id, input, refs);
    await audit(tx, { actorId: actor.id, action: "practice.create", entityType: "Practice", entityId: created.id, data: { slug } });
    await reindex(tx, "PRACTICE", [created.id]);
    return created;
  });
}

async function editable(db: DbOrTx, practiceId: string) {
  const practice = await db.practice.findUnique({
    where: { id: practiceId },
    select: { networkId: true, partnerId: true, cities: { select: { cityId: true } } },
  });
  if (!practice) throw notFound();
  return { networkId: practice.networkId, partnerId: practice.partnerId, cityIds: practice.cities.map((c) => c.cityId) };
}

export async function updatePractice(ctx: Context, raw: PracticeUpdateInput) {
  const input = practiceUpdateInput.parse(raw);
  authorize(ctx.actor, policy.editPractice(ctx.actor, await editable(ctx.db, input.practiceId)));
  const actor = ctx.actor;
  const refs = await resolve(ctx.db, input);
  // The edited practice must still be one this person could post.
  if (!policy.isModerator(actor)) authorize(actor, policy.editPractice(actor, refs) || policy.postPractice(actor, refs));
  return ctx.db.$transaction(async (tx) => {
    const updated = await tx.practice.updateMany({
      where: { id: input.practiceId, version: input.version },
      data: { ...scalarFields(input, refs), version: { increment: 1 } },
    });
    if (updated.count === 0) throw conflict("knowledge.errors.staleEdit");
    await writeLinks(tx, input.practiceId, input, refs);
    await audit(tx, { actorId: actor.id, action: "practice.update", entityType: "Practice", entityId: input.practiceId });
    await reindex(tx, "PRACTICE", [input.practiceId]);
    return tx.practice.findUniqueOrThrow({ where: { id: input.practiceId }, select: { id: true, slug: true, version: true } });
  });
}

export async function setPracticeState(ctx: Context, raw: PracticeStateInput) {
  const input = practiceStateInput.parse(raw);
  authorize(ctx.actor, policy.editPractice(ctx.actor, await editable(ctx.db, input.practiceId)));
  const actor = ctx.actor;
  return ctx.db.$transaction(async (tx) => {
    const updated = await tx.practice.updateMany({ where: { id: input.practiceId, version: input.version }, data: { state: input.state, version: { increment: 1 } } });
    if (updated.count === 0) throw conflict("knowledge.errors.staleEdit");
    await audit(tx, { actorId: actor.id, action: `practice.${input.state.toLowerCase()}`, entityType: "Practice", entityId: input.practiceId });
    await reindex(tx, "PRACTICE", [input.practiceId]);
    return tx.practice.findUniqueOrThrow({ where: { id: input.practiceId }, select: { id: true, slug: true, version: true, state: true } });
  });
}

/** Someone took the practice up: recorded by a city officer, secretariat staff or a partner member. */
export async function recordAdoption(ctx: Context, raw: AdoptionInput) {
  const input = adoptionInput.parse(raw);
  authorize(ctx.actor, policy.recordAdoption(ctx.actor));
  const actor = ctx.actor;
  const practice = await ctx.db.practice.findFirst({ where: { id: input.practiceId, state: "PUBLISHED" }, select: { id: true } });
  if (!practice) throw notFound();
  let city: { id: string; name: string; countryCode: string } | null = null;
  if (input.city) {
    city = await ctx.db.city.findUnique({ where: { slug: input.city }, select: { id: true, name: true, countryCode: true } });
    if (!city) throw invalid({ city: ["knowledge.errors.cityUnknown"] });
  }
  let viaNetworkId: string | null = null;
  if (input.viaNetwork) {
    const network = await ctx.db.network.findFirst({ where: { slug: input.viaNetwork, status: "VERIFIED" }, select: { id: true } });
    if (!network) throw invalid({ viaNetwork: ["knowledge.errors.networkUnknown"] });
    viaNetworkId = network.id;
  }
  return ctx.db.$transaction(async (tx) => {
    const adoption = await tx.adoption.create({
      data: {
        practiceId: practice.id,
        level: input.level,
        status: input.status,
        adopterName: input.adopterName || city?.name || "",
        cityId: city?.id ?? null,
        countryCode: input.countryCode ?? city?.countryCode ?? null,
        adoptedOn: dayToDate(input.date)!,
        note: input.note,
        evidenceUrl: input.evidenceUrl,
        viaNetworkId,
        recordedById: actor.id,
      },
      select: { id: true },
    });
    await audit(tx, { actorId: actor.id, action: "adoption.record", entityType: "Adoption", entityId: adoption.id, data: { practiceId: practice.id } });
    return adoption;
  });
}

export async function removeAdoption(ctx: Context, adoptionId: string) {
  const adoption = await ctx.db.adoption.findUnique({ where: { id: adoptionId }, select: { recordedById: true, practiceId: true } });
  if (!adoption) throw notFound();
  authorize(ctx.actor, policy.removeAdoption(ctx.actor, adoption));
  const actor = ctx.actor;
  await ctx.db.$transaction(async (tx) => {
    await tx.adoption.delete({ where: { id: adoptionId } });
    await audit(tx, { actorId: actor.id, action: "adoption.remove", entityType: "Adoption", entityId: adoptionId, data: { practiceId: adoption.practiceId } });
  });
  return { removed: true };
}

const themeNames = { select: { theme: { select: { slug: true, nameEn: true, nameZh: true, nameFr: true, nameEs: true } } }, orderBy: { theme: { position: "asc" } } } as const;

const cardSelect = {
  id: true,
  slug: true,
  title: true,
  problem: true,
  language: true,
  licence: true,
  costRange: true,
  durationMonths: true,
  isSeed: true,
  themes: themeNames,
  cities: { select: { city: { select: { slug: true, name: true, countryCode: true } } } },
  outcomes: { orderBy: { position: "asc" }, take: 1, select: { indicator: true, baseline: true, value: true, unit: true, year: true } },
  _count: { select: { adoptions: true } },
} satisfies Prisma.PracticeSelect;

export type PracticeCard = Prisma.PracticeGetPayload<{ select: typeof cardSelect }>;

/** Adoptions per practice, counted over all its language versions (a translation is the same practice). */
async function adoptionsByGroup(db: Db, groupIds: string[]) {
  if (!groupIds.length) return new Map<string, number>();
  const rows = await db.$queryRaw<{ groupId: string; adoptions: number }[]>`
    SELECT p."translationGroupId" AS "groupId", count(a.id)::int AS adoptions
    FROM "Practice" p JOIN "Adoption" a ON a."practiceId" = p.id
    WHERE p."translationGroupId" = ANY(${[...new Set(groupIds)]}::text[])
    GROUP BY p."translationGroupId"`;
  return new Map(rows.map((r) => [r.groupId, r.adoptions]));
}

export async function listPractices(ctx: Context, raw: PracticeListInput) {
  const input = practiceListInput.parse(raw);
  const conditions: Prisma.Sql[] = [Prisma.sql`p.state = 'PUBLISHED'`];
  if (input.theme) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "PracticeTheme" x JOIN "Theme" t ON t.id = x."themeId" WHERE x."practiceId" = p.id AND t.slug = ${input.theme})`);
  if (input.sdg) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "PracticeSdg" x WHERE x."practiceId" = p.id AND x."sdgNumber" = ${input.sdg})`);
  if (input.city) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "PracticeCity" x JOIN "City" c ON c.id = x."cityId" WHERE x."practiceId" = p.id AND c.slug = ${input.city})`);
  if (input.region) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "PracticeCity" x JOIN "City" c ON c.id = x."cityId" WHERE x."practiceId" = p.id AND c.region = ${input.region})`);
  if (input.network) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Network" n WHERE n.id = p."networkId" AND n.slug = ${input.network})`);
  if (input.memberOf) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "PracticeCity" x JOIN "NetworkMembership" m ON m."cityId" = x."cityId" JOIN "Network" n ON n.id = m."networkId" WHERE x."practiceId" = p.id AND n.slug = ${input.memberOf})`,
    );
  }
  if (input.licence) conditions.push(Prisma.sql`p.licence::text = ${input.licence}`);
  if (input.language) conditions.push(Prisma.sql`p.language::text = ${input.language}`);
  if (input.q) {
    for (const term of terms(input.q)) {
      conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "SearchDocument" d WHERE d.kind = 'PRACTICE' AND d."entityId" = p.id AND d.terms && ${[term]}::text[])`);
    }
  }
  const where = Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;
  const [rows, [count]] = await Promise.all([
    ctx.db.$queryRaw<{ id: string }[]>`
      SELECT p.id FROM "Practice" p ${where}
      ORDER BY p."publishedAt" DESC NULLS LAST, p.id
      LIMIT ${PRACTICE_PAGE_SIZE} OFFSET ${(input.page - 1) * PRACTICE_PAGE_SIZE}`,
    ctx.db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Practice" p ${where}`,
  ]);
  const ids = rows.map((r) => r.id);
  const loaded = await ctx.db.practice.findMany({ where: { id: { in: ids } }, select: { ...cardSelect, translationGroupId: true } });
  const counts = await adoptionsByGroup(ctx.db, loaded.map((c) => c.translationGroupId));
  const cards: PracticeCard[] = loaded.map(({ translationGroupId, ...card }) => ({ ...card, _count: { adoptions: counts.get(translationGroupId) ?? 0 } }));
  const byId = new Map(cards.map((c) => [c.id, c]));
  const total = count?.total ?? 0;
  return { items: ids.flatMap((id) => byId.get(id) ?? []), total, page: input.page, pageCount: Math.max(1, Math.ceil(total / PRACTICE_PAGE_SIZE)), input };
}

/** Regions of cities that shared practices, for the /practices filter. */
export async function practiceRegions(db: Db) {
  const rows = await db.$queryRaw<{ region: string }[]>`
    SELECT DISTINCT c.region FROM "City" c JOIN "PracticeCity" x ON x."cityId" = c.id
    JOIN "Practice" p ON p.id = x."practiceId" AND p.state = 'PUBLISHED' ORDER BY c.region`;
  return rows.map((r) => r.region);
}

export type SpilloverPoint = {
  id: string;
  date: string;
  level: "CITY" | "NATIONAL" | "INTERNATIONAL" | "COMMUNITY";
  status: "EXPLORING" | "PILOTING" | "ADOPTED";
  adopterName: string;
  city: { slug: string; name: string } | null;
  countryCode: string | null;
  via: { slug: string; name: string; acronym: string | null } | null;
  note: string | null;
  evidenceUrl: string | null;
  recordedById: string | null;
  isSeed: boolean;
};

/**
 * Who took the practice up, when and through which network, oldest first, with counts per level.
 * Pass every language version of a practice to see the spread of the practice, not of one text.
 */
export async function spillover(db: Db, practiceId: string | readonly string[]) {
  const rows = await db.adoption.findMany({
    where: { practiceId: typeof practiceId === "string" ? practiceId : { in: [...practiceId] } },
    orderBy: [{ adoptedOn: "asc" }, { createdAt: "asc" }],
    select: {
      id: true, level: true, status: true, adopterName: true, countryCode: true, adoptedOn: true, note: true, evidenceUrl: true, recordedById: true, isSeed: true,
      city: { select: { slug: true, name: true } },
      viaNetwork: { select: { slug: true, name: true, acronym: true } },
    },
  });
  const points: SpilloverPoint[] = rows.map((r) => ({
    id: r.id,
    date: r.adoptedOn.toISOString().slice(0, 10),
    level: r.level,
    status: r.status,
    adopterName: r.adopterName,
    city: r.city,
    countryCode: r.countryCode,
    via: r.viaNetwork,
    note: r.note,
    evidenceUrl: r.evidenceUrl,
    recordedById: r.recordedById,
    isSeed: r.isSeed,
  }));
  const byLevel = { CITY: 0, NATIONAL: 0, INTERNATIONAL: 0, COMMUNITY: 0 };
  for (const p of points) byLevel[p.level] += 1;
  return { points, byLevel, total: points.length };
}

/** Everything the practice page shows; null when missing or archived (except for its editors). */
export async function getPractice(ctx: Context, slug: string) {
  const practice = await ctx.db.practice.findUnique({
    where: { slug },
    select: {
      ...cardSelect,
      solution: true,
      results: true,
      replication: true,
      links: true,
      sourceUrl: true,
      state: true,
      version: true,
      networkId: true,
      partnerId: true,
      partnerDisclosure: true,
      translationGroupId: true,
      publishedAt: true,
      updatedAt: true,
      createdBy: { select: { name: true } },
      sdgs: { select: { sdgNumber: true }, orderBy: { sdgNumber: "asc" } },
      network: { select: { slug: true, name: true, acronym: true } },
      partner: { select: { slug: true, name: true, type: true } },
      outcomes: { orderBy: { position: "asc" }, select: { indicator: true, baseline: true, value: true, unit: true, year: true } },
      cities: { select: { cityId: true, city: { select: { slug: true, name: true, countryCode: true, region: true } } } },
    },
  });
  if (!practice) return null;
  const editable = { cityIds: practice.cities.map((c) => c.cityId), networkId: practice.networkId, partnerId: practice.partnerId };
  if (practice.state !== "PUBLISHED" && !policy.editPractice(ctx.actor, editable)) return null;
  const versions = await ctx.db.practice.findMany({
    where: { translationGroupId: practice.translationGroupId, state: "PUBLISHED", id: { not: practice.id } },
    select: { id: true, slug: true, title: true, language: true },
    orderBy: { language: "asc" },
  });
  const translations = versions.map((v) => ({ slug: v.slug, title: v.title, language: v.language }));
  const [spread, sdgTitles] = await Promise.all([
    spillover(ctx.db, [practice.id, ...versions.map((v) => v.id)]),
    ctx.db.sdg.findMany({
      where: { number: { in: practice.sdgs.map((s) => s.sdgNumber) } },
      select: { number: true, titleEn: true, titleZh: true, titleFr: true, titleEs: true },
      orderBy: { number: "asc" },
    }),
  ]);
  return { ...practice, translations, spillover: spread, sdgTitles, canEdit: policy.editPractice(ctx.actor, editable) };
}

/** For a city page: practices it shared and practices it took up. */
export async function cityPractices(db: Db, cityId: string) {
  const [shared, adopted] = await Promise.all([
    db.practice.findMany({
      where: { state: "PUBLISHED", cities: { some: { cityId } } },
      orderBy: { publishedAt: "desc" },
      take: 50,
      select: { slug: true, title: true, language: true, licence: true, translationGroupId: true },
    }),
    db.adoption.findMany({
      where: { cityId, practice: { state: "PUBLISHED" } },
      orderBy: { adoptedOn: "desc" },
      take: 50,
      select: {
        id: true, status: true, adoptedOn: true,
        practice: { select: { slug: true, title: true, language: true, cities: { select: { city: { select: { name: true } } } } } },
        viaNetwork: { select: { slug: true, acronym: true, name: true } },
      },
    }),
  ]);
  const counts = await adoptionsByGroup(db, shared.map((p) => p.translationGroupId));
  return { shared: shared.map((p) => ({ ...p, adoptions: counts.get(p.translationGroupId) ?? 0 })), adopted };
}

/** The choices the practice and adoption forms offer: every theme, SDG, city, verified network and partner. */
export async function practiceFormOptions(db: Db) {
  const [themes, sdgs, cities, networks, partners] = await Promise.all([
    db.theme.findMany({ select: { slug: true, nameEn: true, nameZh: true, nameFr: true, nameEs: true }, orderBy: { position: "asc" } }),
    db.sdg.findMany({ select: { number: true, titleEn: true, titleZh: true, titleFr: true, titleEs: true }, orderBy: { number: "asc" } }),
    db.city.findMany({ select: { id: true, slug: true, name: true, countryCode: true }, orderBy: { name: "asc" } }),
    db.network.findMany({ where: { status: "VERIFIED" }, select: { id: true, slug: true, name: true, acronym: true }, orderBy: { name: "asc" } }),
    db.partner.findMany({ select: { id: true, slug: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { themes, sdgs, cities, networks, partners };
}

/** Filter choices for /practices, drawn from published practices. */
export async function practiceFacets(db: Db) {
  const [themes, sdgs, cities, networks, regions] = await Promise.all([
    db.theme.findMany({ select: { slug: true, nameEn: true, nameZh: true, nameFr: true, nameEs: true }, orderBy: { position: "asc" } }),
    db.sdg.findMany({ select: { number: true, titleEn: true, titleZh: true, titleFr: true, titleEs: true }, orderBy: { number: "asc" } }),
    db.$queryRaw<{ slug: string; name: string; countryCode: string }[]>`
      SELECT DISTINCT c.slug, c.name, c."countryCode" FROM "City" c
      JOIN "PracticeCity" x ON x."cityId" = c.id
      JOIN "Practice" p ON p.id = x."practiceId" AND p.state = 'PUBLISHED'
      ORDER BY c.name`,
    db.$queryRaw<{ slug: string; name: string; acronym: string | null }[]>`
      SELECT DISTINCT n.slug, n.name, n.acronym FROM "Network" n
      JOIN "Practice" p ON p."networkId" = n.id AND p.state = 'PUBLISHED'
      ORDER BY n.name`,
    practiceRegions(db),
  ]);
  return { themes, sdgs, cities, networks, regions };
}
