import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/actor";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor } from "@/server/test/factories";
import { createCallerFactory } from "@/server/trpc/init";
import { appRouter } from "@/server/trpc/root";
import { groupOf } from "./kinds";
import { notificationHub } from "./live";
import { notify } from "./service";

let t: TestDb;
const caller = (actor: Actor | null) => createCallerFactory(appRouter)({ db: t.db, actor });
const mention = { kind: "forum.notify.mention", params: { name: "Ana", thread: "Heat plans" }, link: "/forum/t/heat" };

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

async function setPref(actor: Actor, key: string, inApp: boolean, email: "OFF" | "IMMEDIATE" | "DAILY") {
  await t.db.notificationPreference.upsert({ where: { userId_kind: { userId: actor.id, kind: key } }, create: { userId: actor.id, kind: key, inApp, email }, update: { inApp, email } });
}
const rows = (actor: Actor) => t.db.notification.findMany({ where: { userId: actor.id } });
const mails = (actor: Actor) => t.db.outboxMail.findMany({ where: { to: actor.email } });

describe("notification kinds", () => {
  it("group forum kinds by what they mean and fall back to 'other' for unknown kinds", () => {
    expect(groupOf("forum.notify.mention").key).toBe("forum.mentions");
    expect(groupOf("forum.notify.reply").key).toBe("forum.followed");
    expect(groupOf("forum.notify.newThread").key).toBe("forum.followed");
    expect(groupOf("forum.notify.replyToYou").key).toBe("forum.repliesToYou");
    expect(groupOf("moderation.notify.suspended").key).toBe("moderation");
    expect(groupOf("networks.notify.verified").key).toBe("account");
    expect(groupOf("somethingNew.notify.x").key).toBe("other");
  });
});

describe("notify applies each person's preferences", () => {
  it("by default a mention lands in the bell and is mailed at once; activity in what one follows waits for the digest", async () => {
    const reader = await makeActor(t.db);
    await notify(t.db, { userIds: [reader.id], ...mention });
    await notify(t.db, { userIds: [reader.id], kind: "forum.notify.reply", params: { name: "Ana", thread: "Heat plans" }, link: "/forum/t/heat" });
    const stored = await rows(reader);
    expect(stored.map((n) => [n.kind, n.digestPending]).sort()).toEqual([
      ["forum.notify.mention", false],
      ["forum.notify.reply", true],
    ]);
    expect(await mails(reader)).toHaveLength(1);
  });

  it("writes no row when the bell is off for the kind, and no mail when email is off", async () => {
    const quiet = await makeActor(t.db);
    const mailless = await makeActor(t.db);
    await setPref(quiet, "forum.mentions", false, "IMMEDIATE");
    await setPref(mailless, "forum.mentions", true, "OFF");
    await notify(t.db, { userIds: [quiet.id, mailless.id], ...mention });
    expect(await rows(quiet)).toHaveLength(0);
    expect(await mails(quiet)).toHaveLength(1);
    expect(await rows(mailless)).toHaveLength(1);
    expect(await mails(mailless)).toHaveLength(0);
  });

  it("keeps decisions about the person switched on whatever row is stored", async () => {
    const person = await makeActor(t.db);
    await setPref(person, "account", false, "OFF");
    await notify(t.db, { userIds: [person.id], kind: "admin.notify.moderatorGranted", link: "/admin" });
    expect(await rows(person)).toHaveLength(1);
    expect(await mails(person)).toHaveLength(1);
  });

  it("takes part in the caller's transaction: a rollback leaves neither row nor mail", async () => {
    const person = await makeActor(t.db);
    await expect(
      t.db.$transaction(async (tx) => {
        await notify(tx, { userIds: [person.id], ...mention });
        throw new Error("the caller's change failed");
      }),
    ).rejects.toThrow("the caller's change failed");
    expect(await rows(person)).toHaveLength(0);
    expect(await mails(person)).toHaveLength(0);

    await t.db.$transaction((tx) => notify(tx, { userIds: [person.id], ...mention }));
    expect(await rows(person)).toHaveLength(1);
  });

  it("tells this instance's open streams about the recipients who got a row", async () => {
    const heard: string[] = [];
    const a = await makeActor(t.db);
    const off = await makeActor(t.db);
    await setPref(off, "forum.mentions", false, "OFF");
    const stopA = notificationHub().subscribe(a.id, () => heard.push(a.id));
    const stopOff = notificationHub().subscribe(off.id, () => heard.push(off.id));
    await notify(t.db, { userIds: [a.id, off.id], ...mention });
    stopA();
    stopOff();
    expect(heard).toEqual([a.id]);
    await notify(t.db, { userIds: [a.id], ...mention });
    expect(heard).toEqual([a.id]);
  });
});

describe("preference procedures", () => {
  it("list every kind with its default until the person chooses, then save the whole table", async () => {
    const person = await makeActor(t.db);
    const before = await caller(person).notifications.preferences();
    expect(before.find((p) => p.key === "forum.mentions")).toMatchObject({ inApp: true, email: "IMMEDIATE", required: false });
    expect(before.find((p) => p.key === "forum.followed")).toMatchObject({ inApp: true, email: "DAILY" });
    expect(before.find((p) => p.key === "moderation")).toMatchObject({ required: true });

    const saved = await caller(person).notifications.updatePreferences({
      preferences: [
        { key: "forum.mentions", inApp: true, email: "DAILY" },
        { key: "forum.followed", inApp: false, email: "OFF" },
        { key: "moderation", inApp: true, email: "DAILY" },
      ],
    });
    expect(saved.find((p) => p.key === "forum.mentions")).toMatchObject({ email: "DAILY" });
    expect(saved.find((p) => p.key === "forum.followed")).toMatchObject({ inApp: false, email: "OFF" });
    expect(saved.find((p) => p.key === "moderation")).toMatchObject({ inApp: true, email: "DAILY" });

    const other = await makeActor(t.db);
    expect((await caller(other).notifications.preferences()).find((p) => p.key === "forum.followed")).toMatchObject({ inApp: true, email: "DAILY" });
  });

  it("refuse choices that cannot hold, with a message", async () => {
    const person = await makeActor(t.db);
    const save = (preferences: { key: "moderation" | "forum.mentions" | "account"; inApp: boolean; email: "OFF" | "IMMEDIATE" | "DAILY" }[]) =>
      caller(person).notifications.updatePreferences({ preferences });
    await expect(save([{ key: "moderation", inApp: true, email: "OFF" }])).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(save([{ key: "account", inApp: false, email: "IMMEDIATE" }])).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(save([{ key: "forum.mentions", inApp: false, email: "DAILY" }])).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      save([
        { key: "forum.mentions", inApp: true, email: "OFF" },
        { key: "forum.mentions", inApp: true, email: "DAILY" },
      ]),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      caller(person).notifications.updatePreferences({ preferences: [{ key: "forum.nothing" as "forum.mentions", inApp: true, email: "OFF" }] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await t.db.notificationPreference.count({ where: { userId: person.id } })).toBe(0);
  });

  it("deny anonymous visitors", async () => {
    await expect(caller(null).notifications.preferences()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(caller(null).notifications.updatePreferences({ preferences: [{ key: "forum.mentions", inApp: true, email: "OFF" }] })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});
