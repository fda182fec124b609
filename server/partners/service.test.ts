import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor, type Actor, type Context } from "@/server/auth/actor";
import { AppError } from "@/server/errors";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor, makeNetwork, makePartner } from "@/server/test/factories";
import { createPartner, getPartner, listPartners, pendingPartnerJoins, requestToJoinPartner, reviewPartnerJoin, updatePartner } from "./service";

let t: TestDb;
const ctx = (actor: Actor | null): Context => ({ db: t.db, actor });
const errorOf = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e);
const codeOf = async (promise: Promise<unknown>) => {
  const e = await errorOf(promise);
  return e instanceof AppError ? e.code : e;
};

const profile = { name: "Open Streets Foundation", type: "FOUNDATION" as const, website: "https://openstreets.example.org", countryCode: "nl", description: "Funds car-free days." };

beforeAll(async () => {
  t = await createTestDb();
  const network = await makeNetwork(t.db, { name: "ICLEI", acronym: "ICLEI" });
  const hidden = await makeNetwork(t.db, { name: "Hidden", acronym: "HID", status: "PENDING" });
  const wri = await makePartner(t.db, { name: "World Resources Institute", type: "RESEARCH" });
  await makePartner(t.db, { name: "Acme Sensors", type: "COMPANY" });
  await makePartner(t.db, { name: "UN-Habitat", type: "INTERNATIONAL_ORG" });
  await t.db.networkMembership.createMany({
    data: [
      { networkId: network.id, partnerId: wri.id, memberType: "PARTNER", yearJoined: 2012 },
      { networkId: hidden.id, partnerId: wri.id, memberType: "PARTNER" },
    ],
  });
});
afterAll(() => t.close());

describe("listing partners", () => {
  it("filters by type, searches and shows only verified networks", async () => {
    expect((await listPartners(ctx(null), { type: "COMPANY" })).items.map((p) => p.name)).toEqual(["Acme Sensors"]);
    expect((await listPartners(ctx(null), { q: "habitat" })).items.map((p) => p.name)).toEqual(["UN-Habitat"]);
    expect((await listPartners(ctx(null), { type: "nonsense" as "NGO" })).total).toBe(3);
    const page = await getPartner(ctx(null), "world-resources-institute");
    expect(page?.partner.memberships.map((m) => [m.network.acronym, m.memberType, m.yearJoined])).toEqual([["ICLEI", "PARTNER", 2012]]);
    expect(page?.can).toEqual({ join: false, edit: false, review: false });
  });
});

describe("partner profiles", () => {
  it("anyone signed in creates one and becomes its verified member; anonymous cannot", async () => {
    expect(await codeOf(createPartner(ctx(null), profile))).toBe("UNAUTHORIZED");
    const founder = await makeActor(t.db);
    const created = await createPartner(ctx(founder), profile);
    expect(created.slug).toBe("open-streets-foundation");
    const again = await createPartner(ctx(founder), profile);
    expect(again.slug).toBe("open-streets-foundation-2");
    const row = await t.db.partner.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ countryCode: "NL", type: "FOUNDATION", website: profile.website });
    expect((await loadActor(t.db, founder.id))!.partners.has(created.id)).toBe(true);
  });

  it("validates the profile with catalog keys", async () => {
    const founder = await makeActor(t.db);
    const error = await errorOf(createPartner(ctx(founder), { ...profile, name: "X", website: "javascript:alert(1)", countryCode: "Narnia" }));
    const text = JSON.stringify(error);
    for (const key of ["partners.errors.nameRequired", "partners.errors.websiteInvalid", "partners.errors.countryInvalid"]) expect(text).toContain(key);
  });

  it("members edit their own profile only, with optimistic concurrency", async () => {
    const memberX = await makeActor(t.db);
    const x = await createPartner(ctx(memberX), { ...profile, name: "Partner X" });
    const memberY = await makeActor(t.db);
    const y = await createPartner(ctx(memberY), { ...profile, name: "Partner Y" });
    const versionOf = async (id: string) => (await t.db.partner.findUniqueOrThrow({ where: { id } })).version;
    const fullX = (await loadActor(t.db, memberX.id))!;

    expect(await codeOf(updatePartner(ctx(fullX), { ...profile, partnerId: y.id, version: await versionOf(y.id) }))).toBe("FORBIDDEN");
    const v = await versionOf(x.id);
    await updatePartner(ctx(fullX), { ...profile, name: "Partner X (renamed)", partnerId: x.id, version: v });
    expect(await codeOf(updatePartner(ctx(fullX), { ...profile, name: "Stale edit", partnerId: x.id, version: v }))).toBe("CONFLICT");
    expect((await t.db.partner.findUniqueOrThrow({ where: { id: x.id } })).name).toBe("Partner X (renamed)");
    const moderator = await makeActor(t.db, { moderator: true });
    await updatePartner(ctx(moderator), { ...profile, name: "Partner Y", partnerId: y.id, version: await versionOf(y.id) });
  });
});

