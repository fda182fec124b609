import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { loadActor, type Actor, type Context } from "@/server/auth/actor";
import { AppError } from "@/server/errors";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor, makeCity, makeNetwork, makePartner, makeUser } from "@/server/test/factories";
import {
  acceptInvitation,
  addMember,
  changeStaffRole,
  createInvitation,
  getInvitation,
  getMembersPage,
  getStaffPage,
  hashToken,
  importMembersCsv,
  removeMember,
  removeStaff,
  revokeInvitation,
  updateMember,
} from "./service";

let t: TestDb;
const ctx = (actor: Actor | null): Context => ({ db: t.db, actor });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? { code: e.code, message: e.message, details: e.details } : e instanceof ZodError ? { code: "VALIDATION" } : e),
  );
const codeOf = async (promise: Promise<unknown>) => ((await failure(promise)) as { code?: string } | null)?.code ?? null;
const reload = async (actor: Actor) => (await loadActor(t.db, actor.id))!;
const tokenOf = (link: string) => link.split("/invitations/")[1]!;
const HEADER = "kind,slug_or_name,member_type,year_joined";

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe("staff", () => {
  it("lets an owner change roles and remove staff, but never the last owner", async () => {
    const network = await makeNetwork(t.db);
    const owner = await makeActor(t.db, { owner: [network.id] });
    const editor = await makeActor(t.db, { editor: [network.id] });

    const page = await getStaffPage(ctx(owner), network.slug);
    expect(page.staff.map((s) => [s.userId, s.role])).toEqual([
      [owner.id, "OWNER"],
      [editor.id, "EDITOR"],
    ]);

    expect(await failure(changeStaffRole(ctx(owner), { networkId: network.id, userId: owner.id, role: "EDITOR" }))).toMatchObject({
      code: "CONFLICT",
      message: "members.staff.errors.lastOwner",
    });
    expect(await failure(removeStaff(ctx(owner), { networkId: network.id, userId: owner.id }))).toMatchObject({
      message: "members.staff.errors.lastOwner",
    });

    await changeStaffRole(ctx(owner), { networkId: network.id, userId: editor.id, role: "OWNER" });
    // With a second owner the first may step down.
    await changeStaffRole(ctx(owner), { networkId: network.id, userId: owner.id, role: "EDITOR" });
    const second = await reload(editor);
    await removeStaff(ctx(second), { networkId: network.id, userId: owner.id });
    expect(await t.db.networkStaff.findMany({ where: { networkId: network.id }, select: { userId: true, role: true } })).toEqual([
      { userId: editor.id, role: "OWNER" },
    ]);
    const actions = await t.db.auditLog.findMany({ where: { entityId: { startsWith: network.id } }, select: { action: true } });
    expect(actions.map((a) => a.action).sort()).toEqual(["staff.changeRole", "staff.changeRole", "staff.remove"]);
  });

  it("denies editors, other networks' owners, city officers, partners and anonymous callers", async () => {
    const network = await makeNetwork(t.db);
    const other = await makeNetwork(t.db);
    const owner = await makeActor(t.db, { owner: [network.id] });
    const editor = await makeActor(t.db, { editor: [network.id] });
    const otherOwner = await makeActor(t.db, { owner: [other.id] });
    const officer = await makeActor(t.db, { cityOfficer: [(await makeCity(t.db)).id] });
    const partner = await makeActor(t.db, { partner: [(await makePartner(t.db)).id] });
    for (const actor of [editor, otherOwner, officer, partner]) {
      expect(await codeOf(getStaffPage(ctx(actor), network.slug))).toBe("FORBIDDEN");
      expect(await codeOf(changeStaffRole(ctx(actor), { networkId: network.id, userId: owner.id, role: "EDITOR" }))).toBe("FORBIDDEN");
      expect(await codeOf(removeStaff(ctx(actor), { networkId: network.id, userId: editor.id }))).toBe("FORBIDDEN");
      expect(await codeOf(createInvitation(ctx(actor), { networkId: network.id, email: "x@example.org" }))).toBe("FORBIDDEN");
    }
    expect(await codeOf(createInvitation(ctx(null), { networkId: network.id, email: "x@example.org" }))).toBe("UNAUTHORIZED");
    expect(await codeOf(removeStaff(ctx(null), { networkId: network.id, userId: editor.id }))).toBe("UNAUTHORIZED");
    const admin = await makeActor(t.db, { admin: true });
    expect((await getStaffPage(ctx(admin), network.slug)).staff).toHaveLength(2);
  });
});

