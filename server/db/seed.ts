import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { Db } from "./client";
import type { ActivityStatus, Confidence, MemberType, PartnerType } from "./generated/client";
import { hashPassword } from "@/server/auth/password";
import { networkSlug, slugify } from "@/server/registry/slug";
import { indexUnindexed } from "@/server/search/documents";
import { seedChallenges } from "./seed-challenges";
import { seedEvents } from "./seed-events";
import { seedExchange } from "./seed-exchange";
import { seedForum } from "./seed-forum";
import { seedFrameworks } from "./seed-frameworks";
import { seedKnowledge } from "./seed-knowledge";
import { ESTABLISHED_SINCE, seedPeople } from "./seed-people";

// Seeding only inserts what is missing (never overwrites), so it is idempotent and never undoes
// corrections a network's owner made to its own profile.

const dataDir = path.join(process.cwd(), "prisma", "seed-data");
const readJson = async <T>(file: string): Promise<T> => JSON.parse(await readFile(path.join(dataDir, file), "utf8")) as T;
const readCsv = async (file: string) =>
  parse(await readFile(path.join(dataDir, file), "utf8"), { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];

type SeedMembership = { network: string; type?: string; yearJoined?: number | null; source?: string | null };
type SeedCity = {
  name: string; slug: string; country: string; region: string; lat?: number | null; lng?: number | null;
  population?: number | null; populationYear?: number | null; nameLocal?: string; memberships?: SeedMembership[];
};
type SeedPartner = {
  name: string; slug: string; type: string; website?: string | null; country?: string | null; description?: string | null;
  partnerships?: SeedMembership[];
};

export const DEMO_PASSWORD = "concord-demo-2026";
export const demoAccounts = [
  { email: "admin@concord.test", name: "Ada Admin", role: "platform admin" },
  { email: "moderator@concord.test", name: "Mo Moderator", role: "moderator" },
  { email: "owner@concord.test", name: "Olu Owner", role: "owner of C40's secretariat profile" },
  { email: "editor@concord.test", name: "Eda Editor", role: "editor of ICLEI's secretariat profile" },
  { email: "city@concord.test", name: "Chen Wei", role: "city officer of Wuhan" },
  { email: "partner@concord.test", name: "Pat Partner", role: "partner member of World Resources Institute" },
] as const;

const int = (value: string | undefined) => (value && /^\d+$/.test(value) ? Number(value) : null);
const memberType = (value?: string): MemberType =>
  value === "observer" ? "OBSERVER" : value === "partner" ? "PARTNER" : "MEMBER";
const partnerType: Record<string, PartnerType> = {
  company: "COMPANY", ngo: "NGO", foundation: "FOUNDATION", research: "RESEARCH", international_org: "INTERNATIONAL_ORG",
};

export type SeedSummary = {
  networks: number; cities: number; partners: number; memberships: number; themes: number; sdgs: number;
  initiatives: number; practices: number; adoptions: number;
};

export async function seed(db: Db, options: { demo: boolean }): Promise<SeedSummary> {
  const themes = await readJson<{ slug: string; en: string; zh: string; fr: string; es: string }[]>("themes.json");
  await db.theme.createMany({
    data: themes.map((t, i) => ({ slug: t.slug, position: i, nameEn: t.en, nameZh: t.zh, nameFr: t.fr, nameEs: t.es })),
    skipDuplicates: true,
  });
  const sdgs = await readCsv("sdgs.csv");
  await db.sdg.createMany({
    data: sdgs.map((r) => ({ number: Number(r.number), titleEn: r.title_en!, titleZh: r.title_zh!, titleFr: r.title_fr!, titleEs: r.title_es! })),
    skipDuplicates: true,
  });

  const rows = await readCsv("city_networks.csv");
  await db.network.createMany({
    data: rows.map((r) => ({
      slug: networkSlug(r.name!, r.acronym),
      name: r.name!,
      acronym: r.acronym || null,
      foundedYear: int(r.founded),
      hqCity: r.hq_city || null,
      hqCountry: r.hq_country || null,
      scope: r.scope === "regional" ? ("REGIONAL" as const) : ("GLOBAL" as const),
      region: r.region || null,
      membershipModel: r.membership_model || "open",
      memberCount: int(r.members),
      memberCountYear: int(r.members_year),
      activity: (r.status?.toUpperCase() || "UNKNOWN") as ActivityStatus,
      confidence: (r.confidence?.toUpperCase() || "LOW") as Confidence,
      about: r.note || null,
      sourceUrl: r.source_url || null,
      status: "VERIFIED" as const,
      isSeed: true,
    })),
    skipDuplicates: true,
  });
  const themeIds = new Map((await db.theme.findMany({ select: { id: true, nameEn: true } })).map((t) => [t.nameEn.toLowerCase(), t.id]));
  const networks = await db.network.findMany({ select: { id: true, slug: true, name: true, acronym: true } });
  const networkByKey = new Map<string, string>();
  for (const n of networks) {
    networkByKey.set(n.name, n.id);
    if (n.acronym) networkByKey.set(n.acronym, n.id);
  }
  await db.networkTheme.createMany({
    data: rows.flatMap((r) => {
      const networkId = networkByKey.get(r.acronym || r.name!);
      return (r.focus ?? "")
        .split(";")
        .map((f) => themeIds.get(f.trim().toLowerCase()))
        .filter((id): id is string => !!id && !!networkId)
        .map((themeId) => ({ networkId: networkId!, themeId }));
    }),
    skipDuplicates: true,
  });

  const cities = await readJson<SeedCity[]>("cities.json");
  await db.city.createMany({
    data: cities.map((c) => ({
      slug: c.slug || slugify(c.name),
      name: c.name,
      nameLocal: c.nameLocal ?? null,
      countryCode: c.country.toUpperCase(),
      region: c.region,
      latitude: c.lat ?? null,
      longitude: c.lng ?? null,
      population: c.population ?? null,
      populationYear: c.populationYear ?? null,
      isSeed: true,
    })),
    skipDuplicates: true,
  });
  const partners = await readJson<SeedPartner[]>("partners.json");
  await db.partner.createMany({
    data: partners.map((p) => ({
      slug: p.slug || slugify(p.name),
      name: p.name,
      type: partnerType[p.type] ?? "NGO",
      website: p.website ?? null,
      countryCode: p.country ?? null,
      description: p.description ?? null,
      isSeed: true,
    })),
    skipDuplicates: true,
  });
  const cityIds = new Map((await db.city.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]));
  const partnerIds = new Map((await db.partner.findMany({ select: { id: true, slug: true } })).map((p) => [p.slug, p.id]));
  const membership = (m: SeedMembership) => ({
    networkId: networkByKey.get(m.network),
    memberType: memberType(m.type),
    yearJoined: m.yearJoined ?? null,
    sourceUrl: m.source ?? null,
  });
  await db.networkMembership.createMany({
    data: [
      ...cities.flatMap((c) =>
        (c.memberships ?? []).map((m) => ({ ...membership(m), cityId: cityIds.get(c.slug) })),
      ),
      ...partners.flatMap((p) =>
        (p.partnerships ?? []).map((m) => ({ ...membership(m), memberType: "PARTNER" as const, partnerId: partnerIds.get(p.slug) })),
      ),
    ].filter((m): m is typeof m & { networkId: string } => !!m.networkId && !!(("cityId" in m && m.cityId) || ("partnerId" in m && m.partnerId))),
    skipDuplicates: true,
  });

  await seedKnowledge(db);
  // Mechanisms before the forum: seeded threads attach to frameworks, events and challenges.
  const people = await seedPeople(db);
  await seedFrameworks(db, people);
  await seedEvents(db, people);
  await seedExchange(db, people);
  await seedChallenges(db, people);
  await seedForum(db, people);
  if (options.demo) await seedDemoAccounts(db);
  await indexUnindexed(db);

  const [n, c, p, m, th, s, i, pr, a] = await Promise.all([
    db.network.count(), db.city.count(), db.partner.count(), db.networkMembership.count(), db.theme.count(), db.sdg.count(),
    db.initiative.count(), db.practice.count(), db.adoption.count(),
  ]);
  return { networks: n, cities: c, partners: p, memberships: m, themes: th, sdgs: s, initiatives: i, practices: pr, adoptions: a };
}

