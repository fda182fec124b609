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

describe("members procedures", () => {
  it("refuse every mutation and page query to anonymous callers", async () => {
    const network = await makeNetwork(t.db);
    const anonymous = caller(null);
    const attempts = [
      anonymous.members.staff.list({ slug: network.slug }),
      anonymous.members.staff.changeRole({ networkId: network.id, userId: "u", role: "EDITOR" }),
      anonymous.members.staff.remove({ networkId: network.id, userId: "u" }),
      anonymous.members.invitations.create({ networkId: network.id, email: "a@example.org" }),
      anonymous.members.invitations.revoke({ invitationId: "i" }),
      anonymous.members.invitations.accept({ token: "t" }),
      anonymous.members.list({ slug: network.slug }),
      anonymous.members.add({ networkId: network.id, kind: "city", ref: "lyon" }),
      anonymous.members.update({ membershipId: "m", memberType: "MEMBER", yearJoined: null }),
      anonymous.members.remove({ membershipId: "m" }),
      anonymous.members.importCsv({ networkId: network.id, csv: "kind,slug_or_name,member_type,year_joined" }),
    ];
    for (const attempt of attempts) expect(await trpcCode(attempt)).toBe("UNAUTHORIZED");
  });

  it("show an invitation to anyone holding its link and map domain errors to transport codes", async () => {
    const network = await makeNetwork(t.db);
    const owner = await makeActor(t.db, { owner: [network.id] });
    const editor = await makeActor(t.db, { editor: [network.id] });
    const { link } = await caller(owner).members.invitations.create({ networkId: network.id, email: "router@example.org", role: "OWNER" });
    const token = link.split("/invitations/")[1]!;
    expect(await caller(null).members.invitations.byToken({ token })).toMatchObject({ state: "valid", role: "OWNER" });
    expect(await trpcCode(caller(editor).members.invitations.create({ networkId: network.id, email: "x@example.org" }))).toBe("FORBIDDEN");
    expect(await trpcCode(caller(owner).members.invitations.create({ networkId: network.id, email: "nope" }))).toBe("BAD_REQUEST");
    expect(await trpcCode(caller(owner).members.staff.remove({ networkId: network.id, userId: owner.id }))).toBe("CONFLICT");
  });
});
