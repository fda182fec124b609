import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/server/test/db";
import { AppError } from "@/server/errors";
import { MAX_FAILURES_PER_ACCOUNT } from "@/server/auth/rate-limit";
import { checkCredentials, createAdmin, signUp } from "./service";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const fieldErrorsOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).details?.fieldErrors;
};

describe("sign-up", () => {
  it("stores an argon2id hash, never the password", async () => {
    const user = await signUp(t.db, { name: "Amina Diallo", email: "Amina@Example.org", password: "river-lantern-42" });
    const row = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.email).toBe("amina@example.org");
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain("river-lantern-42");
  });

  it("refuses short, email-like and common passwords with field errors", async () => {
    expect(await fieldErrorsOf(signUp(t.db, { name: "Bo", email: "bo@example.org", password: "short" }))).toEqual({ password: ["auth.passwordTooShort"] });
    expect(await fieldErrorsOf(signUp(t.db, { name: "Bo Li", email: "boli@example.org", password: "boli@example.org" }))).toEqual({ password: ["auth.passwordLikeEmail"] });
    expect(await fieldErrorsOf(signUp(t.db, { name: "Bo Li", email: "bo2@example.org", password: "password123" }))).toEqual({ password: ["auth.passwordCommon"] });
    expect(await t.db.user.count({ where: { email: { in: ["bo@example.org", "boli@example.org", "bo2@example.org"] } } })).toBe(0);
  });

  it("refuses a second account for the same email", async () => {
    await signUp(t.db, { name: "Carla Ruiz", email: "carla@example.org", password: "a-long-passphrase" });
    expect(await fieldErrorsOf(signUp(t.db, { name: "Carla R", email: "CARLA@example.org", password: "another-passphrase" }))).toEqual({ email: ["auth.emailTaken"] });
  });
});

describe("sign-in", () => {
  it("accepts the right password and refuses a wrong one", async () => {
    await signUp(t.db, { name: "Dai Wen", email: "dai@example.org", password: "correct-horse-9" });
    expect((await checkCredentials(t.db, { email: "dai@example.org", password: "correct-horse-9" }, "1.1.1.1")).ok).toBe(true);
    expect(await checkCredentials(t.db, { email: "dai@example.org", password: "wrong-horse-99" }, "1.1.1.1")).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks an account after repeated failures, even with the right password, from any IP", async () => {
    await signUp(t.db, { name: "Eve Martin", email: "eve@example.org", password: "correct-horse-9" });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      await checkCredentials(t.db, { email: "eve@example.org", password: `wrong-${i}-password` }, `10.0.0.${i}`);
    }
    expect(await checkCredentials(t.db, { email: "eve@example.org", password: "correct-horse-9" }, "10.9.9.9")).toEqual({ ok: false, reason: "rateLimited" });
  });

  it("limits one IP trying many accounts", async () => {
    for (let i = 0; i < 20; i++) {
      await checkCredentials(t.db, { email: `nobody${i}@example.org`, password: "guess-guess-guess" }, "203.0.113.7");
    }
    await signUp(t.db, { name: "Fay Ng", email: "fay@example.org", password: "correct-horse-9" });
    expect(await checkCredentials(t.db, { email: "fay@example.org", password: "correct-horse-9" }, "203.0.113.7")).toEqual({ ok: false, reason: "rateLimited" });
    expect((await checkCredentials(t.db, { email: "fay@example.org", password: "correct-horse-9" }, "198.51.100.1")).ok).toBe(true);
  });

  it("keeps no shared bucket when the client address is unknown", async () => {
    for (let i = 0; i < 25; i++) {
      await checkCredentials(t.db, { email: `ghost${i}@example.org`, password: "guess-guess-guess" }, null);
    }
    await signUp(t.db, { name: "Hana Sato", email: "hana@example.org", password: "correct-horse-9" });
    expect((await checkCredentials(t.db, { email: "hana@example.org", password: "correct-horse-9" }, null)).ok).toBe(true);
  });
});

describe("first admin", () => {
  it("creates an admin, and promotes an existing account only with its password", async () => {
    await createAdmin(t.db, { email: "root@example.org", password: "admin-passphrase-1" });
    const admin = await t.db.user.findUniqueOrThrow({ where: { email: "root@example.org" }, include: { platformRoles: true } });
    expect(admin.platformRoles.map((r) => r.role)).toEqual(["ADMIN"]);
    await signUp(t.db, { name: "Gil Sousa", email: "gil@example.org", password: "gil-passphrase-1" });
    await expect(createAdmin(t.db, { email: "gil@example.org", password: "not-gils-password" })).rejects.toBeInstanceOf(AppError);
    await createAdmin(t.db, { email: "gil@example.org", password: "gil-passphrase-1" });
    expect(await t.db.platformRole.count({ where: { user: { email: "gil@example.org" } } })).toBe(1);
  });
});
