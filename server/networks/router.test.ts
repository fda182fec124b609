import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/actor";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor, makeNetwork } from "@/server/test/factories";
import { createCallerFactory } from "@/server/trpc/init";
import { appRouter } from "@/server/trpc/root";

let t: TestDb;
const caller = (actor: Actor | null) => createCallerFactory(appRouter)({ db: t.db, actor });
const trpcCode = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => (e instanceof TRPCError ? e.code : e));

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe("networks procedures", () => {
  it("serve the public queries without an account and hide unpublished profiles", async () => {
    await makeNetwork(t.db, { name: "Router Net", acronym: "RTN" });
    await makeNetwork(t.db, { name: "Router Pending", acronym: "RTP", status: "PENDING" });
    expect((await caller(null).networks.list({ q: "router" })).items.map((n) => n.slug)).toEqual(["rtn"]);
    expect((await caller(null).networks.bySlug({ slug: "rtn" })).network.name).toBe("Router Net");
    expect(await trpcCode(caller(null).networks.bySlug({ slug: "rtp" }))).toBe("NOT_FOUND");
    expect(await trpcCode(caller(null).networks.bySlug({ slug: "nowhere" }))).toBe("NOT_FOUND");
  });

  it("refuse every mutation and the queue to anonymous callers", async () => {
    const network = await makeNetwork(t.db, { isSeed: true });
    const anonymous = caller(null);
    const attempts = [
      anonymous.networks.register({
        name: "Sneaky Net", acronym: null, foundedYear: null, hqCity: null, hqCountry: null, scope: "GLOBAL", region: null,
        membershipModel: "open", themes: [], about: null, website: null, language: "en",
      }),
      anonymous.networks.claim({ networkId: network.id, message: "Let me own this one." }),
      anonymous.networks.review({ networkId: network.id, decision: "VERIFIED" }),
      anonymous.networks.reviewClaim({ claimId: "claim", decision: "VERIFIED" }),
      anonymous.networks.pendingQueue({}),
    ];
    for (const attempt of attempts) expect(await trpcCode(attempt)).toBe("UNAUTHORIZED");
  });

  it("map a stale edit to CONFLICT and invalid input to BAD_REQUEST", async () => {
    const network = await makeNetwork(t.db, { name: "Router Edit" });
    const editor = await makeActor(t.db, { editor: [network.id] });
    const facts = {
      networkId: network.id, name: "Router Edit", acronym: null, foundedYear: 2000, hqCity: null, hqCountry: null,
      scope: "GLOBAL" as const, region: null, membershipModel: "open", themes: [], about: null, website: null, language: "en" as const,
      memberCount: null, memberCountYear: null, activity: "ACTIVE" as const, sourceUrl: null,
    };
    await caller(editor).networks.update({ ...facts, version: 1 });
    expect(await trpcCode(caller(editor).networks.update({ ...facts, version: 1, foundedYear: 1990 }))).toBe("CONFLICT");
    expect(await trpcCode(caller(editor).networks.update({ ...facts, version: 2, name: "" }))).toBe("BAD_REQUEST");
  });
});
