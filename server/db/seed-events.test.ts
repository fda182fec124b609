import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getEvent, getStatement, listEvents } from "@/server/events/service";
import { createTestDb, type TestDb } from "@/server/test/db";
import { seed } from "./seed";
import { seedEventData, seedEvents } from "./seed-events";
import { seedPeople } from "./seed-people";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seed(t.db, { demo: false });
}, 180_000);
afterAll(() => t.close());

describe("events seed", () => {
  it("loads real co-hosted events with sources, agendas and times in their own zone", async () => {
    const ctx = { db: t.db, actor: null };
    const past = await listEvents(ctx, { when: "past" });
    expect(past.items.filter((e) => e.isSeed).map((e) => e.slug).sort()).toEqual(seedEventData.map((e) => e.slug).sort());
    const daejeon = (await getEvent(ctx, "uclg-world-congress-daejeon-2022"))!;
    expect(daejeon.startsAt.toISOString()).toBe("2022-10-10T00:00:00.000Z");
    expect(daejeon.hosts.map((h) => [h.network.slug, h.status])).toEqual([
      ["uclg", "ACCEPTED"],
      ["metropolis", "ACCEPTED"],
      ["uclg-africa", "ACCEPTED"],
    ]);
    expect(daejeon.agenda.length).toBeGreaterThanOrEqual(4);
    for (const e of seedEventData) expect(e.sourceUrl).toMatch(/^https:\/\//);
    expect(seedEventData.filter((e) => e.hosts.length > 1).length).toBeGreaterThanOrEqual(2);
  });

  it("has signed statements, frozen, with their signatories in order and in the open data", async () => {
    const pact = (await getStatement(t.db, "daejeon-political-declaration-pact-for-the-future-of-humanity"))!;
    expect(pact.state).toBe("SIGNING");
    expect(pact.frozenAt).not.toBeNull();
    expect(pact.signatures.map((s) => s.network.slug)).toEqual(["uclg", "metropolis", "uclg-africa"]);
    expect(pact.body).toContain("People");
    const malmo = (await getStatement(t.db, "iclei-malmo-commitment-2021-2027"))!;
    expect(malmo.signatures.map((s) => s.network.slug)).toEqual(["iclei"]);
  });

  it("is insert-only and idempotent, and events are in the search index", async () => {
    const before = await Promise.all([t.db.event.count(), t.db.eventAgendaItem.count(), t.db.jointStatement.count(), t.db.statementSignature.count()]);
    await t.db.event.update({ where: { slug: "c40-world-mayors-summit-buenos-aires-2022" }, data: { summary: "Corrected by C40." } });
    await seedEvents(t.db, await seedPeople(t.db));
    const after = await Promise.all([t.db.event.count(), t.db.eventAgendaItem.count(), t.db.jointStatement.count(), t.db.statementSignature.count()]);
    expect(after).toEqual(before);
    expect((await t.db.event.findUniqueOrThrow({ where: { slug: "c40-world-mayors-summit-buenos-aires-2022" } })).summary).toBe("Corrected by C40.");
    expect(await t.db.searchDocument.count({ where: { kind: "EVENT" } })).toBeGreaterThanOrEqual(seedEventData.length);
  });
});
