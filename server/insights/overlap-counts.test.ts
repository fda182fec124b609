import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeCity, makeNetwork, makePartner } from "@/server/test/factories";
import { ecosystem, overlap } from "./service";

// The counts the membership triggers keep (network pairs, network sizes, verified networks per
// city) must always equal a fresh count over the memberships, whatever wrote them: single and
// bulk inserts, updates, deletes, cascades, cities changing region, networks changing status,
// and concurrent joins of one city.
let t: TestDb;
afterAll(() => t.close());

type Counts = { pairs: string[]; sizes: string[]; cities: string[] };

async function stored(): Promise<Counts> {
  const pairs = await t.db.networkOverlap.findMany({ orderBy: [{ networkAId: "asc" }, { networkBId: "asc" }, { region: "asc" }] });
  const sizes = await t.db.networkRegionMembers.findMany({ orderBy: [{ networkId: "asc" }, { region: "asc" }] });
  const cities = await t.db.cityNetworkCount.findMany();
  return {
    pairs: pairs.map((p) => `${p.networkAId}|${p.networkBId}|${p.region}|${p.shared}`).sort(),
    sizes: sizes.map((s) => `${s.networkId}|${s.region}|${s.members}`).sort(),
    cities: cities.map((c) => `${c.cityId}|${c.networks}`).sort(),
  };
}

async function recomputed(): Promise<Counts> {
  const pairs = await t.db.$queryRaw<{ key: string }[]>`
    SELECT concat_ws('|', x."networkId", y."networkId", r.region, count(*)) AS key
    FROM "NetworkMembership" x JOIN "NetworkMembership" y ON y."cityId" = x."cityId" AND x."networkId" < y."networkId"
    JOIN "City" c ON c.id = x."cityId" CROSS JOIN LATERAL (VALUES (c.region), ('')) AS r(region)
    GROUP BY x."networkId", y."networkId", r.region`;
  const sizes = await t.db.$queryRaw<{ key: string }[]>`
    SELECT concat_ws('|', m."networkId", r.region, count(*)) AS key
    FROM "NetworkMembership" m JOIN "City" c ON c.id = m."cityId" CROSS JOIN LATERAL (VALUES (c.region), ('')) AS r(region)
    GROUP BY m."networkId", r.region`;
  const cities = await t.db.$queryRaw<{ key: string }[]>`
    SELECT concat_ws('|', m."cityId", count(*)) AS key
    FROM "NetworkMembership" m JOIN "Network" n ON n.id = m."networkId" AND n.status = 'VERIFIED'
    WHERE m."cityId" IS NOT NULL GROUP BY m."cityId"`;
  return { pairs: pairs.map((p) => p.key).sort(), sizes: sizes.map((s) => s.key).sort(), cities: cities.map((c) => c.key).sort() };
}

async function expectInStep() {
  expect(await stored()).toEqual(await recomputed());
}

let networks: { id: string }[];
let cities: { id: string }[];

beforeAll(async () => {
  t = await createTestDb();
  networks = [];
  for (const name of ["Ov One", "Ov Two", "Ov Three", "Ov Four", "Ov Five"]) networks.push(await makeNetwork(t.db, { name }));
  cities = [];
  for (const [i, region] of ["Europe", "Europe", "Asia", "Africa", "Asia", "Europe"].entries()) cities.push(await makeCity(t.db, { name: `Ov City ${i}`, region }));
});

