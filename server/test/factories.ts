import { randomBytes } from "node:crypto";
import type { Db } from "@/server/db/client";
import { loadActor, type Actor } from "@/server/auth/actor";
import { networkSlug, slugify } from "@/server/registry/slug";

const unique = () => randomBytes(4).toString("hex");
// A precomputed argon2id hash keeps factories fast; tests of passwords use the real hasher.
const FAKE_HASH = "$argon2id$v=19$m=19456,t=2,p=1$dGVzdHNhbHR0ZXN0c2FsdA$V2Ykb2h4bHv9l3vGbV6oYwJcJtE7kq7B2bO1k0Xn1yU";

export async function makeUser(db: Db, overrides: { email?: string; name?: string } = {}) {
  const id = unique();
  return db.user.create({
    data: { email: overrides.email ?? `user-${id}@example.org`, name: overrides.name ?? `User ${id}`, passwordHash: FAKE_HASH },
  });
}

export async function makeActor(
  db: Db,
  roles: {
    admin?: boolean;
    moderator?: boolean;
    owner?: string[];
    editor?: string[];
    cityOfficer?: string[];
    partner?: string[];
  } = {},
): Promise<Actor> {
  const user = await makeUser(db);
  if (roles.admin) await db.platformRole.create({ data: { userId: user.id, role: "ADMIN" } });
  if (roles.moderator) await db.platformRole.create({ data: { userId: user.id, role: "MODERATOR" } });
  for (const networkId of roles.owner ?? []) await db.networkStaff.create({ data: { userId: user.id, networkId, role: "OWNER" } });
  for (const networkId of roles.editor ?? []) await db.networkStaff.create({ data: { userId: user.id, networkId, role: "EDITOR" } });
  for (const cityId of roles.cityOfficer ?? [])
    await db.cityOfficer.create({ data: { userId: user.id, cityId, status: "VERIFIED" } });
  for (const partnerId of roles.partner ?? []) await db.partnerMember.create({ data: { userId: user.id, partnerId, status: "VERIFIED" } });
  return (await loadActor(db, user.id))!;
}

export async function makeNetwork(db: Db, overrides: { name?: string; acronym?: string; status?: "PENDING" | "VERIFIED" | "REJECTED"; isSeed?: boolean } = {}) {
  const name = overrides.name ?? `Network ${unique()}`;
  return db.network.create({
    data: {
      name,
      acronym: overrides.acronym ?? null,
      slug: networkSlug(name, overrides.acronym),
      scope: "GLOBAL",
      membershipModel: "open",
      status: overrides.status ?? "VERIFIED",
      isSeed: overrides.isSeed ?? false,
    },
  });
}

export async function makeCity(db: Db, overrides: { name?: string; countryCode?: string; region?: string } = {}) {
  const name = overrides.name ?? `City ${unique()}`;
  return db.city.create({
    data: { name, slug: slugify(name), countryCode: overrides.countryCode ?? "FR", region: overrides.region ?? "Europe" },
  });
}

export async function makePartner(db: Db, overrides: { name?: string; type?: "COMPANY" | "NGO" | "FOUNDATION" | "RESEARCH" | "INTERNATIONAL_ORG" } = {}) {
  const name = overrides.name ?? `Partner ${unique()}`;
  return db.partner.create({ data: { name, slug: slugify(name), type: overrides.type ?? "NGO" } });
}

/** Themes by slug (tests' databases start without seed data). */
export async function makeThemes(db: Db, slugs: string[]) {
  await db.theme.createMany({
    data: slugs.map((slug, position) => ({ slug, position, nameEn: slug, nameZh: slug, nameFr: slug, nameEs: slug })),
    skipDuplicates: true,
  });
}
