import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z, ZodError } from "zod";
import { loadActor, type Actor, type Context } from "@/server/auth/actor";
import { AppError } from "@/server/errors";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor, makeCity, makeNetwork, makePartner } from "@/server/test/factories";
import { NETWORK_PAGE_SIZE, type NetworkRegisterInput, type NetworkUpdateInput } from "./input";
import {
  claimNetwork,
  getNetwork,
  listNetworks,
  networkFacets,
  pendingQueue,
  registerNetwork,
  reviewClaim,
  reviewNetwork,
  updateNetwork,
} from "./service";

let t: TestDb;
const ctx = (actor: Actor | null): Context => ({ db: t.db, actor });
// Services parse their input with zod, so invalid input surfaces as a ZodError (the router maps it to VALIDATION too).
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? e.code : e instanceof ZodError ? "VALIDATION" : e),
  );
const reload = async (actor: Actor) => (await loadActor(t.db, actor.id))!;

let moderator: Actor;
let climate: { id: string };

const registration = (overrides: Partial<NetworkRegisterInput> = {}): NetworkRegisterInput => ({
  name: "Coastal Cities Alliance",
  acronym: "CCA",
  foundedYear: 2019,
  hqCity: "Lisbon",
  hqCountry: "pt",
  scope: "REGIONAL",
  region: "Europe",
  membershipModel: "open",
  themes: ["climate", "ocean-and-coast"],
  about: "Coastal cities working together on sea-level rise.",
  website: "https://coastal.example.org",
  language: "en",
  ...overrides,
});

async function editInput(networkId: string, overrides: Partial<NetworkUpdateInput> = {}): Promise<NetworkUpdateInput> {
  const n = await t.db.network.findUniqueOrThrow({ where: { id: networkId }, include: { themes: { include: { theme: true } } } });
  return {
    networkId,
    version: n.version,
    name: n.name,
    acronym: n.acronym,
    foundedYear: n.foundedYear,
    hqCity: n.hqCity,
    hqCountry: n.hqCountry,
    scope: n.scope,
    region: n.region,
    membershipModel: n.membershipModel,
    themes: n.themes.map((x) => x.theme.slug),
    about: n.about,
    website: n.website,
    language: n.language,
    memberCount: n.memberCount,
    memberCountYear: n.memberCountYear,
    activity: n.activity,
    sourceUrl: n.sourceUrl,
    ...overrides,
  };
}

beforeAll(async () => {
  t = await createTestDb();
  await t.db.theme.createMany({
    data: [
      { slug: "climate", position: 0, nameEn: "Climate", nameZh: "气候", nameFr: "Climat", nameEs: "Clima" },
      { slug: "culture", position: 1, nameEn: "Culture", nameZh: "文化", nameFr: "Culture", nameEs: "Cultura" },
      { slug: "ocean-and-coast", position: 2, nameEn: "Ocean and coast", nameZh: "海洋与海岸", nameFr: "Océan et littoral", nameEs: "Océano y costa" },
    ],
  });
  climate = await t.db.theme.findUniqueOrThrow({ where: { slug: "climate" } });
  moderator = await makeActor(t.db, { moderator: true });
});

afterAll(async () => {
  await t.close();
});

