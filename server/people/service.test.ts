import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeUser } from "@/server/test/factories";
import { publicProfile } from "./service";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe("public profile", () => {
  it("shows name and roles, never the email address", async () => {
    const user = await makeUser(t.db, { name: "Lea Park" });
    const profile = await publicProfile(t.db, user.id);
    expect(profile.name).toBe("Lea Park");
    expect(JSON.stringify(profile)).not.toContain(user.email);
    expect(profile).not.toHaveProperty("email");
  });

  it("is gone once the account is deleted", async () => {
    const user = await makeUser(t.db);
    await t.db.user.update({ where: { id: user.id }, data: { deletedAt: new Date(), name: "" } });
    await expect(publicProfile(t.db, user.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lists posts in visible threads only, leaving out hidden posts and posts in hidden or deleted threads", async () => {
    const user = await makeUser(t.db);
    const category = await t.db.forumCategory.create({ data: { slug: "people-profile", position: 0 } });
    const now = new Date();
    const thread = (title: string, extra: { hiddenAt?: Date; deletedAt?: Date }, posts: { body: string; hiddenAt?: Date; deletedAt?: Date }[]) =>
      t.db.forumThread.create({
        data: {
          categoryId: category.id,
          title,
          authorId: user.id,
          postCount: posts.length,
          ...extra,
          posts: { create: posts.map((p, i) => ({ number: i + 1, authorId: user.id, ...p })) },
        },
      });
    await thread("Open thread", {}, [{ body: "visible opening" }, { body: "hidden reply", hiddenAt: now }, { body: "deleted reply", deletedAt: now }]);
    await thread("Hidden thread", { hiddenAt: now }, [{ body: "in a hidden thread" }]);
    await thread("Deleted thread", { deletedAt: now }, [{ body: "in a deleted thread" }]);
    const profile = await publicProfile(t.db, user.id);
    expect(profile.posts.map((p) => p.body)).toEqual(["visible opening"]);
    expect(profile.posts[0]?.thread.title).toBe("Open thread");
  });
});
