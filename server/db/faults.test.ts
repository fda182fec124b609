import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createTestDb, type TestDb } from "@/server/test/db";
import { createCallerFactory, publicProcedure, router } from "@/server/trpc/init";
import { isDatabaseBusy, isDatabaseUnavailable, retryTransient } from "./faults";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

// A transaction that outlives its limit: Prisma's real P2028, as when a burst of writers queues.
const expired = () => t.db.$transaction(async (tx) => {
  await new Promise((resolve) => setTimeout(resolve, 300));
  await tx.user.count();
}, { timeout: 50 });

describe("database busy", () => {
  it("classifies an expired transaction as busy, not as a broken database", async () => {
    const error = await expired().then(() => null, (e: unknown) => e);
    expect(error).not.toBeNull();
    expect(isDatabaseBusy(error)).toBe(true);
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("gives up after three transient conflicts and the error stays recognisably busy", async () => {
    let runs = 0;
    const conflict = Object.assign(new Error("Transaction failed due to a write conflict or a deadlock"), { code: "P2034" });
    const error = await retryTransient(async () => {
      runs++;
      throw conflict;
    }).then(() => null, (e: unknown) => e);
    expect(runs).toBe(3);
    expect(isDatabaseBusy(error)).toBe(true);
  });

  it("answers a tRPC call that hit the limit with 503 errors.busy, never errors.unexpected", async () => {
    const caller = createCallerFactory(router({ write: publicProcedure.mutation(() => expired()) }))({ db: t.db, actor: null });
    const error = await caller.write().then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect(error).toMatchObject({ code: "SERVICE_UNAVAILABLE", message: "errors.busy" });
  });
});
