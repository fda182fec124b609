import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db/client";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeNetwork, makeThemes, makeUser } from "@/server/test/factories";
import { describeAuditEntries } from "./audit-names";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

/** The database, counting the findMany calls each model receives. */
function counting(db: Db) {
  const calls: Record<string, number> = {};
  const proxy = new Proxy(db, {
    get(target, model: string) {
      const delegate = Reflect.get(target, model) as unknown;
      if (typeof delegate !== "object" || delegate === null || !("findMany" in delegate)) return delegate;
      return new Proxy(delegate, {
        get(d, method: string) {
          const fn = Reflect.get(d, method) as unknown;
          if (method !== "findMany" || typeof fn !== "function") return fn;
          return (...args: unknown[]) => {
            calls[model] = (calls[model] ?? 0) + 1;
            return (fn as (...a: unknown[]) => unknown).apply(d, args);
          };
        },
      });
    },
  });
  return { db: proxy, calls };
}

describe("audit entry names", () => {
  it("names people, networks, threads and categories in one findMany per record type", async () => {
    const db = t.db;
    await makeThemes(db, ["climate", "mobility"]);
    const themes = await db.theme.findMany({ select: { id: true, slug: true } });
    const [climate, mobility] = await Promise.all(
      ["climate", "mobility"].map((slug, i) => db.forumCategory.create({ data: { slug: `c-${slug}`, position: i + 1, themeId: themes.find((th) => th.slug === slug)!.id } })),
    );
    const network = await makeNetwork(db, { name: "ICLEI – Local Governments for Sustainability", acronym: "ICLEI" });
    const people = await Promise.all([makeUser(db, { name: "Amara Okafor" }), makeUser(db, { name: "Lin Wei" })]);
    const thread = await db.forumThread.create({ data: { categoryId: climate!.id, title: "Heat plans that worked", postCount: 1, posts: { create: { number: 1, body: "First post" } } }, include: { posts: true } });
    const post = thread.posts[0]!;
    const entry = (action: string, entityType: string, entityId: string, data: object | null = null) => ({ action, entityType, entityId, data: data as never });
    const entries = [
      entry("network.verify", "Network", network.id),
      entry("user.suspend", "User", people[0]!.id, { days: 7, reason: "Spam", postId: post.id }),
      entry("user.warn", "User", people[1]!.id, { reason: "Tone" }),
      entry("forum.thread.move", "ForumThread", thread.id, { from: climate!.id, to: mobility!.id }),
      entry("forum.post.hide", "ForumPost", post.id, { reason: "Advertising", threadId: thread.id }),
      entry("membership.add", "NetworkMembership", "gone-id", { networkId: network.id, cityId: "missing-city" }),
    ];
    const { db: spy, calls } = counting(db);
    const described = await describeAuditEntries(spy, entries, "fr");

    expect(described[0]!.record).toMatchObject({ type: "Network", name: "ICLEI – Local Governments for Sustainability (ICLEI)", href: `/networks/${network.slug}` });
    expect(described[1]!.record.name).toBe("Amara Okafor");
    expect(described[1]!.details).toEqual([
      { key: "days", value: "7" },
      { key: "reason", value: "Spam" },
      { key: "postId", ref: expect.objectContaining({ type: "ForumPost", name: "Heat plans that worked #1" }) },
    ]);
    expect(described[2]!.record.name).toBe("Lin Wei");
    // Category names come from the theme, in the reader's language (French here).
    const move = described[3]!.details;
    expect(move.map((d) => ("ref" in d ? d.ref.type : null))).toEqual(["ForumCategory", "ForumCategory"]);
    expect(move.every((d) => "ref" in d && d.ref.name && !d.ref.name.includes(climate!.id))).toBe(true);
    expect(described[4]!.details[1]).toMatchObject({ key: "threadId", ref: { name: "Heat plans that worked" } });
    // Records deleted since keep their type and id but no name.
    expect(described[5]!.record).toMatchObject({ type: "NetworkMembership", name: null, href: null });
    expect(described[5]!.details[1]).toMatchObject({ key: "cityId", ref: { type: "City", name: null } });

    // One query per record type on the page, however many entries name it: no N+1.
    expect(calls).toEqual({ network: 1, user: 1, forumThread: 1, forumPost: 1, forumCategory: 1, city: 1 });
  });
});
