import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeCity, makeNetwork, makeUser } from "@/server/test/factories";
import { getNetworkWork, WORK_PREVIEW } from "./work";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
});

afterAll(async () => {
  await t.close();
});

let n = 0;
const slug = (kind: string) => `${kind}-${++n}`;

async function initiative(networks: { id: string; isLead: boolean; status?: "ACCEPTED" | "PENDING" }[], state: "PUBLISHED" | "DRAFT", publishedAt: Date) {
  const s = slug("initiative");
  return t.db.initiative.create({
    data: {
      slug: s,
      title: s,
      summary: "Summary",
      body: "Body",
      state,
      publishedAt: state === "PUBLISHED" ? publishedAt : null,
      owners: { create: networks.map((o) => ({ networkId: o.id, isLead: o.isLead, status: o.status ?? "ACCEPTED" })) },
    },
  });
}

describe("getNetworkWork", () => {
  it("counts and previews each kind of a network's work, excluding drafts and other networks' work", async () => {
    const network = await makeNetwork(t.db);
    const other = await makeNetwork(t.db);
    const author = await makeUser(t.db);
    const day = (d: number) => new Date(Date.UTC(2026, 0, d));

    // Initiatives: two led, one co-owned (newest), one draft, one pending invitation, one of another network.
    await initiative([{ id: network.id, isLead: true }], "PUBLISHED", day(1));
    await initiative([{ id: network.id, isLead: true }], "PUBLISHED", day(2));
    const coOwned = await initiative([{ id: other.id, isLead: true }, { id: network.id, isLead: false }], "PUBLISHED", day(3));
    await initiative([{ id: network.id, isLead: true }], "DRAFT", day(4));
    await initiative([{ id: other.id, isLead: true }, { id: network.id, isLead: false, status: "PENDING" }], "PUBLISHED", day(5));
    await initiative([{ id: other.id, isLead: true }], "PUBLISHED", day(6));

    // Practices: one published, one draft.
    const practice = (state: "PUBLISHED" | "DRAFT") => {
      const s = slug("practice");
      return t.db.practice.create({
        data: { slug: s, title: s, problem: "p", solution: "s", results: "r", replication: "r", translationGroupId: s, networkId: network.id, state },
      });
    };
    await practice("PUBLISHED");
    await practice("DRAFT");

    // Member cities' practices: one published by a member city (whoever shared it), one draft,
    // one of a city that is not a member.
    const member = await makeCity(t.db);
    const outsider = await makeCity(t.db);
    await t.db.networkMembership.create({ data: { networkId: network.id, cityId: member.id } });
    await t.db.networkMembership.create({ data: { networkId: other.id, cityId: outsider.id } });
    const cityPractice = (cityId: string, state: "PUBLISHED" | "DRAFT") => {
      const s = slug("city-practice");
      return t.db.practice.create({
        data: { slug: s, title: s, problem: "p", solution: "s", results: "r", replication: "r", translationGroupId: s, state, publishedAt: new Date(), cities: { create: { cityId } } },
      });
    };
    const memberPractice = await cityPractice(member.id, "PUBLISHED");
    await cityPractice(member.id, "DRAFT");
    await cityPractice(outsider.id, "PUBLISHED");

    // Events: one past, one upcoming, hosted by the network; one hosted by the other network.
    const now = day(10);
    const event = (host: string, startsAt: Date) => {
      const s = slug("event");
      return t.db.event.create({
        data: {
          slug: s,
          title: s,
          summary: "Summary",
          mode: "ONLINE",
          startsAt,
          endsAt: new Date(startsAt.getTime() + 3_600_000),
          timeZone: "UTC",
          hosts: { create: { networkId: host, status: "ACCEPTED" } },
        },
      });
    };
    await event(network.id, day(5));
    const upcoming = await event(network.id, day(20));
    await event(other.id, day(21));

    // Forum: a thread where a reply speaks for the network, one where only the other network speaks,
    // one where the network's post is hidden.
    const category = await t.db.forumCategory.create({ data: { slug: slug("category"), position: 0 } });
    const thread = async (speakers: { networkId: string | null; hidden?: boolean }[]) =>
      t.db.forumThread.create({
        data: {
          categoryId: category.id,
          title: slug("thread"),
          authorId: author.id,
          postCount: speakers.length,
          replyCount: speakers.length - 1,
          posts: {
            create: speakers.map((sp, i) => ({
              number: i + 1,
              body: "Hello",
              authorId: author.id,
              speakerKind: sp.networkId ? "NETWORK" : "INDIVIDUAL",
              networkId: sp.networkId,
              hiddenAt: sp.hidden ? now : null,
            })),
          },
        },
      });
    const spoken = await thread([{ networkId: null }, { networkId: network.id }]);
    await thread([{ networkId: other.id }]);
    await thread([{ networkId: null }, { networkId: network.id, hidden: true }]);

    const work = await getNetworkWork(t.db, network.id, now);

    expect(work.initiatives.count).toBe(3);
    expect(work.initiatives.items).toHaveLength(WORK_PREVIEW);
    expect(work.initiatives.items[0]).toMatchObject({ slug: coOwned.slug, coOwned: true });
    expect(work.initiatives.items.slice(1).map((i) => i.coOwned)).toEqual([false, false]);
    expect(work.practices.count).toBe(1);
    expect(work.memberPractices.count).toBe(1);
    expect(work.memberPractices.items.map((p) => p.slug)).toEqual([memberPractice.slug]);
    expect(work.events.count).toBe(2);
    expect(work.events.upcoming.map((e) => e.slug)).toEqual([upcoming.slug]);
    expect(work.exchanges.count).toBe(0);
    expect(work.endorsements.count).toBe(0);
    expect(work.threads.count).toBe(1);
    expect(work.threads.items).toEqual([expect.objectContaining({ id: spoken.id, replyCount: 1 })]);

    const empty = await getNetworkWork(t.db, (await makeNetwork(t.db)).id, now);
    expect(Object.values(empty).map((kind) => kind.count)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});
