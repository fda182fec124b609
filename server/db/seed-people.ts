import { randomBytes } from "node:crypto";
import type { Db } from "./client";
import type { Locale } from "./generated/client";
import { hashPassword } from "@/server/auth/password";

// The people who speak in seeded conversations (forum threads, exchange records, events,
// challenges): staff of real secretariats, officers of real cities and members of real partners.
// They are illustrative personas, not real individuals: their addresses are on a reserved domain
// and their password is random and never stored in clear, so nobody can sign in as them.

export const SEED_PEOPLE_DOMAIN = "seed.concord.invalid";

/** Demo accounts and personas stand for people who have used Concord for a while: new-account posting limits do not apply to them. */
export const ESTABLISHED_SINCE = () => new Date(Date.now() - 90 * 24 * 60 * 60 * 1000);

type Persona = {
  key: string;
  name: string;
  locale: Locale;
  title: string;
  network?: { slug: string; role: "OWNER" | "EDITOR" };
  city?: string;
  partner?: string;
};

export const personas = [
  { key: "uclg", name: "Marta Ribas", locale: "es", title: "Learning officer, UCLG World Secretariat", network: { slug: "uclg", role: "OWNER" } },
  { key: "iclei", name: "Jonas Becker", locale: "en", title: "Programme lead, ICLEI World Secretariat", network: { slug: "iclei", role: "OWNER" } },
  // An editor, so the demo owner (owner@concord.test) stays C40's only owner, as the demo journeys expect.
  { key: "c40", name: "Priya Nair", locale: "en", title: "Network manager, C40", network: { slug: "c40", role: "EDITOR" } },
  { key: "metropolis", name: "Laia Soler", locale: "fr", title: "Policy officer, Metropolis", network: { slug: "metropolis", role: "OWNER" } },
  { key: "eurocities", name: "Pieter Claes", locale: "en", title: "Policy advisor, Eurocities", network: { slug: "eurocities", role: "OWNER" } },
  { key: "citynet", name: "Kim Min-jun", locale: "en", title: "Programme officer, CityNet", network: { slug: "citynet", role: "OWNER" } },
  { key: "mercociudades", name: "Lucía Fernández", locale: "es", title: "Technical secretariat, Mercociudades", network: { slug: "mercociudades", role: "OWNER" } },
  { key: "uclg-africa", name: "Amina Diallo", locale: "fr", title: "Programme officer, UCLG Africa", network: { slug: "uclg-africa", role: "OWNER" } },
  { key: "r-cities", name: "Daniel Okafor", locale: "en", title: "Resilience programme lead, Resilient Cities Network", network: { slug: "r-cities", role: "EDITOR" } },
  { key: "nairobi", name: "Wanjiru Kamau", locale: "en", title: "Climate change unit, Nairobi City County", city: "nairobi" },
  { key: "wuhan", name: "刘洋", locale: "zh", title: "武汉市外事办公室", city: "wuhan" },
  { key: "seoul", name: "Park Ji-woo", locale: "en", title: "International relations, Seoul Metropolitan Government", city: "seoul" },
  { key: "medellin", name: "Andrés Gómez", locale: "es", title: "Secretaría de Movilidad, Alcaldía de Medellín", city: "medellin" },
  { key: "lyon", name: "Claire Martin", locale: "fr", title: "Direction des relations internationales, Métropole de Lyon", city: "lyon" },
  { key: "durban", name: "Sipho Ndlovu", locale: "en", title: "Environmental planning, eThekwini Municipality", city: "durban" },
  { key: "barcelona", name: "Núria Puig", locale: "es", title: "Oficina de Clima, Ajuntament de Barcelona", city: "barcelona" },
  { key: "wri", name: "Rachel Osei", locale: "en", title: "Urban programme, World Resources Institute", partner: "world-resources-institute" },
  { key: "un-habitat", name: "Joseph Mwangi", locale: "en", title: "Urban practices branch, UN-Habitat", partner: "un-habitat" },
] as const satisfies readonly Persona[];

export type PersonaKey = (typeof personas)[number]["key"];
export type SeedPerson = { userId: string; name: string; networkId: string | null; cityId: string | null; partnerId: string | null };

export const personaEmail = (key: string) => `${key}@${SEED_PEOPLE_DOMAIN}`;

/**
 * Creates the personas that are missing (insert-only, like the rest of the seed) and returns every
 * persona whose organisation exists, keyed by persona key.
 */
export async function seedPeople(db: Db): Promise<Map<PersonaKey, SeedPerson>> {
  const [networks, cities, partners, users] = await Promise.all([
    db.network.findMany({ where: { slug: { in: personas.flatMap((p) => ("network" in p ? [p.network.slug] : [])) } }, select: { id: true, slug: true } }),
    db.city.findMany({ where: { slug: { in: personas.flatMap((p) => ("city" in p ? [p.city] : [])) } }, select: { id: true, slug: true } }),
    db.partner.findMany({ where: { slug: { in: personas.flatMap((p) => ("partner" in p ? [p.partner] : [])) } }, select: { id: true, slug: true } }),
    db.user.findMany({ where: { email: { endsWith: `@${SEED_PEOPLE_DOMAIN}` } }, select: { id: true, email: true } }),
  ]);
  const networkId = new Map(networks.map((n) => [n.slug, n.id]));
  const cityId = new Map(cities.map((c) => [c.slug, c.id]));
  const partnerId = new Map(partners.map((p) => [p.slug, p.id]));
  const userId = new Map(users.map((u) => [u.email, u.id]));
  const missing = personas.filter((p) => !userId.has(personaEmail(p.key)));
  if (missing.length) {
    const passwordHash = await hashPassword(randomBytes(32).toString("hex"));
    await db.$transaction(async (tx) => {
      for (const p of missing) {
        const user = await tx.user.create({
          data: { email: personaEmail(p.key), name: p.name, locale: p.locale, organisation: p.title, passwordHash, createdAt: ESTABLISHED_SINCE() },
          select: { id: true },
        });
        userId.set(personaEmail(p.key), user.id);
        const nid = "network" in p ? networkId.get(p.network.slug) : undefined;
        if ("network" in p && nid) await tx.networkStaff.create({ data: { userId: user.id, networkId: nid, role: p.network.role } });
        const cid = "city" in p ? cityId.get(p.city) : undefined;
        if (cid) await tx.cityOfficer.create({ data: { userId: user.id, cityId: cid, status: "VERIFIED", title: p.title } });
        const pid = "partner" in p ? partnerId.get(p.partner) : undefined;
        if (pid) await tx.partnerMember.create({ data: { userId: user.id, partnerId: pid, status: "VERIFIED" } });
      }
    });
  }
  const people = new Map<PersonaKey, SeedPerson>();
  for (const p of personas) {
    const id = userId.get(personaEmail(p.key));
    if (!id) continue;
    people.set(p.key, {
      userId: id,
      name: p.name,
      networkId: ("network" in p && networkId.get(p.network.slug)) || null,
      cityId: ("city" in p && cityId.get(p.city)) || null,
      partnerId: ("partner" in p && partnerId.get(p.partner)) || null,
    });
  }
  return people;
}
