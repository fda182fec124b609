import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor, type Actor } from "@/server/auth/actor";
import { passwordProblem } from "@/server/auth/password";
import { checkCredentials, signUp } from "@/server/accounts/service";
import { requestPasswordReset, resetPassword } from "@/server/accounts/recovery";
import { TOKEN_TTL_MS } from "@/server/accounts/tokens";
import { AppError } from "@/server/errors";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeNetwork } from "@/server/test/factories";
import { changePassword, confirmEmailChange, deleteAccount, requestEmailChange, updateName } from "./security";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const PASSWORD = "amber-harbour-lantern";
let n = 0;
async function person(): Promise<Actor> {
  n += 1;
  const user = await signUp(t.db, { name: `Person ${n}`, email: `person${n}@example.org`, password: PASSWORD });
  return (await loadActor(t.db, user.id))!;
}
const ctx = (actor: Actor | null) => ({ db: t.db, actor });
const errorOf = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e as AppError);
/** The link of the newest mail to this address, as the outbox holds it. */
async function tokenSentTo(to: string) {
  const mail = await t.db.outboxMail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
  return /token=([\w-]+)/.exec(mail.text)![1]!;
}

describe("stronger passwords", () => {
  it("refuses the common-list passwords, the site name, the email and the name", () => {
    expect(passwordProblem("password12", "a@example.org")).toBe("auth.passwordCommon");
    expect(passwordProblem("concord2026", "a@example.org")).toBe("auth.passwordCommon");
    expect(passwordProblem("q1w2e3r4t5", "a@example.org")).toBe("auth.passwordCommon");
    expect(passwordProblem("xx-amina.diallo-xx", "amina.diallo@example.org")).toBe("auth.passwordLikeEmail");
    expect(passwordProblem("my Amina Diallo pass", "ad@example.org", "Amina Diallo")).toBe("auth.passwordLikeName");
    expect(passwordProblem(PASSWORD, "a@example.org", "Amina")).toBe(null);
  });
});

describe("password reset", () => {
  it("answers the same for unknown addresses and mails nothing there", async () => {
    expect(await requestPasswordReset(t.db, { email: "nobody@example.org" })).toEqual({ ok: true });
    expect(await t.db.outboxMail.count({ where: { to: "nobody@example.org" } })).toBe(0);
  });

  it("stores only a hash, works once, uses up older links and ends existing sessions", async () => {
    const me = await person();
    await requestPasswordReset(t.db, { email: me.email });
    const first = await tokenSentTo(me.email);
    await requestPasswordReset(t.db, { email: me.email });
    const second = await tokenSentTo(me.email);
    expect(await t.db.accountToken.count({ where: { tokenHash: { in: [first, second] } } })).toBe(0);

    expect((await errorOf(resetPassword(t.db, { token: first, password: "new-granite-orchard" })))?.message).toBe("accountSecurity.reset.invalidToken");
    const weak = await errorOf(resetPassword(t.db, { token: second, password: "password12" }));
    expect(weak?.details?.fieldErrors).toEqual({ password: ["auth.passwordCommon"] });
    // A refused password leaves the link usable.
    expect(await resetPassword(t.db, { token: second, password: "new-granite-orchard" })).toEqual({ ok: true });
    expect((await errorOf(resetPassword(t.db, { token: second, password: "other-granite-orchard" })))?.message).toBe("accountSecurity.reset.invalidToken");

    expect(await loadActor(t.db, me.id, 0)).toBeNull();
    expect(await loadActor(t.db, me.id, 1)).not.toBeNull();
    expect((await checkCredentials(t.db, { email: me.email, password: "new-granite-orchard" }, null)).ok).toBe(true);
  });

  it("refuses an expired link", async () => {
    const me = await person();
    const past = new Date(Date.now() - TOKEN_TTL_MS.PASSWORD_RESET - 1000);
    await requestPasswordReset(t.db, { email: me.email }, past);
    const token = await tokenSentTo(me.email);
    expect((await errorOf(resetPassword(t.db, { token, password: "new-granite-orchard" })))?.message).toBe("accountSecurity.reset.invalidToken");
  });
});

