import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeUser } from "@/server/test/factories";
import { publicProfile } from "./service";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe("public profile", () => {
  it("shows name and roles, never the email address", async () => {
    const user = await makeUser(t.db, { name: "Lea Park" });
    const profile = await publicProfile(t.db, user.id);
    expect(profile.name).toBe("Lea Park");
    expect(JSON.stringify(profile)).not.toContain(user.email);
    expect(profile).not.toHaveProperty("email");
  });

  it("is gone once the account is deleted", async () => {
    const user = await makeUser(t.db);
    await t.db.user.update({ where: { id: user.id }, data: { deletedAt: new Date(), name: "" } });
    await expect(publicProfile(t.db, user.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