describe("invitations", () => {
  it("store only the token's hash, mail the link, and join the invitee once", async () => {
    const network = await makeNetwork(t.db, { name: "Invite Net", acronym: "INV" });
    const owner = await makeActor(t.db, { owner: [network.id] });
    const email = "new.colleague@example.org";
    const created = await createInvitation(ctx(owner), { networkId: network.id, email: " New.Colleague@Example.org " });
    const token = tokenOf(created.link);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);

    const row = await t.db.invitation.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ email, role: "EDITOR", tokenHash: hashToken(token) });
    expect(row.tokenHash).not.toContain(token);
    const days = (row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(7, 2);
    const mail = await t.db.outboxMail.findFirstOrThrow({ where: { to: email } });
    expect(mail.text).toContain(`/invitations/${token}`);
    expect(mail.subject).toContain("INV");

    expect((await getStaffPage(ctx(owner), network.slug)).invitations.map((i) => i.email)).toEqual([email]);
    expect(await getInvitation(ctx(null), { token })).toMatchObject({ email, role: "EDITOR", state: "valid", network: { slug: network.slug } });
    expect(await getInvitation(ctx(null), { token: "not-a-token" })).toBeNull();

    expect(await codeOf(acceptInvitation(ctx(null), { token }))).toBe("UNAUTHORIZED");
    // Accepted by someone signed in with another address: the link is the credential.
    const colleague = await makeActor(t.db);
    expect(await acceptInvitation(ctx(colleague), { token })).toMatchObject({ role: "EDITOR", network: { slug: network.slug } });
    expect((await reload(colleague)).staff.get(network.id)).toBe("EDITOR");
    expect(await t.db.invitation.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ acceptedById: colleague.id });

    const someoneElse = await makeActor(t.db);
    expect(await failure(acceptInvitation(ctx(someoneElse), { token }))).toMatchObject({ code: "CONFLICT", message: "members.invitation.errors.used" });
    expect((await getInvitation(ctx(null), { token }))?.state).toBe("accepted");
    expect(await codeOf(revokeInvitation(ctx(owner), { invitationId: created.id }))).toBe("CONFLICT");
    const actions = await t.db.auditLog.findMany({ where: { entityId: created.id }, select: { action: true } });
    expect(actions.map((a) => a.action).sort()).toEqual(["invitation.accept", "invitation.create"]);
  });

  it("refuse revoked and expired links with their own messages", async () => {
    const network = await makeNetwork(t.db);
    const owner = await makeActor(t.db, { owner: [network.id] });
    const invitee = await makeActor(t.db);

    const revoked = await createInvitation(ctx(owner), { networkId: network.id, email: "revoked@example.org", role: "OWNER" });
    await revokeInvitation(ctx(owner), { invitationId: revoked.id });
    expect(await failure(acceptInvitation(ctx(invitee), { token: tokenOf(revoked.link) }))).toMatchObject({ message: "members.invitation.errors.revoked" });
    expect((await getStaffPage(ctx(owner), network.slug)).invitations).toEqual([]);

    const expired = await createInvitation(ctx(owner), { networkId: network.id, email: "late@example.org" });
    await t.db.invitation.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await failure(acceptInvitation(ctx(invitee), { token: tokenOf(expired.link) }))).toMatchObject({ message: "members.invitation.errors.expired" });
    expect((await getInvitation(ctx(null), { token: tokenOf(expired.link) }))?.state).toBe("expired");
    expect(await failure(acceptInvitation(ctx(invitee), { token: "unknown" }))).toMatchObject({ code: "NOT_FOUND" });
    expect((await reload(invitee)).staff.has(network.id)).toBe(false);
  });

  it("replace an earlier pending invitation, refuse current staff, and notify people who have an account", async () => {
    const network = await makeNetwork(t.db);
    const owner = await makeActor(t.db, { owner: [network.id] });
    const editor = await makeActor(t.db, { editor: [network.id] });
    expect(await failure(createInvitation(ctx(owner), { networkId: network.id, email: editor.email.toUpperCase() }))).toMatchObject({
      code: "VALIDATION",
      details: { fieldErrors: { email: ["members.invite.errors.alreadyStaff"] } },
    });
    expect(await codeOf(createInvitation(ctx(owner), { networkId: network.id, email: "not an email" }))).toBe("VALIDATION");

    const user = await makeUser(t.db);
    const first = await createInvitation(ctx(owner), { networkId: network.id, email: user.email });
    const second = await createInvitation(ctx(owner), { networkId: network.id, email: user.email, role: "OWNER" });
    expect((await getInvitation(ctx(null), { token: tokenOf(first.link) }))?.state).toBe("revoked");
    const notifications = await t.db.notification.findMany({ where: { userId: user.id }, select: { kind: true, link: true } });
    expect(notifications).toContainEqual({ kind: "members.notify.invited", link: `/invitations/${tokenOf(second.link)}` });
    expect(await t.db.outboxMail.count({ where: { to: user.email } })).toBe(2);

    const invitee = (await loadActor(t.db, user.id))!;
    await acceptInvitation(ctx(invitee), { token: tokenOf(second.link) });
    expect((await reload(invitee)).staff.get(network.id)).toBe("OWNER");
  });

  it("never demote an owner who accepts an editor invitation, and let only the network's owners revoke", async () => {
    const network = await makeNetwork(t.db);
    const other = await makeNetwork(t.db);
    const owner = await makeActor(t.db, { owner: [network.id] });
    const otherOwner = await makeActor(t.db, { owner: [other.id] });
    const invitation = await createInvitation(ctx(owner), { networkId: network.id, email: "twice@example.org" });
    expect(await codeOf(revokeInvitation(ctx(otherOwner), { invitationId: invitation.id }))).toBe("FORBIDDEN");
    expect(await codeOf(revokeInvitation(ctx(null), { invitationId: invitation.id }))).toBe("UNAUTHORIZED");
    await acceptInvitation(ctx(owner), { token: tokenOf(invitation.link) });
    expect((await reload(owner)).staff.get(network.id)).toBe("OWNER");
  });
});

