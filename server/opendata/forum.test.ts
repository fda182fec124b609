import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import type { Actor } from "@/server/auth/actor";
import { ensureForumCategories } from "@/server/forum/categories";
import { createThread, deletePost, reply } from "@/server/forum/service";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor, makeCity, makeNetwork, makePartner, makeThemes } from "@/server/test/factories";
import { forumPostsResponse, forumThreadsResponse, type OpenForumPost, type OpenForumThread } from "./forum";

let t: TestDb;
const threads = (query = "") => forumThreadsResponse(() => t.db, new Request(`http://concord.test/api/v1/forum/threads${query}`));
const posts = (id: string, query = "") => forumPostsResponse(() => t.db, new Request(`http://concord.test/api/v1/forum/threads/${id}/posts${query}`), id);
type Threads = { data: OpenForumThread[]; nextCursor: string | null };
type Posts = { data: OpenForumPost[]; nextCursor: string | null };

let owner: Actor, officer: Actor, member: Actor;
let longThread: string, hiddenThread: string, deletedThread: string, hiddenPostId: string, deletedPostId: string;

beforeAll(async () => {
  Object.assign(process.env, { FORUM_NEW_ACCOUNT_DAYS: "0", FORUM_POSTS_PER_MINUTE: "100000", FORUM_POSTS_PER_HOUR: "100000" });
  t = await createTestDb();
  await makeThemes(t.db, ["climate"]);
  await ensureForumCategories(t.db);
  const [dialogue, climate] = await Promise.all(["dialogue", "climate"].map((slug) => t.db.forumCategory.findUniqueOrThrow({ where: { slug } })));
  const c40 = await makeNetwork(t.db, { name: "C40 Cities", acronym: "C40" });
  const lyon = await makeCity(t.db, { name: "Lyon" });
  const wri = await makePartner(t.db, { name: "World Resources Institute" });
  owner = await makeActor(t.db, { owner: [c40.id] });
  officer = await makeActor(t.db, { cityOfficer: [lyon.id] });
  member = await makeActor(t.db, { partner: [wri.id] });
  const ctx = (actor: Actor) => ({ db: t.db, actor });
  const base = { body: "Opening post body", language: "en" as const, tags: [] };
  longThread = (await createThread(ctx(owner), { ...base, categoryId: dialogue!.id, title: "Networks talking", speakerKind: "NETWORK", speakerId: c40.id })).threadId;
  for (let i = 0; i < 5; i++) await reply(ctx(i % 2 ? officer : member), { threadId: longThread, body: `Reply ${i}`, ...(i % 2 ? {} : { speakerKind: "PARTNER" as const, speakerId: wri.id, disclosure: "WRI sells data" }) });
  hiddenPostId = (await reply(ctx(officer), { threadId: longThread, body: "Spam that a moderator hid" })).postId;
  await t.db.forumPost.update({ where: { id: hiddenPostId }, data: { hiddenAt: new Date(), hiddenReason: "Spam" } });
  deletedPostId = (await reply(ctx(member), { threadId: longThread, body: "Withdrawn" })).postId;
  await deletePost(ctx(member), { postId: deletedPostId });
  await createThread(ctx(officer), { ...base, categoryId: climate!.id, title: "=Lyon asks about heat", speakerKind: "CITY", speakerId: lyon.id });
  hiddenThread = (await createThread(ctx(officer), { ...base, categoryId: climate!.id, title: "Hidden thread" })).threadId;
  await t.db.forumThread.update({ where: { id: hiddenThread }, data: { hiddenAt: new Date() } });
  const deleted = await createThread(ctx(officer), { ...base, categoryId: climate!.id, title: "Deleted thread" });
  deletedThread = deleted.threadId;
  await deletePost(ctx(officer), { postId: deleted.postId });
});
afterAll(() => t.close());

describe("GET /api/v1/forum/threads", () => {
  it("lists public threads only, with who started them and for whom", async () => {
    const body = (await (await threads()).json()) as Threads;
    expect(body.data.map((th) => th.title).sort()).toEqual(["=Lyon asks about heat", "Networks talking"]);
    const talking = body.data.find((th) => th.id === longThread)!;
    expect(talking.startedBy.speaksFor).toMatchObject({ kind: "network", name: "C40 Cities" });
    // Deleted replies leave the count; hidden ones stay in it (a moderator may restore them).
    expect(talking.replies).toBe(6);
  });

  it("filters by category and by cities, and walks pages by keyset cursor", async () => {
    const byCategory = (await (await threads("?category=climate")).json()) as Threads;
    expect(byCategory.data.map((th) => th.title)).toEqual(["=Lyon asks about heat"]);
    const cities = (await (await threads("?cities=1")).json()) as Threads;
    expect(cities.data.map((th) => th.title)).toEqual(["=Lyon asks about heat"]);
    const first = (await (await threads("?limit=1")).json()) as Threads;
    const second = (await (await threads(`?limit=1&cursor=${first.nextCursor}`)).json()) as Threads;
    expect(second.nextCursor).toBeNull();
    expect([...first.data, ...second.data].map((th) => th.id).sort()).toEqual(await body2ids(await threads()));
  });

  it("answers CSV with formula cells neutralised, and 400 in plain words for a bad query", async () => {
    const csv = await (await threads("?format=csv")).text();
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.title)).toContain("'=Lyon asks about heat");
    const bad = await threads("?limit=0&cities=yes&cursor=zzz");
    expect(bad.status).toBe(400);
    const error = ((await bad.json()) as { error: { fieldErrors: Record<string, string[]> } }).error;
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["cities", "cursor", "limit"]);
  });
});

async function body2ids(response: Response) {
  return ((await response.json()) as Threads).data.map((th) => th.id).sort();
}

describe("GET /api/v1/forum/threads/<id>/posts", () => {
  it("gives public posts by number; hidden and deleted ones never appear", async () => {
    const body = (await (await posts(longThread, "?limit=100")).json()) as Posts;
    expect(body.data.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(JSON.stringify(body)).not.toContain("Spam that a moderator hid");
    expect(JSON.stringify(body)).not.toContain("Withdrawn");
    expect(body.data[1]!.speaksFor).toMatchObject({ kind: "partner", disclosure: "WRI sells data" });
    const csv = await (await posts(longThread, "?format=csv&limit=100")).text();
    expect(csv).not.toContain("Spam that a moderator hid");
  });

  it("pages by number", async () => {
    const first = (await (await posts(longThread, "?limit=4")).json()) as Posts;
    expect(first.data.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    const second = (await (await posts(longThread, `?limit=4&cursor=${first.nextCursor}`)).json()) as Posts;
    expect(second.data.map((p) => p.number)).toEqual([5, 6]);
    expect(second.nextCursor).toBeNull();
  });

  it("answers 404 for hidden, deleted or unknown threads", async () => {
    expect((await posts(hiddenThread)).status).toBe(404);
    expect((await posts(deletedThread)).status).toBe(404);
    expect((await posts("nope")).status).toBe(404);
  });
});
