import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/server/db/client";
import { openAdapter } from "@/server/db/connection";
import { applyMigrations } from "@/server/db/schema-engine";
import { makeUser } from "@/server/test/factories";
import { NotificationHub, NotificationListener } from "./live";
import { notify } from "./service";

const base = process.env.TEST_DATABASE_URL;
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, timeoutMs = 10_000) {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out waiting for a delivery");
    await settle(25);
  }
}

/** A hub that records which user ids it was told about, like one app instance's open streams. */
function recordingHub() {
  const hub = new NotificationHub();
  const heard: string[] = [];
  let resyncs = 0;
  return { hub, heard, resyncs: () => resyncs, watch: (userId: string) => hub.subscribe(userId, () => heard.push(userId)), onResync: () => hub.subscribe("nobody", () => (resyncs += 1)) };
}

describe("the in-process hub", () => {
  it("delivers to a person's streams only, and a resync to every stream", () => {
    const hub = new NotificationHub();
    const got: string[] = [];
    const stop = hub.subscribe("a", () => got.push("a"));
    hub.subscribe("b", () => got.push("b"));
    hub.deliver("a");
    hub.resync();
    expect(got).toEqual(["a", "a", "b"]);
    stop();
    hub.deliver("a");
    expect(hub.listenerCount("a")).toBe(0);
    expect(got).toEqual(["a", "a", "b"]);
  });
});

// Two app instances sharing one PostgreSQL server: each holds its own LISTEN connection and hub.
describe.skipIf(!base)("fan-out across instances through PostgreSQL LISTEN/NOTIFY (needs TEST_DATABASE_URL)", () => {
  let db: Db;
  let url: string;
  let closeAdapter: () => Promise<void>;
  const name = `concord_live_${randomBytes(6).toString("hex")}`;
  const one = recordingHub();
  const two = recordingHub();
  let listenerOne: NotificationListener;
  let listenerTwo: NotificationListener;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const target = new URL(base!);
    target.pathname = `/${name}`;
    url = target.toString();
    const adapter = await openAdapter({ kind: "server", url });
    await applyMigrations(adapter.factory);
    db = createPrismaClient(adapter.factory);
    closeAdapter = adapter.close;
    listenerOne = new NotificationListener(url, one.hub, () => {});
    listenerTwo = new NotificationListener(url, two.hub, () => {});
    await Promise.all([listenerOne.start(), listenerTwo.start()]);
  });

  afterAll(async () => {
    await Promise.all([listenerOne?.stop(), listenerTwo?.stop()]);
    await db?.$disconnect();
    await closeAdapter?.();
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it("a notification committed through one connection reaches both instances' listeners", async () => {
    const person = await makeUser(db);
    one.watch(person.id);
    two.watch(person.id);
    await db.$transaction((tx) => notify(tx, { userIds: [person.id], kind: "forum.notify.mention", params: { name: "Ana", thread: "Heat" }, link: "/forum" }));
    await until(() => one.heard.includes(person.id) && two.heard.includes(person.id));
  });

  it("nothing is delivered for a rolled-back transaction, nor before the commit", async () => {
    const person = await makeUser(db);
    two.watch(person.id);
    await expect(
      db.$transaction(async (tx) => {
        await notify(tx, { userIds: [person.id], kind: "forum.notify.mention", params: { name: "Ana", thread: "Heat" } });
        await settle(300);
        expect(two.heard).not.toContain(person.id);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    // A later notification for someone else proves the listener is alive and would have heard it.
    const witness = await makeUser(db);
    two.watch(witness.id);
    await notify(db, { userIds: [witness.id], kind: "forum.notify.mention", params: { name: "Ana", thread: "Heat" } });
    await until(() => two.heard.includes(witness.id));
    expect(two.heard).not.toContain(person.id);
    expect(await db.notification.count({ where: { userId: person.id } })).toBe(0);
  });

  it("listeners whose connections drop reconnect, ask open streams to reload, and hear again", async () => {
    one.onResync();
    two.onResync();
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const killed = await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'concord-notifications'",
      [name],
    );
    await admin.end();
    expect(killed.rowCount).toBe(2);
    await until(() => one.resyncs() > 0 && two.resyncs() > 0, 15_000);
    expect(listenerOne.listening && listenerTwo.listening).toBe(true);

    const person = await makeUser(db);
    one.watch(person.id);
    two.watch(person.id);
    await notify(db, { userIds: [person.id], kind: "forum.notify.mention", params: { name: "Ana", thread: "Heat" } });
    await until(() => one.heard.includes(person.id) && two.heard.includes(person.id));
  });

  it("a notification reaches an open stream within 5 s after an outage that refused reconnects for 8 s", async () => {
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'concord-notifications'", [name]);
    await settle(8_000);
    await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
    await admin.end();
    const recovered = Date.now();
    const person = await makeUser(db);
    one.watch(person.id);
    // Keep notifying until heard: the listener cannot hear what was sent before it reconnected.
    while (!one.heard.includes(person.id)) {
      await notify(db, { userIds: [person.id], kind: "forum.notify.mention", params: { name: "Ana", thread: "Heat" } });
      await settle(100);
      if (Date.now() - recovered > 20_000) break;
    }
    const seconds = (Date.now() - recovered) / 1000;
    console.log(`notification after recovery: ${seconds.toFixed(1)} s`);
    expect(one.heard).toContain(person.id);
    expect(seconds).toBeLessThan(5);
  }, 40_000);
});
