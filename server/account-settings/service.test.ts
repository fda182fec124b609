import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/actor";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor, makeCity, makeNetwork, makePartner } from "@/server/test/factories";
import { createCallerFactory } from "@/server/trpc/init";
import { appRouter } from "@/server/trpc/root";
import { accountOverview } from "./service";

let t: TestDb;
const caller = (actor: Actor | null) => createCallerFactory(appRouter)({ db: t.db, actor });

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe("account settings", () => {
  it("change only the caller's own preferred language", async () => {
    const person = await makeActor(t.db);
    const other = await makeActor(t.db);
    expect(await caller(person).accounts.updatePreferences({ locale: "zh" })).toEqual({ locale: "zh" });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: person.id } })).locale).toBe("zh");
    expect((await t.db.user.findUniqueOrThrow({ where: { id: other.id } })).locale).toBe("en");
  });

  it("refuse an unknown language with a field error", async () => {
    const person = await makeActor(t.db);
    const error = await caller(person)
      .accounts.updatePreferences({ locale: "de" as "en" })
      .then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
  });

  it("list every kind of role, pending and rejected ones included", async () => {
    const network = await makeNetwork(t.db, { name: "Overview Net", acronym: "OVN" });
    const partner = await makePartner(t.db, { name: "Overview Partner" });
    const verifiedCity = await makeCity(t.db, { name: "Overview Town" });
    const person = await makeActor(t.db, { moderator: true, owner: [network.id], cityOfficer: [verifiedCity.id] });
    const pendingCity = await makeCity(t.db, { name: "Pending Town" });
    await t.db.cityOfficer.create({ data: { userId: person.id, cityId: pendingCity.id, status: "REJECTED", reason: "No proof" } });
    await t.db.partnerMember.create({ data: { userId: person.id, partnerId: partner.id } });

    const me = await accountOverview({ db: t.db, actor: person });
    expect(me.platformRoles.map((r) => r.role)).toEqual(["MODERATOR"]);
    expect(me.staff.map((s) => [s.network.slug, s.role])).toEqual([["ovn", "OWNER"]]);
    expect(me.cityOfficers.map((c) => [c.city.name, c.status, c.reason])).toEqual([
      ["Overview Town", "VERIFIED", null],
      ["Pending Town", "REJECTED", "No proof"],
    ]);
    expect(me.partnerMembers.map((p) => [p.partner.name, p.status])).toEqual([["Overview Partner", "PENDING"]]);
    // Whether there is a password, never the hash itself.
    expect(me.hasPassword).toBe(true);
    expect(me).not.toHaveProperty("passwordHash");
    await t.db.user.update({ where: { id: person.id }, data: { passwordHash: "" } });
    expect((await accountOverview({ db: t.db, actor: person })).hasPassword).toBe(false);
    await expect(accountOverview({ db: t.db, actor: null })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
