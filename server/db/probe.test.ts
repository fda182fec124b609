import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseAvailable, DOWN_RECHECK_MS, markDatabaseDown, registerDatabaseProbe } from "./availability";
import { serverProbe } from "./probe";

// Issue 11 item 3: what the proxy asks before each page. The probe fails fast on a database that
// hangs or refuses; pages share one probe; a "down" answer stands briefly.
let silent: Server;
const sockets: Socket[] = [];
let silentPort: number, refusedPort: number;
const listen = (server: Server) => new Promise<number>((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as { port: number }).port)));

beforeAll(async () => {
  silent = createServer((socket) => void sockets.push(socket));
  silentPort = await listen(silent);
  const closed = createServer();
  refusedPort = await listen(closed);
  await new Promise((resolve) => closed.close(resolve));
});
afterAll(async () => {
  registerDatabaseProbe(undefined);
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silent.close(resolve));
});

describe("the server probe", () => {
  it.each([
    ["hangs", () => silentPort],
    ["refuses connections", () => refusedPort],
  ])("answers false when the database %s, within its timeout", { timeout: 5_000 }, async (_label, port) => {
    const probe = serverProbe(`postgres://concord@127.0.0.1:${port()}/concord`, 300);
    expect(await probe()).toBe(false);
    // And again: a dropped connection is replaced, not reused.
    expect(await probe()).toBe(false);
  });

  it.runIf(process.env.TEST_DATABASE_URL)("answers true from a PostgreSQL server, reusing its connection", async () => {
    const probe = serverProbe(process.env.TEST_DATABASE_URL!, 2_000);
    expect(await probe()).toBe(true);
    expect(await probe()).toBe(true);
  });
});

describe("database availability", () => {
  it("is true without a probe (embedded PGlite)", async () => {
    registerDatabaseProbe(undefined);
    markDatabaseDown();
    expect(await databaseAvailable()).toBe(true);
  });

  it("asks the probe for every page, sharing one probe among pages that ask at once", async () => {
    let calls = 0;
    let answer!: (up: boolean) => void;
    registerDatabaseProbe(() => {
      calls++;
      return new Promise((resolve) => (answer = resolve));
    });
    const pages = Array.from({ length: 20 }, () => databaseAvailable());
    answer(true);
    expect(await Promise.all(pages)).toEqual(Array(20).fill(true));
    expect(calls).toBe(1);
    const next = databaseAvailable();
    answer(true);
    expect(await next).toBe(true);
    expect(calls).toBe(2);
  });

  it("trusts a down answer or a failed request for DOWN_RECHECK_MS, then probes again", async () => {
    let up = false;
    let calls = 0;
    registerDatabaseProbe(async () => {
      calls++;
      return up;
    });
    const now = Date.now();
    expect(await databaseAvailable(now)).toBe(false);
    up = true;
    expect(await databaseAvailable(now + 10)).toBe(false);
    expect(calls).toBe(1);
    expect(await databaseAvailable(Date.now() + DOWN_RECHECK_MS)).toBe(true);
    expect(calls).toBe(2);
    markDatabaseDown();
    expect(await databaseAvailable()).toBe(false);
    expect(calls).toBe(2);
  });

  it("counts a probe that throws as down", async () => {
    registerDatabaseProbe(() => Promise.reject(new Error("boom")));
    expect(await databaseAvailable()).toBe(false);
  });
});
