import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getRequest, listStandingOffers, suggestSecretariats } from "@/server/exchange/service";
import { search } from "@/server/search/query";
import { createTestDb, type TestDb } from "@/server/test/db";
import { seed } from "./seed";
import { seedExchange, seedExchangeRequests, seedStandingOffers } from "./seed-exchange";
import { seedPeople } from "./seed-people";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seed(t.db, { demo: false });
}, 180_000);
afterAll(() => t.close());

describe("exchange seed", () => {
  it("loads requests between real secretariats with offers, sessions and learning records", async () => {
    const ctx = { db: t.db, actor: null };
    const fees = (await getRequest(ctx, "membership-fee-models-for-cities-of-different-sizes"))!;
    expect(fees.network.slug).toBe("mercociudades");
    expect(fees.status).toBe("COMPLETED");
    expect(fees.offers.map((o) => [o.network.slug, o.status])).toEqual([
      ["uclg", "ACCEPTED"],
      ["eurocities", "PENDING"],
    ]);
    expect(fees.sessions[0]!.startsAt.toISOString()).toBe("2025-04-08T13:00:00.000Z");
    expect(fees.sessions[0]!.participants.map((p) => p.networkId).sort()).toEqual(fees.participantNetworkIds.slice().sort());
    // The internal record is seeded but not shown to a signed-out reader.
    expect(fees.learnings.map((l) => l.network.slug)).toEqual(["mercociudades"]);
    expect(await t.db.exchangeLearning.count({ where: { internal: true, isSeed: true } })).toBe(1);

    const statuses = await t.db.exchangeRequest.findMany({ where: { isSeed: true }, select: { status: true, _count: { select: { sessions: true } } } });
    expect(statuses).toHaveLength(seedExchangeRequests.length);
    expect(statuses.filter((r) => r._count.sessions > 0 && (r.status === "SCHEDULED" || r.status === "COMPLETED")).length).toBeGreaterThanOrEqual(2);
    expect((await listStandingOffers(t.db)).filter((o) => seedStandingOffers.some((s) => s.title === o.title))).toHaveLength(seedStandingOffers.length);
  });

  it("indexes public learning records only, and suggests secretariats on a topic", async () => {
    const found = await search(t.db, { q: "voluntary national review", kind: "EXCHANGE_LEARNING", limit: 10, offset: 0 });
    expect(found.hits.map((h) => h.slug.split(":")[0])).toContain("monitoring-and-reporting-of-voluntary-local-reviews");
    expect((await search(t.db, { q: "late contributions reminders", kind: "EXCHANGE_LEARNING", limit: 10, offset: 0 })).total).toBe(0);
    // A new C40 request on reporting: UCLG (standing offer and an accepted offer), ICLEI (standing
    // offer), UCLG Africa (a public learning record), ranked in that order.
    const c40 = await t.db.network.findUniqueOrThrow({ where: { slug: "c40" }, select: { id: true } });
    const suggested = await suggestSecretariats(t.db, { id: "not-yet-posted", networkId: c40.id, topic: "MONITORING_REPORTING" });
    expect(suggested.map((s) => s.network.slug)).toEqual(["uclg", "iclei", "uclg-africa"]);
    expect(suggested[0]).toMatchObject({ standingOffers: 1, acceptedOffers: 1, standingOfferTitle: "We can present the Guidelines for Voluntary Local Reviews" });
    // On UCLG Africa's own request, the networks that already offered are not suggested again.
    const vlr = await t.db.exchangeRequest.findUniqueOrThrow({ where: { slug: "monitoring-and-reporting-of-voluntary-local-reviews" }, select: { id: true, networkId: true, topic: true } });
    expect(await suggestSecretariats(t.db, vlr)).toEqual([]);
  });

  it("is insert-only and idempotent", async () => {
    const counts = () => Promise.all([t.db.exchangeRequest.count(), t.db.exchangeOffer.count(), t.db.exchangeSession.count(), t.db.exchangeLearning.count(), t.db.standingOffer.count()]);
    const before = await counts();
    await t.db.exchangeRequest.update({ where: { slug: "governance-of-an-independent-city-led-network" }, data: { title: "Edited by R-Cities" } });
    await seedExchange(t.db, await seedPeople(t.db));
    expect(await counts()).toEqual(before);
    expect((await t.db.exchangeRequest.findUniqueOrThrow({ where: { slug: "governance-of-an-independent-city-led-network" } })).title).toBe("Edited by R-Cities");
  });
});
