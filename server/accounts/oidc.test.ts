import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeUser } from "@/server/test/factories";
import { checkCredentials } from "./service";
import { accountForIdentity, oidcConfig, signInWithOidc } from "./oidc";

const ISSUER = "https://id.example.org";
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe("OIDC configuration", () => {
  it("is off unless issuer, client id and secret are all set", () => {
    expect(oidcConfig({})).toBeNull();
    expect(oidcConfig({ OIDC_ISSUER: ISSUER, OIDC_CLIENT_ID: "c" })).toBeNull();
    expect(oidcConfig({ OIDC_ISSUER: `${ISSUER}/`, OIDC_CLIENT_ID: "c", OIDC_CLIENT_SECRET: "s" })).toEqual({ issuer: ISSUER, clientId: "c", clientSecret: "s", name: "OpenID Connect" });
    expect(oidcConfig({ OIDC_ISSUER: ISSUER, OIDC_CLIENT_ID: "c", OIDC_CLIENT_SECRET: "s", OIDC_NAME: "City ID" })?.name).toBe("City ID");
  });
});

describe("OIDC sign-in", () => {
  it("creates an account without a password on a first sign-in with a verified address", async () => {
    const result = await signInWithOidc(t.db, ISSUER, { sub: "new-1", email: "New.Person@Example.org", email_verified: true, name: "New Person" });
    expect(result).toMatchObject({ ok: true, created: true, linked: false, user: { email: "new.person@example.org", name: "New Person" } });
    const row = await t.db.user.findUniqueOrThrow({ where: { email: "new.person@example.org" }, select: { passwordHash: true } });
    expect(row.passwordHash).toBe("");
    // No password signs in to it.
    expect((await checkCredentials(t.db, { email: "new.person@example.org", password: "" }, null)).ok).toBe(false);
    expect((await checkCredentials(t.db, { email: "new.person@example.org", password: "anything at all" }, null)).ok).toBe(false);
  });

  it("signs the same subject in to the same account again, even after the provider's address changes", async () => {
    const first = await signInWithOidc(t.db, ISSUER, { sub: "again-1", email: "again@example.org", email_verified: true });
    const second = await signInWithOidc(t.db, ISSUER, { sub: "again-1", email: "other@example.org", email_verified: false });
    expect(first.ok && second.ok && second.user.id === first.user.id).toBe(true);
    expect(second).toMatchObject({ created: false, linked: false });
    expect(await t.db.user.count({ where: { email: "other@example.org" } })).toBe(0);
  });

  it("links an existing account only when the provider says the address is verified", async () => {
    const existing = await makeUser(t.db, { email: "lea@example.org", name: "Lea" });
    const refused = await signInWithOidc(t.db, ISSUER, { sub: "lea-sub", email: "lea@example.org", email_verified: false });
    expect(refused).toEqual({ ok: false, reason: "emailUnverified" });
    const missingFlag = await signInWithOidc(t.db, ISSUER, { sub: "lea-sub", email: "lea@example.org" });
    expect(missingFlag).toEqual({ ok: false, reason: "emailUnverified" });
    expect(await accountForIdentity(t.db, ISSUER, "lea-sub")).toBeNull();

    const linked = await signInWithOidc(t.db, ISSUER, { sub: "lea-sub", email: "LEA@example.org", email_verified: "true" });
    expect(linked).toMatchObject({ ok: true, created: false, linked: true, user: { id: existing.id, name: "Lea" } });
    expect((await accountForIdentity(t.db, ISSUER, "lea-sub"))?.id).toBe(existing.id);
    // The password still works beside the provider.
    const row = await t.db.user.findUniqueOrThrow({ where: { id: existing.id }, select: { passwordHash: true } });
    expect(row.passwordHash).not.toBe("");
  });

  it("keeps the same subject at another issuer apart", async () => {
    await signInWithOidc(t.db, ISSUER, { sub: "shared-sub", email: "one@example.org", email_verified: true });
    const other = await signInWithOidc(t.db, "https://other-id.example.org", { sub: "shared-sub", email: "two@example.org", email_verified: true });
    expect(other).toMatchObject({ ok: true, created: true, user: { email: "two@example.org" } });
  });

  it("refuses an unverified or missing address for a new account and creates nothing", async () => {
    const before = await t.db.user.count();
    expect(await signInWithOidc(t.db, ISSUER, { sub: "nomail" })).toEqual({ ok: false, reason: "noEmail" });
    expect(await signInWithOidc(t.db, ISSUER, { sub: "badmail", email: "not an address", email_verified: true })).toEqual({ ok: false, reason: "noEmail" });
    expect(await signInWithOidc(t.db, ISSUER, { sub: "unverified", email: "squat@example.org", email_verified: false })).toEqual({ ok: false, reason: "emailUnverified" });
    expect(await t.db.user.count()).toBe(before);
    expect(await t.db.externalIdentity.count({ where: { subject: { in: ["nomail", "badmail", "unverified"] } } })).toBe(0);
  });

  it("two first sign-ins of one subject racing end in one account", async () => {
    const claims = { sub: "race-1", email: "race@example.org", email_verified: true };
    const [a, b] = await Promise.all([signInWithOidc(t.db, ISSUER, claims), signInWithOidc(t.db, ISSUER, claims)]);
    expect(a.ok && b.ok && a.user.id === b.user.id).toBe(true);
    expect(await t.db.user.count({ where: { email: "race@example.org" } })).toBe(1);
  });

  it("a deleted account's identity no longer signs in", async () => {
    const created = await signInWithOidc(t.db, ISSUER, { sub: "gone-1", email: "gone@example.org", email_verified: true });
    if (!created.ok) throw new Error("expected an account");
    await t.db.externalIdentity.deleteMany({ where: { userId: created.user.id } });
    await t.db.user.update({ where: { id: created.user.id }, data: { deletedAt: new Date(), email: `deleted-${created.user.id}@deleted.invalid`, name: "" } });
    expect(await accountForIdentity(t.db, ISSUER, "gone-1")).toBeNull();
    const again = await signInWithOidc(t.db, ISSUER, { sub: "gone-1", email: "gone@example.org", email_verified: true });
    expect(again).toMatchObject({ ok: true, created: true });
    expect(again.ok && again.user.id).not.toBe(created.user.id);
  });
});
