import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { createTestDb, type TestDb } from "@/server/test/db";
import { writeDocuments, type SearchSource } from "./documents";
import { search } from "./query";

// Relevance on a fixture with known answers (issue 12): the record titled with the query wins
// among 10,000 that only mention it, a rare word outranks a common one, and a forum thread is one
// result. Plus the clear error of a search stopped by its timeout or by its caller.

let t: TestDb;

const doc = (over: Partial<SearchSource> & Pick<SearchSource, "entityId" | "title">): SearchSource => ({
  kind: "PRACTICE",
  slug: over.entityId,
  keyText: "",
  bodyText: "",
  language: "en",
  themeSlugs: [],
  ...over,
});

const COMMON = 10_000;

beforeAll(async () => {
  t = await createTestDb();
  const filler = Array.from({ length: COMMON }, (_, n) =>
    doc({ entityId: `common-${String(n).padStart(5, "0")}`, title: `Programme ${n}`, keyText: `Climate plans and budgets of district ${n}`, bodyText: "parks water transport" }),
  );
  for (let i = 0; i < filler.length; i += 2000) await writeDocuments(t.db, "PRACTICE", [], filler.slice(i, i + 2000));
  await writeDocuments(t.db, "PRACTICE", [], [
    // Sorted last by title and id, so only ranking can put it first.
    doc({ entityId: "zz-title", title: "Climate", keyText: "A record whose whole title is the query." }),
    doc({ entityId: "zz-rare", title: "Programme rare", keyText: "Sponge streets soak up storm water." }),
  ]);
  await writeDocuments(t.db, "FORUM_POST", [], [
    doc({ kind: "FORUM_POST", entityId: "post-a1", slug: "thread-a:1", title: "Kerbside composting", keyText: "Who has tried kerbside collection?" }),
    doc({ kind: "FORUM_POST", entityId: "post-a2", slug: "thread-a:2", title: "Kerbside composting", keyText: "Our compost pilot with vermicompost bins, compost twice a week." }),
    doc({ kind: "FORUM_POST", entityId: "post-a3", slug: "thread-a:3", title: "Kerbside composting", keyText: "Thanks, very useful." }),
    doc({ kind: "FORUM_POST", entityId: "post-b1", slug: "thread-b:1", title: "Street trees", keyText: "We compost the leaves of our street trees." }),
  ]);
}, 120_000);
afterAll(() => t.close());

describe("ranking", () => {
  it("ranks the record titled with the query first among 10,000 that only mention it", async () => {
    const result = await search(t.db, { q: "climate", limit: 5, offset: 0 });
    expect(result.total).toBe(COMMON + 1);
    expect(result.hits[0]?.entityId).toBe("zz-title");
    expect(result.facets.kinds).toEqual({ PRACTICE: COMMON + 1 });
  });

  it("counts and pages over every match, not a capped sample", async () => {
    const last = await search(t.db, { q: "climate", limit: 5, offset: COMMON - 4 });
    expect(last.hits).toHaveLength(5);
    expect(last.hits.map((h) => h.entityId)).not.toContain("zz-title");
  });

  it("ranks a rare word above a common one when records have only one of them", async () => {
    const result = await search(t.db, { q: "climate sponge", limit: 3, offset: 0 });
    expect(result.partial).toBe(true);
    expect(result.hits[0]?.entityId).toBe("zz-rare");
    // Among the common word's records, the title match still comes first.
    expect(result.hits[1]?.entityId).toBe("zz-title");
  });

  it("keeps counting a word's documents as records are reindexed or removed", async () => {
    const docs = async () => (await t.db.searchTerm.findUniqueOrThrow({ where: { term: "sponge" } })).docs;
    expect(await docs()).toBe(1);
    await writeDocuments(t.db, "PRACTICE", ["zz-rare"], [doc({ entityId: "zz-rare", title: "Programme rare", keyText: "Sponge streets soak up storm water." })]);
    expect(await docs()).toBe(1);
    await writeDocuments(t.db, "PRACTICE", ["zz-rare"], []);
    expect(await docs()).toBe(0);
    expect((await search(t.db, { q: "sponge", limit: 3, offset: 0 })).total).toBe(0);
  });

  it("scores a title match's text too when its bounds leave it open", async () => {
    // "composting" is another form of "compost": a title with it scores less than the word typed,
    // unless the text has the word typed, which only a look at that record's own words tells.
    await writeDocuments(t.db, "EVENT", [], [
      doc({ kind: "EVENT", entityId: "ev-form-only", title: "Composting fair", keyText: "Bring your bins." }),
      doc({ kind: "EVENT", entityId: "ev-typed", title: "Compost fair", keyText: "Bring your bins." }),
      doc({ kind: "EVENT", entityId: "ev-form-and-text", title: "Composting day", keyText: "How to compost at home." }),
    ]);
    const result = await search(t.db, { q: "compost", kind: "EVENT", limit: 2, offset: 0 });
    expect(result.hits.map((h) => h.entityId)).toEqual(["ev-form-and-text", "ev-typed"]);
    expect(result.total).toBe(3);
    await writeDocuments(t.db, "EVENT", ["ev-form-only", "ev-typed", "ev-form-and-text"], []);
  });

  it("shows a forum thread once, with its best-matching post as the snippet and link", async () => {
    const result = await search(t.db, { q: "compost", kind: "FORUM_POST", limit: 10, offset: 0 });
    expect(result.total).toBe(2);
    expect(result.facets.kinds).toEqual({ FORUM_POST: 2 });
    const thread = result.hits.find((h) => h.slug.startsWith("thread-a:"));
    expect(thread?.entityId).toBe("post-a2");
    expect(thread?.slug).toBe("thread-a:2");
    expect(thread?.snippet.some((p) => p.hit && p.text === "compost")).toBe(true);
  });
});

describe("stopping a search", () => {
  it("refuses at once, with a clear message, when the caller has already gone", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(search(t.db, { q: "climate", limit: 5, offset: 0, signal: controller.signal })).rejects.toMatchObject({
      code: "UNAVAILABLE",
      message: "errors.searchTimeout",
    });
  });

  it("stops a search that waits past its statement timeout, with a clear message", async (context) => {
    // Only a server runs two connections at once (PGlite has one), so only there can a lock hold a search up.
    if (t.kind !== "postgres") context.skip();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = t.db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`LOCK TABLE "SearchDocument" IN ACCESS EXCLUSIVE MODE`);
        locked();
        await held;
      },
      { timeout: 30_000 },
    );
    await isLocked;
    try {
      const error = await search(t.db, { q: "climate", limit: 5, offset: 0, timeoutMs: 300 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "UNAVAILABLE", message: "errors.searchTimeout" });

      const controller = new AbortController();
      const pending = search(t.db, { q: "climate", limit: 5, offset: 0, signal: controller.signal });
      setTimeout(() => controller.abort(), 100);
      await expect(pending).rejects.toMatchObject({ message: "errors.searchTimeout" });
    } finally {
      release();
      await holder;
    }
  });
});