describe("listing", () => {
  let prefix: string;
  beforeAll(async () => {
    // A private world of networks, all named with one prefix so searches stay within this block.
    prefix = "Zeta";
    const culture = await t.db.theme.findUniqueOrThrow({ where: { slug: "culture" } });
    const rows = [
      { name: "Zeta Réseau des Villes", acronym: "ZRV", foundedYear: 1990, memberCount: 50, region: "Europe", scope: "REGIONAL" as const, membershipModel: "open", theme: climate.id },
      { name: "Zeta Alliance", acronym: "ZA", foundedYear: 2010, memberCount: 300, region: null, scope: "GLOBAL" as const, membershipModel: "invitation", theme: culture.id },
      { name: "Zeta Mayors", acronym: null, foundedYear: null, memberCount: null, region: "Africa", scope: "REGIONAL" as const, membershipModel: "open", theme: climate.id },
    ];
    for (const row of rows) {
      const n = await makeNetwork(t.db, { name: row.name, acronym: row.acronym ?? undefined, isSeed: true });
      await t.db.network.update({
        where: { id: n.id },
        data: { foundedYear: row.foundedYear, memberCount: row.memberCount, region: row.region, scope: row.scope, membershipModel: row.membershipModel, about: "Zeta test network" },
      });
      await t.db.networkTheme.create({ data: { networkId: n.id, themeId: row.theme } });
    }
    await makeNetwork(t.db, { name: "Zeta Hidden", status: "PENDING" });
    await makeNetwork(t.db, { name: "Zeta Refused", status: "REJECTED" });
  });

  it("lists only verified networks and searches name, acronym and about without case or accents", async () => {
    const all = await listNetworks(ctx(null), { q: prefix });
    expect(all.items.map((n) => n.name)).toEqual(["Zeta Alliance", "Zeta Mayors", "Zeta Réseau des Villes"]);
    expect(all.total).toBe(3);
    expect((await listNetworks(ctx(null), { q: "reseau" })).items.map((n) => n.acronym)).toEqual(["ZRV"]);
    expect((await listNetworks(ctx(null), { q: "RÉSEAU" })).items.map((n) => n.acronym)).toEqual(["ZRV"]);
    expect((await listNetworks(ctx(null), { q: "zrv" })).items).toHaveLength(1);
    expect((await listNetworks(ctx(null), { q: "hidden" })).total).toBe(0);
    expect((await listNetworks(ctx(null), { q: "100%_" })).total).toBe(0);
  });

  it("filters by theme, region, scope and membership model", async () => {
    const names = async (filters: Parameters<typeof listNetworks>[1]) =>
      (await listNetworks(ctx(null), { q: prefix, ...filters })).items.map((n) => n.name);
    expect(await names({ theme: "climate" })).toEqual(["Zeta Mayors", "Zeta Réseau des Villes"]);
    expect(await names({ region: "Africa" })).toEqual(["Zeta Mayors"]);
    expect(await names({ scope: "global" })).toEqual(["Zeta Alliance"]);
    expect(await names({ model: "invitation" })).toEqual(["Zeta Alliance"]);
    expect(await names({ scope: "nonsense" })).toHaveLength(3);
  });

  it("sorts by founding year (oldest first) and member count (largest first), unknowns last", async () => {
    const founded = await listNetworks(ctx(null), { q: prefix, sort: "founded" });
    expect(founded.items.map((n) => n.foundedYear)).toEqual([1990, 2010, null]);
    const members = await listNetworks(ctx(null), { q: prefix, sort: "members" });
    expect(members.items.map((n) => n.memberCount)).toEqual([300, 50, null]);
  });

  it("marks seeded profiles without an owner as unclaimed and localises themes by slug", async () => {
    const [alliance] = (await listNetworks(ctx(null), { q: "Zeta Alliance" })).items;
    expect(alliance?.unclaimed).toBe(true);
    expect(alliance?.themes.map((th) => th.nameFr)).toEqual(["Culture"]);
  });

  it("paginates by twenty", async () => {
    for (let i = 0; i < NETWORK_PAGE_SIZE + 1; i++) await makeNetwork(t.db, { name: `Paged ${String(i).padStart(2, "0")}` });
    const first = await listNetworks(ctx(null), { q: "Paged" });
    const second = await listNetworks(ctx(null), { q: "Paged", page: 2 });
    expect(first.items).toHaveLength(NETWORK_PAGE_SIZE);
    expect(first.pageCount).toBe(2);
    expect(second.items.map((n) => n.name)).toEqual([`Paged ${NETWORK_PAGE_SIZE}`]);
  });

  it("offers facets from verified networks only", async () => {
    const facets = await networkFacets(ctx(null));
    expect(facets.regions).toEqual(expect.arrayContaining(["Africa", "Europe"]));
    expect(facets.models).toEqual(expect.arrayContaining(["invitation", "open"]));
    expect(facets.themes.map((th) => th.slug)).toEqual(["climate", "culture", "ocean-and-coast"]);
  });
});

