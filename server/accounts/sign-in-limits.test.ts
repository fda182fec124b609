import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDb, type TestDb } from "@/server/test/db";
import { MAX_FAILURES_PER_ACCOUNT } from "@/server/auth/rate-limit";
import { checkCredentials, signUp } from "./service";

// Counts the argon2 verifications that actually run, the figure the limit exists to bound.
const verifications = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/server/auth/password", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/server/auth/password")>();
  return {
    ...original,
    verifyPassword: async (hash: string, password: string) => {
      verifications.count += 1;
      return original.verifyPassword(hash, password);
    },
  };
});

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe("sign-in limits under concurrency", () => {
  it("verifies at most the account limit when 100 wrong passwords arrive at once", async () => {
    await signUp(t.db, { name: "Ivo Petrov", email: "ivo@example.org", password: "correct-horse-9" });
    verifications.count = 0;
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => checkCredentials(t.db, { email: "ivo@example.org", password: `wrong-${i}-password` }, `10.1.${Math.floor(i / 50)}.${i % 50}`)),
    );
    console.log(`100 concurrent wrong passwords: ${verifications.count} verified`);
    expect(verifications.count).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT);
    expect(results.filter((r) => !r.ok && r.reason === "rateLimited")).toHaveLength(100 - verifications.count);
  });

  it("lets the owner sign in after 20 failures by other accounts from the same address", async () => {
    await signUp(t.db, { name: "Jun Park", email: "jun@example.org", password: "correct-horse-9" });
    // A colleague behind the same office address mistyping four accounts' passwords, five times each.
    for (let i = 0; i < 20; i++) {
      await checkCredentials(t.db, { email: `colleague${i % 4}@example.org`, password: `guess-${i}-guess` }, "192.0.2.50");
    }
    expect((await checkCredentials(t.db, { email: "jun@example.org", password: "correct-horse-9" }, "192.0.2.50")).ok).toBe(true);
  });
});
