import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "./client";
import type { AdoptionLevel, AdoptionStatus, CostRange, InitiativeStatus, Licence, Locale } from "./generated/client";

// Seed initiatives and practices: real, publicly documented programmes and city solutions, each
// marked isSeed and carrying its source link. Insert-only, like the registry seed.

const dataDir = path.join(process.cwd(), "prisma", "seed-data");

type Link = { label: string; url: string };
export type SeedInitiative = {
  slug: string; title: string; summary: string; body: string; language: Locale; owners: string[];
  status: "planned" | "active" | "completed"; startDate: string | null; endDate: string | null;
  themes: string[]; sdgs: number[]; cities: string[]; partners: { partner: string; disclosure: string }[];
  fundingSources: string[]; links: Link[]; sourceUrl: string;
};
export type SeedAdoption = {
  adopter: string; level: "city" | "national" | "international" | "community"; city: string | null; country: string | null;
  status: "exploring" | "piloting" | "adopted"; date: string; note: string | null; evidenceUrl: string | null; via: string | null;
};
export type SeedPractice = {
  slug: string; title: string; language: Locale; translationOf: string | null; cities: string[]; network: string | null;
  problem: string; solution: string; results: string;
  outcomes: { indicator: string; baseline: number | null; value: number; unit: string; year: number }[];
  costRange: "under-100k" | "100k-1m" | "1m-10m" | "over-10m" | null; durationMonths: number | null; replication: string;
  themes: string[]; sdgs: number[]; licence: string; links: Link[]; sourceUrl: string; adoptions: SeedAdoption[];
};

const costRanges: Record<string, CostRange> = { "under-100k": "UNDER_100K", "100k-1m": "FROM_100K_TO_1M", "1m-10m": "FROM_1M_TO_10M", "over-10m": "OVER_10M" };
const licences: Record<string, Licence> = {
  "CC-BY-4.0": "CC_BY_4_0", "CC-BY-SA-4.0": "CC_BY_SA_4_0", "CC-BY-NC-4.0": "CC_BY_NC_4_0", "CC0-1.0": "CC0_1_0", "ALL-RIGHTS-RESERVED": "ALL_RIGHTS_RESERVED",
};
const day = (value: string | null) => (value ? new Date(`${value}T00:00:00Z`) : null);