describe("profile", () => {
  it("shows member cities and partners of a verified network to anyone", async () => {
    const network = await makeNetwork(t.db, { name: "Profile Net", acronym: "PRN" });
    const [lyon, abuja] = [await makeCity(t.db, { name: "Lyon Profile", region: "Europe" }), await makeCity(t.db, { name: "Abuja Profile", region: "Africa" })];
    const partner = await makePartner(t.db, { name: "Profile Foundation", type: "FOUNDATION" });
    await t.db.networkMembership.createMany({
      data: [
        { networkId: network.id, cityId: lyon.id, yearJoined: 2012 },
        { networkId: network.id, cityId: abuja.id, memberType: "OBSERVER" },
        { networkId: network.id, partnerId: partner.id, memberType: "PARTNER" },
      ],
    });
    const page = await getNetwork(ctx(null), "prn");
    expect(page?.cities.map((c) => [c.name, c.memberType, c.yearJoined])).toEqual([
      ["Abuja Profile", "OBSERVER", null],
      ["Lyon Profile", "MEMBER", 2012],
    ]);
    expect(page?.partners.map((p) => [p.name, p.type])).toEqual([["Profile Foundation", "FOUNDATION"]]);
    expect(page?.can).toMatchObject({ edit: false, claim: false, manageMembers: false });
  });

  it("hides unverified networks from strangers but shows them to their registrant, staff and moderators", async () => {
    const registrant = await makeActor(t.db);
    const { slug } = await registerNetwork(ctx(registrant), registration({ name: "Secret Registry", acronym: "SRG" }));
    const stranger = await makeActor(t.db);
    const cityOfficer = await makeActor(t.db, { cityOfficer: [(await makeCity(t.db)).id] });
    expect(await getNetwork(ctx(null), slug)).toBeNull();
    expect(await getNetwork(ctx(stranger), slug)).toBeNull();
    expect(await getNetwork(ctx(cityOfficer), slug)).toBeNull();
    expect((await getNetwork(ctx(await reload(registrant)), slug))?.network.status).toBe("PENDING");
    expect((await getNetwork(ctx(moderator), slug))?.can.review).toBe(true);
    expect((await listNetworks(ctx(moderator), { q: "Secret Registry" })).total).toBe(0);
  });
});