describe("members", () => {
  it("lets staff add, edit and remove cities and partners, refusing duplicates", async () => {
    const network = await makeNetwork(t.db);
    const editor = await makeActor(t.db, { editor: [network.id] });
    const city = await makeCity(t.db, { name: "Member Town" });
    const partner = await makePartner(t.db, { name: "Member Foundation", type: "FOUNDATION" });

    const added = await addMember(ctx(editor), { networkId: network.id, kind: "city", ref: "member town", memberType: "OBSERVER", yearJoined: 2012 });
    await addMember(ctx(editor), { networkId: network.id, kind: "partner", ref: partner.slug, memberType: "PARTNER" });
    expect(await failure(addMember(ctx(editor), { networkId: network.id, kind: "city", ref: city.slug }))).toMatchObject({
      code: "VALIDATION",
      details: { fieldErrors: { ref: ["members.errors.alreadyMember"] } },
    });
    expect(await failure(addMember(ctx(editor), { networkId: network.id, kind: "city", ref: "Atlantis" }))).toMatchObject({
      details: { fieldErrors: { ref: ["members.errors.cityNotFound"] } },
    });
    expect(await codeOf(addMember(ctx(editor), { networkId: network.id, kind: "city", ref: city.slug, yearJoined: 1700 }))).toBe("VALIDATION");

    let page = await getMembersPage(ctx(editor), network.slug);
    expect(page.cities.map((c) => [c.name, c.memberType, c.yearJoined])).toEqual([["Member Town", "OBSERVER", 2012]]);
    expect(page.partners.map((p) => [p.name, p.type, p.memberType])).toEqual([["Member Foundation", "FOUNDATION", "PARTNER"]]);

    await updateMember(ctx(editor), { membershipId: added.id, memberType: "MEMBER", yearJoined: null });
    page = await getMembersPage(ctx(editor), network.slug);
    expect(page.cities[0]).toMatchObject({ memberType: "MEMBER", yearJoined: null });

    await removeMember(ctx(editor), { membershipId: added.id });
    page = await getMembersPage(ctx(editor), network.slug);
    expect(page.cities).toEqual([]);
    const moderator = await makeActor(t.db, { moderator: true });
    expect((await getMembersPage(ctx(moderator), network.slug)).partners).toHaveLength(1);
  });

  it("denies staff of another network, city officers, partners and anonymous callers", async () => {
    const network = await makeNetwork(t.db);
    const other = await makeNetwork(t.db);
    const city = await makeCity(t.db);
    const owner = await makeActor(t.db, { owner: [network.id] });
    const membership = await addMember(ctx(owner), { networkId: network.id, kind: "city", ref: city.slug });
    const otherOwner = await makeActor(t.db, { owner: [other.id] });
    const otherEditor = await makeActor(t.db, { editor: [other.id] });
    const officer = await makeActor(t.db, { cityOfficer: [city.id] });
    const partner = await makeActor(t.db, { partner: [(await makePartner(t.db)).id] });
    for (const actor of [otherOwner, otherEditor, officer, partner, null]) {
      const expected = actor ? "FORBIDDEN" : "UNAUTHORIZED";
      expect(await codeOf(getMembersPage(ctx(actor), network.slug))).toBe(expected);
      expect(await codeOf(addMember(ctx(actor), { networkId: network.id, kind: "city", ref: (await makeCity(t.db)).slug }))).toBe(expected);
      expect(await codeOf(updateMember(ctx(actor), { membershipId: membership.id, memberType: "OBSERVER", yearJoined: null }))).toBe(expected);
      expect(await codeOf(removeMember(ctx(actor), { membershipId: membership.id }))).toBe(expected);
      expect(await codeOf(importMembersCsv(ctx(actor), { networkId: network.id, csv: `${HEADER}\ncity,${city.slug},,` }))).toBe(expected);
    }
    expect(await t.db.networkMembership.count({ where: { networkId: network.id } })).toBe(1);
  });

  it("imports a CSV all or nothing, with every bad row reported and existing members skipped", async () => {
    const network = await makeNetwork(t.db);
    const owner = await makeActor(t.db, { owner: [network.id] });
    const [a, b, c] = [await makeCity(t.db, { name: "Import Alpha" }), await makeCity(t.db, { name: "Import Beta" }), await makeCity(t.db, { name: "Import Gamma" })];
    const partner = await makePartner(t.db, { name: "Import Partners" });
    await addMember(ctx(owner), { networkId: network.id, kind: "city", ref: a.slug });

    const bad = [HEADER, `city,${b.slug},observer,2010`, "city,Atlantis,,", `partner,${partner.slug},partner,1200`].join("\n");
    expect(await failure(importMembersCsv(ctx(owner), { networkId: network.id, csv: bad }))).toMatchObject({
      code: "VALIDATION",
      message: "members.csv.errors.refused",
      details: {
        rowErrors: [
          { row: 3, field: "slug_or_name", message: "members.csv.errors.cityNotFound" },
          { row: 4, field: "year_joined", message: "members.csv.errors.year" },
        ],
      },
    });
    expect(await t.db.networkMembership.count({ where: { networkId: network.id } })).toBe(1);

    const good = [HEADER, `city,${a.slug},,`, "city,import beta,observer,2010", `city,${c.name},,`, `partner,Import Partners,partner,2019`].join("\n");
    expect(await importMembersCsv(ctx(owner), { networkId: network.id, csv: good })).toEqual({ added: 3, skipped: 1 });
    const page = await getMembersPage(ctx(owner), network.slug);
    expect(page.cities.map((m) => [m.name, m.memberType, m.yearJoined])).toEqual([
      ["Import Alpha", "MEMBER", null],
      ["Import Beta", "OBSERVER", 2010],
      [c.name, "MEMBER", null],
    ]);
    expect(page.partners.map((m) => [m.name, m.yearJoined])).toEqual([["Import Partners", 2019]]);

    expect(await failure(importMembersCsv(ctx(owner), { networkId: network.id, csv: `${HEADER}\ncity,${"x".repeat(1_000_001)},,` }))).toMatchObject({
      code: "VALIDATION",
      message: "members.csv.errors.tooLarge",
    });
  });
});
