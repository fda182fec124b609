import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/actor";
import { AppError } from "@/server/errors";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor } from "@/server/test/factories";
import { assertPostingAllowed, countLinks, parsePostingLimits, type PostingLimits } from "./limits";

let t: TestDb;
let threadId: string;
let nextNumber = 1;
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;
const defaults: PostingLimits = parsePostingLimits({});

/** Someone whose account was created `ageDays` ago. */
async function person(ageDays: number): Promise<Actor> {
  const actor = await makeActor(t.db);
  const createdAt = new Date(Date.now() - ageDays * DAY);
  await t.db.user.update({ where: { id: actor.id }, data: { createdAt } });
  return { ...actor, createdAt };
}

/** Posts by this person, `agesMs` milliseconds ago each. */
async function postsAgo(actor: Actor, agesMs: number[]) {
  const now = Date.now();
  await t.db.forumPost.createMany({
    data: agesMs.map((age) => ({ threadId, authorId: actor.id, number: nextNumber++, body: "Earlier post", createdAt: new Date(now - age) })),
  });
}

async function attempt(actor: Actor, body = "A reply", limits = defaults) {
  return t.db
    .$transaction((tx) => assertPostingAllowed(tx, actor, { body }, { limits }))
    .then(
      () => null,
      (e: unknown) => {
        if (e instanceof AppError) return e;
        throw e;
      },
    );
}

beforeAll(async () => {
  t = await createTestDb();
  const category = await t.db.forumCategory.create({ data: { slug: "dialogue", position: 1 } });
  const thread = await t.db.forumThread.create({ data: { categoryId: category.id, title: "Limits" } });
  threadId = thread.id;
});
afterAll(() => t.close());

describe("configuration", () => {
  it("has the documented defaults and reads the environment once parsed", () => {
    expect(defaults).toEqual({ newAccountDays: 3, newPerMinute: 3, newPerHour: 20, newMaxLinks: 2, perMinute: 10, perHour: 120 });
    expect(parsePostingLimits({ FORUM_NEW_POSTS_PER_MINUTE: "5", FORUM_POSTS_PER_HOUR: " ", FORUM_NEW_MAX_LINKS: "0" })).toMatchObject({
      newPerMinute: 5,
      perHour: 120,
      newMaxLinks: 0,
    });
    expect(() => parsePostingLimits({ FORUM_POSTS_PER_MINUTE: "lots" })).toThrow(/FORUM_POSTS_PER_MINUTE/);
    expect(() => parsePostingLimits({ FORUM_NEW_POSTS_PER_HOUR: "0" })).toThrow(/FORUM_NEW_POSTS_PER_HOUR/);
  });
});

describe("counting links", () => {
  it("counts Markdown links, images and bare URLs once each", () => {
    expect(countLinks("No links here, just example dot com.")).toBe(0);
    expect(countLinks("See [the plan](https://example.org/plan) and https://example.org/other.")).toBe(2);
    expect(countLinks("[https://a.example](https://a.example)")).toBe(1);
    expect(countLinks("![chart](https://img.example/c.png) www.example.com <https://x.example>")).toBe(3);
    expect(countLinks("[Plan](https://example.org \"title\") [Budget](/initiatives/budget)")).toBe(2);
  });
});

describe("posting limits", () => {
  it("stops a new account at 3 posts a minute and says when to try again", async () => {
    const newcomer = await person(1);
    await postsAgo(newcomer, [20 * SECOND, 10 * SECOND]);
    expect(await attempt(newcomer)).toBeNull();
    await postsAgo(newcomer, [5 * SECOND]);
    const error = await attempt(newcomer);
    expect(error?.code).toBe("RATE_LIMITED");
    expect(error?.message).toBe("moderation.limits.new.perMinute");
    // The oldest of the three leaves the minute in about 40 seconds.
    expect(error?.details?.params?.limit).toBe(3);
    expect(error?.details?.params?.seconds).toBeGreaterThanOrEqual(39);
    expect(error?.details?.params?.seconds).toBeLessThanOrEqual(41);
  });

  it("stops a new account at 20 posts an hour", async () => {
    const newcomer = await person(2);
    await postsAgo(newcomer, Array.from({ length: 20 }, (_, i) => 5 * MINUTE + i * 2 * MINUTE));
    const error = await attempt(newcomer);
    expect(error?.message).toBe("moderation.limits.new.perHour");
    // The oldest, 43 minutes ago, leaves the hour in 17 minutes.
    expect(error?.details?.params).toEqual({ limit: 20, minutes: 17 });
  });

  it("gives established accounts the higher limits, and counts only the last hour", async () => {
    const regular = await person(30);
    await postsAgo(regular, [5 * SECOND, 10 * SECOND, 15 * SECOND, 20 * SECOND]);
    expect(await attempt(regular)).toBeNull();
    await postsAgo(regular, Array.from({ length: 6 }, (_, i) => 25 * SECOND + i * SECOND));
    expect((await attempt(regular))?.message).toBe("moderation.limits.established.perMinute");

    const veteran = await person(400);
    await postsAgo(veteran, Array.from({ length: 119 }, (_, i) => 2 * MINUTE + i * 20 * SECOND));
    await postsAgo(veteran, Array.from({ length: 50 }, (_, i) => 2 * 60 * MINUTE + i * SECOND));
    expect(await attempt(veteran)).toBeNull();
    await postsAgo(veteran, [90 * SECOND]);
    expect((await attempt(veteran))?.message).toBe("moderation.limits.established.perHour");
  });

  it("limits links in a new account's posts only", async () => {
    const body = "Read [one](https://a.example), [two](https://b.example) and https://c.example";
    const newcomer = await person(0);
    const error = await attempt(newcomer, body);
    expect(error?.code).toBe("VALIDATION");
    expect(error?.message).toBe("moderation.limits.tooManyLinks");
    expect(error?.details?.params).toEqual({ limit: 2, count: 3 });
    expect(await attempt(newcomer, "Read [one](https://a.example) and https://b.example")).toBeNull();
    expect(await attempt(await person(10), body)).toBeNull();
  });

  it("follows the configured limits", async () => {
    const newcomer = await person(5);
    await postsAgo(newcomer, [10 * SECOND]);
    const strict = { ...defaults, newAccountDays: 7, newPerMinute: 1 };
    expect((await attempt(newcomer, "Hi", strict))?.details?.params?.limit).toBe(1);
    expect(await attempt(newcomer, "Hi", defaults)).toBeNull();
  });

  it("serialises one person's simultaneous posts so exactly one passes at the limit", async () => {
    const newcomer = await person(1);
    await postsAgo(newcomer, [30 * SECOND, 20 * SECOND]);
    const post = () =>
      t.db.$transaction(async (tx) => {
        await assertPostingAllowed(tx, newcomer, { body: "Simultaneous" }, { limits: defaults });
        // Widen the window between the check and the insert, as a slow request would.
        await new Promise((resolve) => setTimeout(resolve, 100));
        const number = nextNumber++;
        await tx.forumPost.create({ data: { threadId, authorId: newcomer.id, number, body: "Simultaneous" } });
      });
    const results = await Promise.allSettled([post(), post()]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect((rejected as PromiseRejectedResult).reason).toBeInstanceOf(AppError);
    expect(((rejected as PromiseRejectedResult).reason as AppError).code).toBe("RATE_LIMITED");
    expect(await t.db.forumPost.count({ where: { authorId: newcomer.id } })).toBe(3);
  });
});