describe("registration and review", () => {
  it("registers a pending network owned by its registrant, with a unique slug", async () => {
    const person = await makeActor(t.db);
    await makeNetwork(t.db, { name: "Taken", acronym: "DUP" });
    const first = await registerNetwork(ctx(person), registration({ name: "Duplicate One", acronym: "DUP" }));
    const second = await registerNetwork(ctx(person), registration({ name: "Duplicate Two", acronym: "DUP" }));
    expect([first.slug, second.slug]).toEqual(["dup-2", "dup-3"]);
    const stored = await t.db.network.findUniqueOrThrow({
      where: { id: first.id },
      include: { staff: true, themes: { include: { theme: true } } },
    });
    expect(stored).toMatchObject({ status: "PENDING", registeredById: person.id, hqCountry: "PT", isSeed: false });
    expect(stored.staff.map((s) => [s.userId, s.role])).toEqual([[person.id, "OWNER"]]);
    expect(stored.themes.map((x) => x.theme.slug).sort()).toEqual(["climate", "ocean-and-coast"]);
    expect(await t.db.auditLog.count({ where: { entityId: first.id, action: "network.register" } })).toBe(1);
  });

  it("rejects invalid registrations with field errors", async () => {
    const person = await makeActor(t.db);
    const error = await registerNetwork(ctx(person), registration({ name: "x", scope: "REGIONAL", region: "", website: "not a url" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZodError);
    expect(z.flattenError(error as ZodError).fieldErrors).toEqual({
      name: ["networks.errors.nameRequired"],
      region: ["networks.errors.regionRequired"],
      website: ["networks.errors.websiteInvalid"],
    });
    await expect(registerNetwork(ctx(person), registration({ name: "Unknown Theme Net", themes: ["no-such-theme"] }))).rejects.toMatchObject({
      code: "VALIDATION",
      details: { fieldErrors: { themes: ["networks.errors.themeUnknown"] } },
    });
  });

  it("verifies a registration: published, reviewer recorded, registrant notified and mailed", async () => {
    const person = await makeActor(t.db);
    const network = await registerNetwork(ctx(person), registration({ name: "Verified Coast", acronym: "VCO" }));
    expect((await pendingQueue(ctx(moderator))).registrations.map((r) => r.id)).toContain(network.id);
    await reviewNetwork(ctx(moderator), { networkId: network.id, decision: "VERIFIED" });
    const stored = await t.db.network.findUniqueOrThrow({ where: { id: network.id } });
    expect(stored).toMatchObject({ status: "VERIFIED", reviewedById: moderator.id });
    expect(stored.reviewedAt).toBeInstanceOf(Date);
    expect((await listNetworks(ctx(null), { q: "Verified Coast" })).total).toBe(1);
    const notes = await t.db.notification.findMany({ where: { userId: person.id } });
    expect(notes.map((n) => [n.kind, n.link])).toEqual([["networks.notify.verified", "/networks/vco"]]);
    expect(await t.db.outboxMail.count({ where: { to: person.email } })).toBe(1);
    expect(await t.db.auditLog.count({ where: { entityId: network.id, action: "network.verify" } })).toBe(1);
    expect(await codeOf(reviewNetwork(ctx(moderator), { networkId: network.id, decision: "REJECTED", reason: "Too late" }))).toBe("CONFLICT");
  });

  it("rejects a registration only with a reason, which reaches the registrant", async () => {
    const person = await makeActor(t.db);
    const network = await registerNetwork(ctx(person), registration({ name: "Rejected Coast", acronym: "RCO" }));
    expect(await codeOf(reviewNetwork(ctx(moderator), { networkId: network.id, decision: "REJECTED" }))).toBe("VALIDATION");
    await reviewNetwork(ctx(moderator), { networkId: network.id, decision: "REJECTED", reason: "No secretariat found" });
    expect(await t.db.network.findUniqueOrThrow({ where: { id: network.id } })).toMatchObject({ status: "REJECTED", reviewReason: "No secretariat found" });
    const [note] = await t.db.notification.findMany({ where: { userId: person.id } });
    expect(note).toMatchObject({ kind: "networks.notify.rejected", params: { name: "Rejected Coast", reason: "No secretariat found" } });
    const [mail] = await t.db.outboxMail.findMany({ where: { to: person.email } });
    expect(mail?.text).toContain("No secretariat found");
    expect((await getNetwork(ctx(await reload(person)), "rco"))?.network.reviewReason).toBe("No secretariat found");
  });

  it("sends a rejected registration back to review when its owner corrects it", async () => {
    const person = await makeActor(t.db);
    const network = await registerNetwork(ctx(person), registration({ name: "Second Try", acronym: "STR" }));
    await reviewNetwork(ctx(moderator), { networkId: network.id, decision: "REJECTED", reason: "Add a website" });
    const owner = await reload(person);
    await updateNetwork(ctx(owner), await editInput(network.id, { website: "https://second-try.example.org" }));
    expect(await t.db.network.findUniqueOrThrow({ where: { id: network.id } })).toMatchObject({ status: "PENDING", reviewReason: null });
  });
});

describe("claims", () => {
  it("lets a person claim an unowned seeded profile and become its owner once a moderator verifies", async () => {
    const seed = await makeNetwork(t.db, { name: "Seeded Claimable", acronym: "SCL", isSeed: true });
    const person = await makeActor(t.db);
    expect((await getNetwork(ctx(person), "scl"))?.can.claim).toBe(true);
    const claim = await claimNetwork(ctx(person), { networkId: seed.id, message: "I run the secretariat in Bonn." });
    expect(await codeOf(claimNetwork(ctx(person), { networkId: seed.id, message: "Again, please verify me." }))).toBe("CONFLICT");
    const queue = await pendingQueue(ctx(moderator));
    expect(queue.claims.map((c) => c.id)).toContain(claim.id);
    await reviewClaim(ctx(moderator), { claimId: claim.id, decision: "VERIFIED" });
    const owner = await reload(person);
    expect(owner.staff.get(seed.id)).toBe("OWNER");
    const page = await getNetwork(ctx(owner), "scl");
    expect(page).toMatchObject({ unclaimed: false, can: { edit: true, manageStaff: true, claim: false } });
    expect(await t.db.notification.count({ where: { userId: person.id, kind: "networks.notify.claimVerified" } })).toBe(1);
    const other = await makeActor(t.db);
    expect(await codeOf(claimNetwork(ctx(other), { networkId: seed.id, message: "I am also the secretariat." }))).toBe("CONFLICT");
  });

  it("rejects a claim with a reason and tells the claimant", async () => {
    const seed = await makeNetwork(t.db, { name: "Seeded Rejectable", isSeed: true });
    const person = await makeActor(t.db);
    const claim = await claimNetwork(ctx(person), { networkId: seed.id, message: "Trust me, I work there." });
    expect(await codeOf(reviewClaim(ctx(moderator), { claimId: claim.id, decision: "REJECTED", reason: "" }))).toBe("VALIDATION");
    await reviewClaim(ctx(moderator), { claimId: claim.id, decision: "REJECTED", reason: "Use your work address" });
    expect(await t.db.networkStaff.count({ where: { networkId: seed.id } })).toBe(0);
    const [note] = await t.db.notification.findMany({ where: { userId: person.id } });
    expect(note).toMatchObject({ kind: "networks.notify.claimRejected", params: { reason: "Use your work address" } });
    expect((await getNetwork(ctx(person), seed.slug))?.myClaim).toMatchObject({ status: "REJECTED", reason: "Use your work address" });
  });

  it("refuses claims on unpublished networks", async () => {
    const pending = await makeNetwork(t.db, { name: "Pending Unclaimable", status: "PENDING" });
    expect(await codeOf(claimNetwork(ctx(await makeActor(t.db)), { networkId: pending.id, message: "Please let me own it." }))).toBe("NOT_FOUND");
  });
});

describe("editing", () => {
  it("saves facts and themes with an audit entry naming the changed fields", async () => {
    const network = await makeNetwork(t.db, { name: "Editable Net" });
    const editor = await makeActor(t.db, { editor: [network.id] });
    const saved = await updateNetwork(ctx(editor), await editInput(network.id, { foundedYear: 2001, themes: ["climate"], memberCount: 42, memberCountYear: 2024 }));
    expect(saved.version).toBe(2);
    const stored = await t.db.network.findUniqueOrThrow({ where: { id: network.id }, include: { themes: true } });
    expect(stored).toMatchObject({ foundedYear: 2001, memberCount: 42, memberCountYear: 2024 });
    expect(stored.themes.map((x) => x.themeId)).toEqual([climate.id]);
    const entry = await t.db.auditLog.findFirstOrThrow({ where: { entityId: network.id, action: "network.update" } });
    expect((entry.data as { changed: string[] }).changed.sort()).toEqual(["foundedYear", "memberCount", "memberCountYear", "themes"]);
  });

  it("refuses a stale version with a conflict and changes nothing", async () => {
    const network = await makeNetwork(t.db, { name: "Contested Net" });
    const editor = await makeActor(t.db, { editor: [network.id] });
    const stale = await editInput(network.id, { foundedYear: 1999 });
    await updateNetwork(ctx(editor), await editInput(network.id, { foundedYear: 2005 }));
    expect(await codeOf(updateNetwork(ctx(editor), stale))).toBe("CONFLICT");
    expect(await t.db.network.findUniqueOrThrow({ where: { id: network.id } })).toMatchObject({ foundedYear: 2005, version: 2 });
  });

  it("leaves confidence to moderators", async () => {
    const network = await makeNetwork(t.db, { name: "Confidence Net" });
    const owner = await makeActor(t.db, { owner: [network.id] });
    expect(await codeOf(updateNetwork(ctx(owner), await editInput(network.id, { confidence: "HIGH" })))).toBe("FORBIDDEN");
    await updateNetwork(ctx(moderator), await editInput(network.id, { confidence: "HIGH" }));
    expect((await t.db.network.findUniqueOrThrow({ where: { id: network.id } })).confidence).toBe("HIGH");
  });
});

describe("permissions", () => {
  it("refuses every mutation to anonymous requests", async () => {
    const network = await makeNetwork(t.db, { name: "Anonymous Target", isSeed: true });
    expect(await codeOf(registerNetwork(ctx(null), registration()))).toBe("UNAUTHORIZED");
    expect(await codeOf(claimNetwork(ctx(null), { networkId: network.id, message: "Anonymous claim here." }))).toBe("UNAUTHORIZED");
    expect(await codeOf(updateNetwork(ctx(null), await editInput(network.id)))).toBe("UNAUTHORIZED");
    expect(await codeOf(reviewNetwork(ctx(null), { networkId: network.id, decision: "VERIFIED" }))).toBe("UNAUTHORIZED");
    expect(await codeOf(pendingQueue(ctx(null)))).toBe("UNAUTHORIZED");
  });

  it("lets no city officer, partner or network owner verify networks or claims", async () => {
    const pending = await makeNetwork(t.db, { name: "Awaiting Review", status: "PENDING" });
    const seed = await makeNetwork(t.db, { name: "Seed Awaiting Claim", isSeed: true });
    const claim = await claimNetwork(ctx(await makeActor(t.db)), { networkId: seed.id, message: "I am the secretary general." });
    const actors = [
      await makeActor(t.db, { cityOfficer: [(await makeCity(t.db)).id] }),
      await makeActor(t.db, { partner: [(await makePartner(t.db)).id] }),
      await makeActor(t.db, { owner: [pending.id] }),
      await makeActor(t.db, { owner: [(await makeNetwork(t.db)).id] }),
    ];
    for (const actor of actors) {
      expect(await codeOf(reviewNetwork(ctx(actor), { networkId: pending.id, decision: "VERIFIED" }))).toBe("FORBIDDEN");
      expect(await codeOf(reviewClaim(ctx(actor), { claimId: claim.id, decision: "VERIFIED" }))).toBe("FORBIDDEN");
      expect(await codeOf(pendingQueue(ctx(actor)))).toBe("FORBIDDEN");
    }
    expect((await t.db.network.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("PENDING");
    expect((await t.db.networkClaim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("PENDING");
  });

  it("lets an editor of network A not edit network B", async () => {
    const [a, b] = [await makeNetwork(t.db, { name: "Network A Edit" }), await makeNetwork(t.db, { name: "Network B Edit" })];
    const editor = await makeActor(t.db, { editor: [a.id] });
    const stranger = await makeActor(t.db);
    expect(await codeOf(updateNetwork(ctx(editor), await editInput(b.id, { foundedYear: 1980 })))).toBe("FORBIDDEN");
    expect(await codeOf(updateNetwork(ctx(stranger), await editInput(b.id, { foundedYear: 1980 })))).toBe("FORBIDDEN");
    expect((await t.db.network.findUniqueOrThrow({ where: { id: b.id } })).foundedYear).toBeNull();
  });

  it("lets a moderator edit any network", async () => {
    const network = await makeNetwork(t.db, { name: "Moderated Edit" });
    await updateNetwork(ctx(moderator), await editInput(network.id, { hqCity: "Nairobi" }));
    expect((await t.db.network.findUniqueOrThrow({ where: { id: network.id } })).hqCity).toBe("Nairobi");
  });

  it("keeps a user without any role out of registration review even when they registered it", async () => {
    const person = await makeActor(t.db);
    const network = await registerNetwork(ctx(person), registration({ name: "Self Review", acronym: "SRV" }));
    expect(await codeOf(reviewNetwork(ctx(await reload(person)), { networkId: network.id, decision: "VERIFIED" }))).toBe("FORBIDDEN");
  });
});