describe("joining a partner organisation", () => {
  it("a request is approved by an existing member, who was told about it", async () => {
    const founder = await makeActor(t.db);
    const org = await createPartner(ctx(founder), { ...profile, name: "Join Me NGO", type: "NGO" });
    const member = (await loadActor(t.db, founder.id))!;
    const applicant = await makeActor(t.db);
    expect(await codeOf(requestToJoinPartner(ctx(null), { partnerId: org.id }))).toBe("UNAUTHORIZED");
    await requestToJoinPartner(ctx(applicant), { partnerId: org.id });
    expect(await codeOf(requestToJoinPartner(ctx(applicant), { partnerId: org.id }))).toBe("CONFLICT");
    expect(await t.db.notification.count({ where: { userId: founder.id, kind: "partners.notify.joinRequested" } })).toBe(1);
    expect((await getPartner(ctx(member), org.slug))?.pendingRequests.map((r) => r.userId)).toEqual([applicant.id]);
    expect((await pendingPartnerJoins(ctx(member))).map((r) => r.userId)).toEqual([applicant.id]);
    expect(await codeOf(pendingPartnerJoins(ctx(applicant)))).toBe("FORBIDDEN");

    const outsider = await makeActor(t.db, { partner: [(await t.db.partner.findUniqueOrThrow({ where: { slug: "acme-sensors" } })).id] });
    const decision = { partnerId: org.id, userId: applicant.id, decision: "VERIFIED" as const };
    expect(await codeOf(reviewPartnerJoin(ctx(outsider), decision))).toBe("FORBIDDEN");
    expect(await codeOf(reviewPartnerJoin(ctx(applicant), decision))).toBe("FORBIDDEN");
    await reviewPartnerJoin(ctx(member), decision);
    expect((await loadActor(t.db, applicant.id))!.partners.has(org.id)).toBe(true);
    expect(await t.db.notification.count({ where: { userId: applicant.id, kind: "partners.notify.joinApproved" } })).toBe(1);
    expect(await t.db.auditLog.count({ where: { action: "partner.join.approve", actorId: member.id } })).toBe(1);
  });

  it("a moderator rejects with a reason", async () => {
    const wri = await t.db.partner.findUniqueOrThrow({ where: { slug: "world-resources-institute" } });
    const applicant = await makeActor(t.db);
    await requestToJoinPartner(ctx(applicant), { partnerId: wri.id });
    const moderator = await makeActor(t.db, { moderator: true });
    expect(await codeOf(reviewPartnerJoin(ctx(moderator), { partnerId: wri.id, userId: applicant.id, decision: "REJECTED" }))).not.toBeNull();
    await reviewPartnerJoin(ctx(moderator), { partnerId: wri.id, userId: applicant.id, decision: "REJECTED", reason: "Not staff of WRI." });
    expect((await getPartner(ctx(applicant), wri.slug))?.myMembership?.status).toBe("REJECTED");
    expect(await t.db.notification.count({ where: { userId: applicant.id, kind: "partners.notify.joinRejected" } })).toBe(1);
  });
});
