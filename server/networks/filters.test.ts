import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listRequests } from "@/server/exchange/service";
import { listFrameworks } from "@/server/frameworks/service";
import { listPractices } from "@/server/practices/service";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeCity, makeNetwork } from "@/server/test/factories";

// The lists a network profile's "See all" links open: each takes the network's slug.
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

let n = 0;
const slug = (kind: string) => `${kind}-filter-${++n}`;

describe("lists filtered by network", () => {
  it("exchange requests: only the network's, in every status with status=all", async () => {
    const [network, other] = [await makeNetwork(t.db), await makeNetwork(t.db)];
    const request = (networkId: string, status: "OPEN" | "COMPLETED" | "CLOSED") => {
      const s = slug("request");
      return t.db.exchangeRequest.create({
        data: { slug: s, title: s, description: "What we want to learn.", networkId, topic: "GOVERNANCE", format: "CALL", status, windowStart: new Date("2027-01-01"), windowEnd: new Date("2027-02-01") },
      });
    };
    const open = await request(network.id, "OPEN");
    const done = await request(network.id, "COMPLETED");
    const closed = await request(network.id, "CLOSED");
    await request(other.id, "OPEN");

    const active = await listRequests(t.db, { network: network.slug });
    expect(active.items.map((r) => r.slug)).toEqual([open.slug]);
    expect(active.network?.slug).toBe(network.slug);
    const all = await listRequests(t.db, { network: network.slug, status: "all" });
    expect(all.items.map((r) => r.slug).sort()).toEqual([open.slug, done.slug, closed.slug].sort());
    // Unknown networks list nothing rather than everything.
    expect((await listRequests(t.db, { network: "no-such-network", status: "all" })).items).toEqual([]);
    expect((await listRequests(t.db, { status: "all" })).items.length).toBeGreaterThanOrEqual(4);
  });

  it("frameworks: the ones the network endorsed", async () => {
    const [network, other] = [await makeNetwork(t.db), await makeNetwork(t.db)];
    const framework = () => {
      const s = slug("framework");
      return t.db.framework.create({ data: { slug: s, title: s, anchor: "Anchor", summary: "Summary" } });
    };
    const endorsed = await framework();
    const otherEndorsed = await framework();
    await t.db.frameworkEndorsement.create({ data: { frameworkId: endorsed.id, networkId: network.id, commitment: "We report yearly." } });
    await t.db.frameworkEndorsement.create({ data: { frameworkId: otherEndorsed.id, networkId: other.id, commitment: "We report yearly." } });
    expect((await listFrameworks(t.db, { network: network.slug })).map((f) => f.slug)).toEqual([endorsed.slug]);
    expect((await listFrameworks(t.db)).map((f) => f.slug)).toEqual(expect.arrayContaining([endorsed.slug, otherEndorsed.slug]));
  });

  it("practices: memberOf lists the member cities' published practices", async () => {
    const network = await makeNetwork(t.db);
    const [member, outsider] = [await makeCity(t.db), await makeCity(t.db)];
    await t.db.networkMembership.create({ data: { networkId: network.id, cityId: member.id } });
    const practice = (cityId: string, state: "PUBLISHED" | "DRAFT") => {
      const s = slug("practice");
      return t.db.practice.create({
        data: { slug: s, title: s, problem: "p", solution: "s", results: "r", replication: "r", translationGroupId: s, state, publishedAt: new Date(), cities: { create: { cityId } } },
      });
    };
    const shared = await practice(member.id, "PUBLISHED");
    await practice(member.id, "DRAFT");
    await practice(outsider.id, "PUBLISHED");
    const result = await listPractices({ db: t.db, actor: null }, { memberOf: network.slug });
    expect(result.items.map((p) => p.slug)).toEqual([shared.slug]);
    expect(result.total).toBe(1);
  });
});
