import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { createEvent, createStatement, register, signStatement } from "@/server/events/service";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor, makeNetwork } from "@/server/test/factories";
import { eventsResponse, statementsResponse, type OpenEvent, type OpenStatement } from "./events";

let t: TestDb;
const events = (query = "") => eventsResponse(() => t.db, new Request(`http://concord.test/api/v1/events${query}`));
const statements = (query = "") => statementsResponse(() => t.db, new Request(`http://concord.test/api/v1/statements${query}`));
const body = "We, the networks gathered here, commit to act together on the localisation of the SDGs.";

beforeAll(async () => {
  t = await createTestDb();
  const uclg = await makeNetwork(t.db, { name: "United Cities and Local Governments", acronym: "UCLG" });
  const owner = await makeActor(t.db, { owner: [uclg.id] });
  const ctx = { db: t.db, actor: owner };
  for (let i = 0; i < 5; i++) {
    const e = await createEvent(ctx, {
      networkId: uclg.id, title: `Summit ${i}`, summary: "A summit for the open data tests.", mode: "IN_PERSON", location: "Rotterdam",
      startsAt: "2099-06-10T09:00", endsAt: "2099-06-10T18:00", timeZone: "Europe/Amsterdam", capacity: 3, language: "en",
    });
    if (i === 0) {
      await register({ db: t.db, actor: await makeActor(t.db) }, { eventId: e.id });
      const signed = await createStatement(ctx, { eventId: e.id, title: "Signed declaration", body, language: "en" });
      await signStatement(ctx, { statementId: signed.id, networkId: uclg.id });
      await createStatement(ctx, { eventId: e.id, title: "Unsigned draft", body, language: "en" });
    }
  }
});

afterAll(async () => t.close());

describe("GET /api/v1/events", () => {
  it("lists events with hosts, zone, seats taken, never who registered; keyset pages", async () => {
    const res = await events("?limit=3");
    expect(res.status).toBe(200);
    const page = (await res.json()) as { data: OpenEvent[]; nextCursor: string | null };
    expect(page.data.map((e) => e.slug)).toEqual(["summit-0", "summit-1", "summit-2"]);
    const first = page.data[0]!;
    expect(first).toMatchObject({ timeZone: "Europe/Amsterdam", localStart: "2099-06-10T09:00", startsAt: "2099-06-10T07:00:00.000Z", capacity: 3, seatsTaken: 1, seatsLeft: 2 });
    expect(first.hosts).toEqual([{ slug: "uclg", name: "United Cities and Local Governments" }]);
    expect(first.statements).toEqual(["signed-declaration"]);
    expect(JSON.stringify(page)).not.toMatch(/registrations|userId|email/);
    const next = (await (await events(`?limit=3&cursor=${page.nextCursor}`)).json()) as { data: OpenEvent[]; nextCursor: string | null };
    expect(next.data.map((e) => e.slug)).toEqual(["summit-3", "summit-4"]);
    expect(next.nextCursor).toBeNull();
  });

  it("answers CSV with a next link, and a plain 400 for a bad query", async () => {
    const res = await events("?format=csv&limit=2");
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("link")).toContain("rel=\"next\"");
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    expect(rows[0]!.seats_taken).toBe("1");
    const bad = await events("?limit=0");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { fieldErrors: Record<string, string[]> } }).error.fieldErrors.limit).toBeDefined();
  });
});

describe("GET /api/v1/statements", () => {
  it("publishes signed statements only, with frozenAt and signatories in order", async () => {
    const page = (await (await statements()).json()) as { data: OpenStatement[] };
    expect(page.data.map((s) => s.slug)).toEqual(["signed-declaration"]);
    expect(page.data[0]!.signatories.map((s) => s.network)).toEqual(["uclg"]);
    expect(page.data[0]!.frozenAt).toMatch(/Z$/);
    expect(page.data[0]!.event).toBe("summit-0");
    const csv = parse(await (await statements("?format=csv")).text(), { columns: true }) as Record<string, string>[];
    expect(csv[0]!.signatories).toBe("uclg");
  });
});
