import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor, type Actor } from "@/server/auth/actor";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor, makeCity, makeNetwork, makeUser } from "@/server/test/factories";
import { createCallerFactory } from "@/server/trpc/init";
import { appRouter } from "@/server/trpc/root";

let t: TestDb;
const caller = (actor: Actor | null) => createCallerFactory(appRouter)({ db: t.db, actor });
const trpcCode = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => (e instanceof TRPCError ? e.code : e));

let admin: Actor;
let moderator: Actor;
let cityOfficer: Actor;

beforeAll(async () => {
  t = await createTestDb();
  admin = await makeActor(t.db, { admin: true });
  moderator = await makeActor(t.db, { moderator: true });
  cityOfficer = await makeActor(t.db, { cityOfficer: [(await makeCity(t.db)).id] });
});
afterAll(() => t.close());

describe("admin procedures: who is refused", () => {
  it("refuse every admin query and mutation to anonymous callers", async () => {
    const anonymous = caller(null);
    const person = await makeUser(t.db);
    const attempts = [
      anonymous.admin.dashboard(),
      anonymous.admin.outbox.list({}),
      anonymous.admin.outbox.get({ id: "mail" }),
      anonymous.admin.people.search({}),
      anonymous.admin.people.grantRole({ userId: person.id, role: "MODERATOR" }),
      anonymous.admin.people.revokeRole({ userId: person.id, role: "MODERATOR" }),
      anonymous.notifications.markAllRead(),
      anonymous.notifications.list({}),
      anonymous.notifications.unreadCount(),
      anonymous.accounts.updatePreferences({ locale: "fr" }),
    ];
    for (const attempt of attempts) expect(await trpcCode(attempt)).toBe("UNAUTHORIZED");
    expect(await t.db.platformRole.count({ where: { userId: person.id } })).toBe(0);
  });

  it("do not let a moderator read the outbox, search people or grant roles", async () => {
    const person = await makeUser(t.db);
    const mod = caller(moderator);
    expect(await trpcCode(mod.admin.outbox.list({}))).toBe("FORBIDDEN");
    expect(await trpcCode(mod.admin.outbox.get({ id: "mail" }))).toBe("FORBIDDEN");
    expect(await trpcCode(mod.admin.people.search({}))).toBe("FORBIDDEN");
    expect(await trpcCode(mod.admin.people.grantRole({ userId: person.id, role: "MODERATOR" }))).toBe("FORBIDDEN");
    expect(await trpcCode(mod.admin.people.grantRole({ userId: moderator.id, role: "ADMIN" }))).toBe("FORBIDDEN");
    expect(await trpcCode(mod.admin.people.revokeRole({ userId: admin.id, role: "ADMIN" }))).toBe("FORBIDDEN");
    expect(await t.db.platformRole.count({ where: { userId: { in: [person.id, moderator.id] }, role: "ADMIN" } })).toBe(0);
    expect(await t.db.platformRole.count({ where: { userId: admin.id, role: "ADMIN" } })).toBe(1);
  });

  it("do not let a city officer read the audit log or the dashboard", async () => {
    const officer = caller(cityOfficer);
    expect(await trpcCode(officer.admin.dashboard())).toBe("FORBIDDEN");
    expect(await trpcCode(officer.admin.outbox.list({}))).toBe("FORBIDDEN");
  });

  it("do not let an admin revoke their own ADMIN role", async () => {
    const other = await makeActor(t.db, { admin: true });
    expect(await trpcCode(caller(other).admin.people.revokeRole({ userId: other.id, role: "ADMIN" }))).toBe("FORBIDDEN");
    expect(await t.db.platformRole.count({ where: { userId: other.id, role: "ADMIN" } })).toBe(1);
  });

  it("reject an unknown role with a field error", async () => {
    const person = await makeUser(t.db);
    const error = await caller(admin)
      .admin.people.grantRole({ userId: person.id, role: "OWNER" as "ADMIN" })
      .then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
  });
});

describe("admin procedures: what admins and moderators may do", () => {
  it("let an admin grant and revoke the moderator role, audited and notified once", async () => {
    const person = await makeUser(t.db, { email: "grantee@example.org", name: "Grace Grantee" });
    const adminCaller = caller(admin);
    expect(await adminCaller.admin.people.grantRole({ userId: person.id, role: "MODERATOR" })).toEqual({ granted: true });
    expect(await adminCaller.admin.people.grantRole({ userId: person.id, role: "MODERATOR" })).toEqual({ granted: false });

    const found = await adminCaller.admin.people.search({ q: "GRANTEE" });
    expect(found.items.map((p) => [p.email, p.roles])).toEqual([["grantee@example.org", ["MODERATOR"]]]);
    expect((await adminCaller.admin.people.search({ q: "grace" })).total).toBe(1);

    const notifications = await caller((await loadActor(t.db, person.id))!).notifications.list({ locale: "fr" });
    expect(notifications).toHaveLength(1);
    expect(notifications[0]?.title).toBe("Vous êtes désormais modérateur sur Concord");

    expect(await adminCaller.admin.people.revokeRole({ userId: person.id, role: "MODERATOR" })).toEqual({ revoked: true });
    expect(await adminCaller.admin.people.revokeRole({ userId: person.id, role: "MODERATOR" })).toEqual({ revoked: false });
    const entries = await t.db.auditLog.findMany({ where: { entityId: person.id }, orderBy: { createdAt: "asc" } });
    expect(entries.map((e) => [e.action, e.actorId])).toEqual([
      ["platformRole.grant", admin.id],
      ["platformRole.revoke", admin.id],
    ]);
  });

  it("let an admin revoke another admin's ADMIN role", async () => {
    const other = await makeActor(t.db, { admin: true });
    expect(await caller(admin).admin.people.revokeRole({ userId: other.id, role: "ADMIN" })).toEqual({ revoked: true });
  });

  it("let an admin read the outbox newest first, search it by recipient and open one mail", async () => {
    await t.db.outboxMail.create({ data: { to: "alpha@example.org", subject: "First", text: "One", createdAt: new Date("2026-01-01T00:00:00Z") } });
    await t.db.outboxMail.create({ data: { to: "beta@example.org", subject: "Second", text: "Two", createdAt: new Date("2026-01-02T00:00:00Z") } });
    const adminCaller = caller(admin);
    const all = await adminCaller.admin.outbox.list({});
    expect(all.items.findIndex((m) => m.subject === "Second")).toBeLessThan(all.items.findIndex((m) => m.subject === "First"));
    const beta = await adminCaller.admin.outbox.list({ q: "BETA@" });
    expect(beta.items.map((m) => m.subject)).toEqual(["Second"]);
    expect((await adminCaller.admin.outbox.get({ id: beta.items[0]!.id })).text).toBe("Two");
    expect(await trpcCode(adminCaller.admin.outbox.get({ id: "missing" }))).toBe("NOT_FOUND");
  });

  it("let a moderator see the dashboard counts", async () => {
    await makeNetwork(t.db, { status: "PENDING" });
    const city = await makeCity(t.db);
    const claimant = await makeUser(t.db);
    await t.db.cityOfficer.create({ data: { userId: claimant.id, cityId: city.id } });
    const counts = await caller(moderator).admin.dashboard();
    expect(counts.registrations).toBeGreaterThanOrEqual(1);
    expect(counts.cityClaims).toBeGreaterThanOrEqual(1);
  });
});

