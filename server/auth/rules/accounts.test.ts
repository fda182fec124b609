import { describe, expect, it } from "vitest";
import type { Actor } from "../actor";
import { policy } from "../policy";

const actor = (id: string, admin = false): Actor => ({
  id,
  email: `${id}@example.org`,
  name: id,
  platformRoles: new Set(admin ? ["ADMIN"] : []),
  staff: new Map(),
  cities: new Set(),
  partners: new Set(),
  createdAt: new Date(),
  suspendedUntil: null,
});

describe("account rules", () => {
  it("let only the person manage their account, not an admin or anyone else", () => {
    expect(policy.manageOwnAccount(actor("a"), "a")).toBe(true);
    expect(policy.manageOwnAccount(actor("b"), "a")).toBe(false);
    expect(policy.manageOwnAccount(actor("admin", true), "a")).toBe(false);
    expect(policy.manageOwnAccount(null, "a")).toBe(false);
  });

  it("let only the requesting account confirm its email change", () => {
    expect(policy.confirmEmailChange(actor("a"), { userId: "a" })).toBe(true);
    expect(policy.confirmEmailChange(actor("b"), { userId: "a" })).toBe(false);
    expect(policy.confirmEmailChange(null, { userId: "a" })).toBe(false);
  });
});
