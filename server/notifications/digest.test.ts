import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/actor";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor } from "@/server/test/factories";
import { sendDigests } from "./digest";
import { notify } from "./service";

let t: TestDb;
const now = new Date("2026-03-02T07:00:00Z");
const hours = (h: number) => new Date(now.getTime() + h * 3600_000);
const reply = (thread: string) => ({ kind: "forum.notify.reply", params: { name: "Ana", thread, excerpt: "We mapped the heat islands." }, link: `/forum/t/${thread}` });
const digests = (actor: Actor) => t.db.outboxMail.findMany({ where: { to: actor.email }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe("daily digest", () => {
  it("mails one digest in the person's language listing each item with its link, then waits 24 hours", async () => {
    const person = await makeActor(t.db);
    await t.db.user.update({ where: { id: person.id }, data: { locale: "fr" } });
    await notify(t.db, { userIds: [person.id], ...reply("heat") });
    await notify(t.db, { userIds: [person.id], ...reply("water") });
    expect(await digests(person)).toHaveLength(0);

    await sendDigests(t.db, now);
    const [mail, ...rest] = await digests(person);
    expect(rest).toHaveLength(0);
    expect(mail?.subject).toBe("Votre récapitulatif Concord : 2 nouveautés");
    expect(mail?.text).toContain("Nouvelle réponse dans « heat »");
    expect(mail?.text).toContain("/forum/t/heat");
    expect(mail?.text).toContain("/forum/t/water");
    expect(await t.db.notification.count({ where: { userId: person.id, digestPending: true } })).toBe(0);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: person.id } })).lastDigestAt).toEqual(now);

    await notify(t.db, { userIds: [person.id], ...reply("soil") });
    await sendDigests(t.db, hours(23));
    expect(await digests(person)).toHaveLength(1);
    await sendDigests(t.db, hours(24));
    const all = await digests(person);
    expect(all).toHaveLength(2);
    expect(all[1]?.text).toContain("/forum/t/soil");
    expect(all[1]?.text).not.toContain("/forum/t/heat");
  });

  it("leaves out what was read in the bell meanwhile, and sends nothing when all was read", async () => {
    const person = await makeActor(t.db);
    await notify(t.db, { userIds: [person.id], ...reply("read-one") });
    await t.db.notification.updateMany({ where: { userId: person.id }, data: { readAt: now } });
    await sendDigests(t.db, now);
    expect(await digests(person)).toHaveLength(0);
    expect(await t.db.notification.count({ where: { userId: person.id, digestPending: true } })).toBe(0);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: person.id } })).lastDigestAt).toBeNull();
  });

  it("sends only one digest when two instances run at the same moment", async () => {
    const person = await makeActor(t.db);
    await notify(t.db, { userIds: [person.id], ...reply("race") });
    const results = await Promise.all([sendDigests(t.db, now), sendDigests(t.db, now)]);
    expect(await digests(person)).toHaveLength(1);
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBeGreaterThanOrEqual(1);
  });

  it("mails nobody whose notifications are all immediate", async () => {
    const person = await makeActor(t.db);
    await notify(t.db, { userIds: [person.id], kind: "admin.notify.moderatorGranted" });
    await sendDigests(t.db, now);
    const mails = await digests(person);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe("You are now a moderator on Concord");
  });
});