describe("name, email and password", () => {
  it("changes the name of the caller only", async () => {
    const me = await person();
    expect(await updateName(ctx(me), { name: "Amina D." })).toEqual({ name: "Amina D." });
    expect((await errorOf(updateName(ctx(null), { name: "X Y" })))?.code).toBe("UNAUTHORIZED");
  });

  it("changes the address only when the link to the new one is opened by the same account", async () => {
    const me = await person();
    const other = await person();
    expect((await errorOf(requestEmailChange(ctx(me), { email: "new@example.org", currentPassword: "wrong-one" })))?.details?.fieldErrors).toEqual({
      currentPassword: ["accountSecurity.currentPasswordWrong"],
    });
    expect((await errorOf(requestEmailChange(ctx(me), { email: other.email, currentPassword: PASSWORD })))?.details?.fieldErrors).toEqual({ email: ["auth.emailTaken"] });
    await requestEmailChange(ctx(me), { email: "amina.new@example.org", currentPassword: PASSWORD });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: me.id } })).email).toBe(me.email);
    const token = await tokenSentTo("amina.new@example.org");
    expect((await errorOf(confirmEmailChange(ctx(other), { token })))?.code).toBe("FORBIDDEN");
    expect(await confirmEmailChange(ctx(me), { token })).toEqual({ email: "amina.new@example.org" });
    expect((await errorOf(confirmEmailChange(ctx(me), { token })))?.code).toBe("NOT_FOUND");
  });

  it("needs the current password and applies the password rules", async () => {
    const me = await person();
    expect((await errorOf(changePassword(ctx(me), { currentPassword: "nope-nope-nope", newPassword: "new-granite-orchard" })))?.details?.fieldErrors).toEqual({
      currentPassword: ["accountSecurity.currentPasswordWrong"],
    });
    expect((await errorOf(changePassword(ctx(me), { currentPassword: PASSWORD, newPassword: "concord2026" })))?.details?.fieldErrors).toEqual({ newPassword: ["auth.passwordCommon"] });
    await changePassword(ctx(me), { currentPassword: PASSWORD, newPassword: "new-granite-orchard" });
    expect(await loadActor(t.db, me.id, 0)).toBeNull();
  });
});

describe("deleting an account", () => {
  it("keeps posts (author row stays, nameless) and removes personal data in one go", async () => {
    const me = await person();
    const network = await makeNetwork(t.db);
    await t.db.networkStaff.create({ data: { networkId: network.id, userId: me.id, role: "EDITOR" } });
    await t.db.platformRole.create({ data: { userId: me.id, role: "MODERATOR" } });
    expect((await errorOf(deleteAccount(ctx(me), { currentPassword: "wrong-password" })))?.code).toBe("VALIDATION");
    await deleteAccount(ctx(me), { currentPassword: PASSWORD });
    const row = await t.db.user.findUniqueOrThrow({ where: { id: me.id } });
    expect(row).toMatchObject({ name: "", passwordHash: "", organisation: null });
    expect(row.email).not.toContain("person");
    expect(row.deletedAt).not.toBeNull();
    expect(await t.db.networkStaff.count({ where: { userId: me.id } })).toBe(0);
    expect(await t.db.platformRole.count({ where: { userId: me.id } })).toBe(0);
    expect(await loadActor(t.db, me.id, row.sessionVersion)).toBeNull();
    expect((await checkCredentials(t.db, { email: me.email, password: PASSWORD }, null)).ok).toBe(false);
  });

  it("refuses the last owner of a network, naming it", async () => {
    const me = await person();
    const network = await makeNetwork(t.db, { name: "Harbour Cities" });
    await t.db.networkStaff.create({ data: { networkId: network.id, userId: me.id, role: "OWNER" } });
    const error = await errorOf(deleteAccount(ctx(me), { currentPassword: PASSWORD }));
    expect(error?.message).toBe("accountSecurity.delete.lastOwner");
    expect(error?.details?.params).toEqual({ network: "Harbour Cities" });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: me.id } })).deletedAt).toBeNull();
  });
});
