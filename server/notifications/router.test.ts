import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/actor";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor } from "@/server/test/factories";
import { createCallerFactory } from "@/server/trpc/init";
import { appRouter } from "@/server/trpc/root";
import { notify } from "./service";

let t: TestDb;
const caller = (actor: Actor | null) => createCallerFactory(appRouter)({ db: t.db, actor });

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe("notifications procedures", () => {
  it("list only the caller's own notifications, rendered in the asked language, newest first", async () => {
    const reader = await makeActor(t.db);
    const other = await makeActor(t.db);
    await notify(t.db, { userIds: [reader.id, other.id], kind: "admin.notify.moderatorGranted", link: "/admin" });
    // Dated apart so "newest first" does not depend on two inserts landing in different milliseconds.
    await t.db.notification.updateMany({ where: { userId: reader.id }, data: { createdAt: new Date("2026-01-01T00:00:00Z") } });
    await notify(t.db, { userIds: [reader.id], kind: "admin.notify.adminGranted" });

    const en = await caller(reader).notifications.list({});
    expect(en.map((n) => n.title)).toEqual(["You are now an administrator on Concord", "You are now a moderator on Concord"]);
    expect(en[1]?.link).toBe("/admin");
    const zh = await caller(reader).notifications.list({ locale: "zh-CN" });
    expect(zh[0]?.title).toBe("您现在是 Concord 的管理员");
    expect(await caller(other).notifications.list({})).toHaveLength(1);
  });

  it("count unread notifications and mark only the caller's as read", async () => {
    const reader = await makeActor(t.db);
    const other = await makeActor(t.db);
    await notify(t.db, { userIds: [reader.id, other.id], kind: "admin.notify.moderatorGranted" });
    await notify(t.db, { userIds: [reader.id], kind: "admin.notify.adminGranted" });
    expect(await caller(reader).notifications.unreadCount()).toBe(2);

    expect(await caller(reader).notifications.markAllRead()).toEqual({ ok: true });
    expect(await caller(reader).notifications.unreadCount()).toBe(0);
    expect((await caller(reader).notifications.list({})).every((n) => n.read)).toBe(true);
    expect(await caller(other).notifications.unreadCount()).toBe(1);
  });

  it("mail each recipient in their own language", async () => {
    const reader = await makeActor(t.db);
    await t.db.user.update({ where: { id: reader.id }, data: { locale: "es" } });
    await notify(t.db, { userIds: [reader.id], kind: "admin.notify.moderatorGranted" });
    const mail = await t.db.outboxMail.findFirstOrThrow({ where: { to: reader.email } });
    expect(mail.subject).toBe("Ahora eres moderador en Concord");
  });
});
