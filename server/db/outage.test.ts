import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { listChallenges } from "@/server/challenges/service";
import { openDataResponse } from "@/server/opendata/http";
import { retryAfterMeta } from "@/server/trpc/response-meta";
import { appRouter } from "@/server/trpc/root";
import { createPrismaClient, type Db } from "./client";
import { poolConfig } from "./connection";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "./faults";

// Issue 11 item 3: with the database hung (accepts connections, never answers) or gone (refuses
// them), services, tRPC and open data fail within the connect timeout with "temporarily unavailable".
let silent: Server;
const sockets: Socket[] = [];
let silentPort: number, refusedPort: number;

const listen = (server: Server) => new Promise<number>((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as { port: number }).port)));

beforeAll(async () => {
  silent = createServer((socket) => void sockets.push(socket));
  silentPort = await listen(silent);
  // A port that was just free and is closed again: connections to it are refused.
  const closed = createServer();
  refusedPort = await listen(closed);
  await new Promise((resolve) => closed.close(resolve));
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silent.close(resolve));
});

const clientFor = (port: number): { db: Db; pool: pg.Pool } => {
  const pool = new pg.Pool(poolConfig(`postgres://concord@127.0.0.1:${port}/concord`, { ...process.env, DB_CONNECT_TIMEOUT_MS: "500", DB_STATEMENT_TIMEOUT_MS: "1000" }));
  pool.on("error", () => undefined);
  return { db: createPrismaClient(new PrismaPg(pool)), pool };
};

describe.each([
  ["silent (hung)", () => silentPort],
  ["refusing (down)", () => refusedPort],
])("a database that is %s", (label, port) => {
  let db: Db;
  let pool: pg.Pool;
  beforeAll(() => {
    ({ db, pool } = clientFor(port()));
  });
  afterAll(async () => {
    await db.$disconnect().catch(() => undefined);
    await pool.end().catch(() => undefined);
  });

  it("fails a service call with a database-unavailable error, not a hang", { timeout: 10_000 }, async () => {
    const started = Date.now();
    const error = await listChallenges({ db, actor: null }, {}).then(() => null, (e: unknown) => e);
    console.log(`${label}: service failed after ${Date.now() - started} ms`);
    expect(error).not.toBeNull();
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("answers tRPC with 503 errors.unavailable and Retry-After", { timeout: 10_000 }, async () => {
    const input = encodeURIComponent(JSON.stringify({ json: {} }));
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request(`http://concord.test/api/trpc/challenges.list?input=${input}`),
      router: appRouter,
      createContext: () => ({ db, actor: null }),
      responseMeta: retryAfterMeta,
    });
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe(String(RETRY_AFTER_SECONDS));
    const body = (await response.json()) as { error: { json: { message: string } } };
    expect(body.error.json.message).toBe("errors.unavailable");
  });

  it("answers open data with 503 JSON and Retry-After", { timeout: 10_000 }, async () => {
    const response = await openDataResponse(() => db, new Request("http://concord.test/api/v1/networks"), "networks");
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe(String(RETRY_AFTER_SECONDS));
    expect(await response.json()).toEqual({ error: { message: expect.stringContaining("temporarily unavailable") } });
  });
});