describe("stored network overlap", () => {
  it("follows single and bulk inserts, including pairs made within one statement", async () => {
    const [n1, n2, n3, n4] = networks.map((n) => n.id);
    const [c0, c1, c2] = cities.map((c) => c.id);
    await t.db.networkMembership.create({ data: { networkId: n1!, cityId: c0! } });
    await t.db.networkMembership.createMany({
      data: [
        { networkId: n2!, cityId: c0! }, { networkId: n3!, cityId: c0! }, { networkId: n2!, cityId: c1! }, { networkId: n3!, cityId: c1! },
        { networkId: n4!, cityId: c2! }, { networkId: n1!, cityId: c2! },
      ],
    });
    // A partner membership (no city) makes no pair.
    const partner = await makePartner(t.db);
    await t.db.networkMembership.create({ data: { networkId: n4!, partnerId: partner.id } });
    await expectInStep();
    const counts = await stored();
    // n2 and n3 share c0 and c1, both in Europe.
    const [a, b] = [n2!, n3!].sort();
    expect(counts.pairs).toContain(`${a}|${b}||2`);
    expect(counts.pairs).toContain(`${a}|${b}|Europe|2`);
  });

  it("follows updates of network or city, and ignores updates that keep both", async () => {
    const [n1, , , , n5] = networks.map((n) => n.id);
    const [c0, , , c3] = cities.map((c) => c.id);
    const m = await t.db.networkMembership.findFirstOrThrow({ where: { networkId: n1!, cityId: c0! } });
    await t.db.networkMembership.update({ where: { id: m.id }, data: { yearJoined: 2001 } });
    await expectInStep();
    await t.db.networkMembership.update({ where: { id: m.id }, data: { cityId: c3! } });
    await expectInStep();
    await t.db.networkMembership.update({ where: { id: m.id }, data: { networkId: n5!, cityId: c0! } });
    await expectInStep();
  });

  it("follows deletes, a deleted network and a deleted city (cascades)", async () => {
    const [, n2] = networks.map((n) => n.id);
    await t.db.networkMembership.deleteMany({ where: { networkId: n2!, cityId: cities[1]!.id } });
    await expectInStep();
    await t.db.network.delete({ where: { id: n2! } });
    await expectInStep();
    await t.db.city.delete({ where: { id: cities[0]!.id } });
    await expectInStep();
  });

  it("moves a city's pairs when the city changes region", async () => {
    const [, , n3, n4] = networks.map((n) => n.id);
    const c4 = cities[4]!.id;
    await t.db.networkMembership.createMany({ data: [{ networkId: n3!, cityId: c4 }, { networkId: n4!, cityId: c4 }] });
    await t.db.city.update({ where: { id: c4 }, data: { region: "Oceania" } });
    await expectInStep();
    expect((await stored()).pairs.some((p) => p.endsWith("|Oceania|1"))).toBe(true);
  });

  it("counts a city's verified networks as networks are rejected and verified again", async () => {
    const n3 = networks[2]!.id;
    await t.db.network.update({ where: { id: n3 }, data: { status: "REJECTED" } });
    await expectInStep();
    await t.db.network.update({ where: { id: n3 }, data: { status: "VERIFIED" } });
    await expectInStep();
    expect((await stored()).cities.length).toBeGreaterThan(0);
  });

  it("counts the pair of two concurrent joins of one city", async () => {
    const fresh = await Promise.all([makeNetwork(t.db, { name: "Ov Six" }), makeNetwork(t.db, { name: "Ov Seven" }), makeNetwork(t.db, { name: "Ov Eight" })]);
    const city = cities[5]!.id;
    await Promise.all(
      fresh.map((n) =>
        t.db.$transaction(async (tx) => {
          await tx.networkMembership.create({ data: { networkId: n.id, cityId: city } });
          // Hold the transaction open a moment so the joins overlap.
          await tx.$executeRaw`SELECT pg_sleep(0.05)`;
        }),
      ),
    );
    await expectInStep();
    const counts = await stored();
    expect(counts.pairs.filter((p) => fresh.some((n) => p.startsWith(n.id)) && p.endsWith("||1"))).toHaveLength(3);
    expect(counts.cities).toContain(`${city}|3`);
  });

  it("gives the memberships-per-city figures the same counts stored as counted", async () => {
    const fromCounts = await ecosystem(t.db, {});
    // A period makes ecosystem() count the memberships afresh; with every network founded within
    // it, both ways must give the same figures.
    await t.db.network.updateMany({ data: { foundedYear: 2000 } });
    const fromMemberships = await ecosystem(t.db, { from: 1900 });
    expect(fromCounts.membershipHistogram).toEqual(fromMemberships.membershipHistogram);
    expect(fromCounts.totals).toEqual(fromMemberships.totals);
    expect(fromCounts.totals.cities).toBe((await recomputed()).cities.length);
    expect(fromCounts.totals.cities).toBeGreaterThan(2);
  });

  it("gives the overlap graph the same pairs as the self-join over the memberships", async () => {
    // A period makes overlap() self-join the memberships; years joined are unset, so any period
    // keeps every membership and the two ways must agree.
    for (const region of [undefined, "Europe", "Asia"]) {
      const fromCounts = await overlap(t.db, { region });
      const fromJoin = await overlap(t.db, { region, from: 1900 });
      expect(fromCounts.edges).toEqual(fromJoin.edges);
      expect(fromCounts.nodes.map((n) => [n.slug, n.members])).toEqual(fromJoin.nodes.map((n) => [n.slug, n.members]));
    }
    expect((await overlap(t.db, {})).edges.length).toBeGreaterThan(1);
  });
});
