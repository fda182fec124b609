import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeThemes } from "@/server/test/factories";
import { ensureForumCategories, MECHANISM_CATEGORIES } from "./categories";
import { listAttachedThreads } from "./attachments";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await makeThemes(t.db, ["climate", "housing"]);
});
afterAll(() => t.close());

describe("ensureForumCategories", () => {
  it("creates one category per theme and one per mechanism, once", async () => {
    expect(await ensureForumCategories(t.db)).toBe(2 + MECHANISM_CATEGORIES.length);
    expect(await ensureForumCategories(t.db)).toBe(0);
    const categories = await t.db.forumCategory.findMany({ orderBy: { position: "asc" }, select: { slug: true, themeId: true } });
    expect(categories.map((c) => c.slug)).toEqual(["climate", "housing", ...MECHANISM_CATEGORIES]);
    expect(categories.filter((c) => c.themeId).length).toBe(2);
  });

  it("adds the category of a theme created later", async () => {
    await makeThemes(t.db, ["mobility"]);
    expect(await ensureForumCategories(t.db)).toBe(1);
  });
});

describe("listAttachedThreads", () => {
  it("lists visible threads attached to a record, most recent activity first", async () => {
    const category = await t.db.forumCategory.findUniqueOrThrow({ where: { slug: "dialogue" } });
    const mk = (title: string, at: string, extra: object = {}) =>
      t.db.forumThread.create({ data: { categoryId: category.id, title, lastPostAt: new Date(at), ...extra } });
    const network = await t.db.network.create({ data: { name: "N", slug: "n", scope: "GLOBAL", membershipModel: "open", status: "VERIFIED" } });
    const created = await t.db.initiative.create({ data: { slug: "ini-1", title: "I", summary: "s", body: "", owners: { create: { networkId: network.id, status: "ACCEPTED", isLead: true } } } });
    await mk("older", "2026-01-01", { initiativeId: created.id });
    await mk("newer", "2026-02-01", { initiativeId: created.id });
    await mk("hidden", "2026-03-01", { initiativeId: created.id, hiddenAt: new Date() });
    await mk("deleted", "2026-03-01", { initiativeId: created.id, deletedAt: new Date() });
    await mk("elsewhere", "2026-03-01");
    const { threads, total } = await listAttachedThreads(t.db, { kind: "initiative", id: created.id });
    expect(threads.map((th) => th.title)).toEqual(["newer", "older"]);
    expect(total).toBe(2);
  });
});