async function seedDemoAccounts(db: Db) {
  const existing = new Set((await db.user.findMany({ where: { email: { endsWith: "@concord.test" } }, select: { email: true } })).map((u) => u.email));
  const missing = demoAccounts.filter((a) => !existing.has(a.email));
  if (missing.length === 0) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const [c40, iclei, wuhan, wri] = await Promise.all([
    db.network.findUnique({ where: { slug: "c40" }, select: { id: true } }),
    db.network.findUnique({ where: { slug: "iclei" }, select: { id: true } }),
    db.city.findUnique({ where: { slug: "wuhan" }, select: { id: true } }),
    db.partner.findFirst({ where: { slug: { in: ["world-resources-institute", "wri"] } }, select: { id: true } }),
  ]);
  await db.$transaction(async (tx) => {
    for (const account of missing) {
      const user = await tx.user.create({ data: { email: account.email, name: account.name, passwordHash, createdAt: ESTABLISHED_SINCE() }, select: { id: true } });
      if (account.email === "admin@concord.test") await tx.platformRole.create({ data: { userId: user.id, role: "ADMIN" } });
      if (account.email === "moderator@concord.test") await tx.platformRole.create({ data: { userId: user.id, role: "MODERATOR" } });
      if (account.email === "owner@concord.test" && c40) await tx.networkStaff.create({ data: { userId: user.id, networkId: c40.id, role: "OWNER" } });
      if (account.email === "editor@concord.test" && iclei) await tx.networkStaff.create({ data: { userId: user.id, networkId: iclei.id, role: "EDITOR" } });
      if (account.email === "city@concord.test" && wuhan)
        await tx.cityOfficer.create({ data: { userId: user.id, cityId: wuhan.id, status: "VERIFIED", title: "International relations officer" } });
      if (account.email === "partner@concord.test" && wri) await tx.partnerMember.create({ data: { userId: user.id, partnerId: wri.id, status: "VERIFIED" } });
    }
  });
}