async function readOptional<T>(file: string): Promise<T[]> {
  try {
    return JSON.parse(await readFile(path.join(dataDir, file), "utf8")) as T[];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

/** Looks records up by the keys seed files use: network acronym or name, city, partner and theme slugs. */
async function lookups(db: Db) {
  const [networks, cities, partners, themes] = await Promise.all([
    db.network.findMany({ select: { id: true, name: true, acronym: true } }),
    db.city.findMany({ select: { id: true, slug: true } }),
    db.partner.findMany({ select: { id: true, slug: true } }),
    db.theme.findMany({ select: { id: true, slug: true } }),
  ]);
  const network = new Map<string, string>();
  for (const n of networks) {
    network.set(n.name, n.id);
    if (n.acronym) network.set(n.acronym, n.id);
  }
  return {
    network,
    city: new Map(cities.map((c) => [c.slug, c.id])),
    partner: new Map(partners.map((p) => [p.slug, p.id])),
    theme: new Map(themes.map((t) => [t.slug, t.id])),
  };
}

const defined = <T>(value: T | undefined): value is T => value !== undefined;

export async function seedKnowledge(db: Db): Promise<{ initiatives: number; practices: number; adoptions: number }> {
  const [initiatives, practices] = await Promise.all([readOptional<SeedInitiative>("initiatives.json"), readOptional<SeedPractice>("practices.json")]);
  const ids = await lookups(db);
  const existingInitiatives = new Set((await db.initiative.findMany({ select: { slug: true } })).map((i) => i.slug));
  const existingPractices = new Set((await db.practice.findMany({ select: { slug: true } })).map((p) => p.slug));
  const now = Date.now();

  let addedInitiatives = 0;
  for (const [index, seed] of initiatives.entries()) {
    if (existingInitiatives.has(seed.slug)) continue;
    const owners = seed.owners.map((o) => ids.network.get(o)).filter(defined);
    if (!owners.length) continue;
    await db.initiative.create({
      data: {
        slug: seed.slug,
        title: seed.title,
        summary: seed.summary,
        body: seed.body,
        status: seed.status.toUpperCase() as InitiativeStatus,
        state: "PUBLISHED",
        startDate: day(seed.startDate),
        endDate: day(seed.endDate),
        fundingSources: seed.fundingSources,
        links: seed.links,
        language: seed.language,
        sourceUrl: seed.sourceUrl,
        isSeed: true,
        publishedAt: new Date(now - index * 60_000),
        owners: { create: [...new Set(owners)].map((networkId, i) => ({ networkId, status: "ACCEPTED" as const, isLead: i === 0, decidedAt: new Date(now) })) },
        themes: { create: [...new Set(seed.themes.map((t) => ids.theme.get(t)).filter(defined))].map((themeId) => ({ themeId })) },
        sdgs: { create: [...new Set(seed.sdgs)].map((sdgNumber) => ({ sdgNumber })) },
        cities: { create: [...new Set(seed.cities.map((c) => ids.city.get(c)).filter(defined))].map((cityId) => ({ cityId })) },
        partners: {
          create: seed.partners
            .map((p) => ({ partnerId: ids.partner.get(p.partner), disclosure: p.disclosure }))
            .filter((p): p is { partnerId: string; disclosure: string } => !!p.partnerId)
            .filter((p, i, all) => all.findIndex((q) => q.partnerId === p.partnerId) === i),
        },
      },
    });
    addedInitiatives++;
  }

  // Originals first, so a translation can join its original's group.
  const ordered = [...practices.filter((p) => !p.translationOf), ...practices.filter((p) => p.translationOf)];
  let addedPractices = 0;
  let addedAdoptions = 0;
  for (const [index, seed] of ordered.entries()) {
    if (existingPractices.has(seed.slug)) continue;
    const cityIds = [...new Set(seed.cities.map((c) => ids.city.get(c)).filter(defined))];
    if (!cityIds.length) continue;
    const original = seed.translationOf
      ? await db.practice.findUnique({ where: { slug: seed.translationOf }, select: { translationGroupId: true } })
      : null;
    const created = await db.practice.create({
      data: {
        slug: seed.slug,
        title: seed.title,
        problem: seed.problem,
        solution: seed.solution,
        results: seed.results,
        costRange: seed.costRange ? costRanges[seed.costRange] : null,
        durationMonths: seed.durationMonths,
        replication: seed.replication,
        language: seed.language,
        licence: licences[seed.licence] ?? "CC_BY_4_0",
        translationGroupId: original?.translationGroupId ?? "pending",
        networkId: seed.network ? (ids.network.get(seed.network) ?? null) : null,
        links: seed.links,
        sourceUrl: seed.sourceUrl,
        isSeed: true,
        publishedAt: new Date(now - index * 60_000),
        outcomes: { create: seed.outcomes.map((o, position) => ({ ...o, position })) },
        cities: { create: cityIds.map((cityId) => ({ cityId })) },
        themes: { create: [...new Set(seed.themes.map((t) => ids.theme.get(t)).filter(defined))].map((themeId) => ({ themeId })) },
        sdgs: { create: [...new Set(seed.sdgs)].map((sdgNumber) => ({ sdgNumber })) },
        adoptions: {
          create: seed.adoptions.map((a) => ({
            level: a.level.toUpperCase() as AdoptionLevel,
            status: a.status.toUpperCase() as AdoptionStatus,
            adopterName: a.adopter,
            cityId: a.city ? (ids.city.get(a.city) ?? null) : null,
            countryCode: a.country,
            adoptedOn: day(a.date)!,
            note: a.note,
            evidenceUrl: a.evidenceUrl,
            viaNetworkId: a.via ? (ids.network.get(a.via) ?? null) : null,
            isSeed: true,
          })),
        },
      },
      select: { id: true },
    });
    if (!original) await db.practice.update({ where: { id: created.id }, data: { translationGroupId: created.id } });
    addedPractices++;
    addedAdoptions += seed.adoptions.length;
  }
  return { initiatives: addedInitiatives, practices: addedPractices, adoptions: addedAdoptions };
}
