import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/actor";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeActor, makeCity, makePartner } from "@/server/test/factories";
import { appRouter } from "@/server/trpc/root";
import { createCallerFactory } from "@/server/trpc/init";

let t: TestDb;
const caller = (actor: Actor | null) => createCallerFactory(appRouter)({ db: t.db, actor });
const trpcCode = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => (e instanceof TRPCError ? e.code : e));

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe("cities and partners procedures", () => {
  it("serve the public queries without an account", async () => {
    const city = await makeCity(t.db, { name: "Montevideo", countryCode: "UY", region: "Latin America" });
    const partner = await makePartner(t.db, { name: "Open Data Lab", type: "RESEARCH" });
    expect((await caller(null).cities.list({ q: "montev" })).items.map((c) => c.slug)).toEqual([city.slug]);
    expect((await caller(null).cities.bySlug({ slug: city.slug })).city.name).toBe("Montevideo");
    expect(await trpcCode(caller(null).cities.bySlug({ slug: "nowhere" }))).toBe("NOT_FOUND");
    expect((await caller(null).partners.list({ type: "RESEARCH" })).items.map((p) => p.slug)).toEqual([partner.slug]);
    expect((await caller(null).partners.bySlug({ slug: partner.slug })).partner.type).toBe("RESEARCH");
  });

  it("refuse every mutation to anonymous callers", async () => {
    const city = await makeCity(t.db);
    const partner = await makePartner(t.db);
    const anonymous = caller(null);
    const attempts = [
      anonymous.cities.claim({ cityId: city.id, title: "Mayor's adviser", message: "Please let me in, I work here." }),
      anonymous.cities.reviewClaim({ cityId: city.id, userId: "someone", decision: "VERIFIED" }),
      anonymous.cities.update({ cityId: city.id, version: 1, nameLocal: null, population: null, populationYear: null, latitude: null, longitude: null }),
      anonymous.partners.create({ name: "Sneaky Ltd", type: "COMPANY" }),
      anonymous.partners.update({ partnerId: partner.id, version: 1, name: "Renamed", type: "NGO" }),
      anonymous.partners.requestJoin({ partnerId: partner.id }),
      anonymous.partners.reviewJoin({ partnerId: partner.id, userId: "someone", decision: "VERIFIED" }),
    ];
    for (const attempt of attempts) expect(await trpcCode(attempt)).toBe("UNAUTHORIZED");
  });

  it("reject invalid input with catalog keys", async () => {
    const person = await makeActor(t.db);
    const city = await makeCity(t.db);
    const error = await caller(person)
      .cities.claim({ cityId: city.id, title: "", message: "hi" })
      .then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect(JSON.stringify((error as TRPCError).cause)).toContain("cities.errors.titleRequired");
  });
});
