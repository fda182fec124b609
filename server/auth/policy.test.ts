import { describe, expect, it } from "vitest";
import type { Actor } from "./actor";
import { authorize, policy } from "./policy";
import { AppError } from "@/server/errors";

const actor = (overrides: Partial<Actor> = {}): Actor => ({
  id: "u1",
  email: "u1@example.org",
  name: "U One",
  platformRoles: new Set(),
  createdAt: new Date("2026-01-01T00:00:00Z"),
  suspendedUntil: null,
  staff: new Map(),
  cities: new Set(),
  partners: new Set(),
  ...overrides,
});

const admin = actor({ platformRoles: new Set(["ADMIN"]) });
const moderator = actor({ platformRoles: new Set(["MODERATOR"]) });
const ownerA = actor({ staff: new Map([["A", "OWNER"]]) });
const editorA = actor({ staff: new Map([["A", "EDITOR"]]) });
const cityOfficer = actor({ cities: new Set(["wuhan"]) });
const partner = actor({ partners: new Set(["wri"]) });

describe("policy", () => {
  it("lets only moderators and admins review networks and claims", () => {
    for (const a of [admin, moderator]) {
      expect(policy.reviewNetwork(a)).toBe(true);
      expect(policy.reviewClaim(a)).toBe(true);
    }
    for (const a of [null, ownerA, editorA, cityOfficer, partner]) {
      expect(policy.reviewNetwork(a)).toBe(false);
      expect(policy.reviewClaim(a)).toBe(false);
    }
  });

  it("scopes network editing to that network's staff", () => {
    expect(policy.editNetwork(ownerA, "A")).toBe(true);
    expect(policy.editNetwork(editorA, "A")).toBe(true);
    expect(policy.editNetwork(editorA, "B")).toBe(false);
    expect(policy.editNetwork(cityOfficer, "A")).toBe(false);
    expect(policy.editNetwork(null, "A")).toBe(false);
  });

  it("lets only owners (and admins) manage staff", () => {
    expect(policy.manageStaff(ownerA, "A")).toBe(true);
    expect(policy.manageStaff(admin, "A")).toBe(true);
    expect(policy.manageStaff(editorA, "A")).toBe(false);
    expect(policy.manageStaff(ownerA, "B")).toBe(false);
    expect(policy.manageStaff(moderator, "A")).toBe(false);
  });

  it("lets a city claim be decided by moderators or owners of a network the city belongs to", () => {
    expect(policy.reviewCityClaim(moderator, [])).toBe(true);
    expect(policy.reviewCityClaim(ownerA, ["A"])).toBe(true);
    expect(policy.reviewCityClaim(ownerA, ["B"])).toBe(false);
    expect(policy.reviewCityClaim(editorA, ["A"])).toBe(false);
    expect(policy.reviewCityClaim(cityOfficer, ["A"])).toBe(false);
  });

  it("keeps the outbox and role grants to admins", () => {
    expect(policy.readOutbox(admin)).toBe(true);
    expect(policy.readOutbox(moderator)).toBe(false);
    expect(policy.grantPlatformRole(admin)).toBe(true);
    expect(policy.grantPlatformRole(moderator)).toBe(false);
  });

  it("refuses anonymous actors with 'sign in' and others with 'not allowed'", () => {
    const codeOf = (fn: () => void) => {
      try {
        fn();
        return "allowed";
      } catch (e) {
        return (e as AppError).code;
      }
    };
    expect(codeOf(() => authorize(null, true))).toBe("UNAUTHORIZED");
    expect(codeOf(() => authorize(cityOfficer, policy.reviewNetwork(cityOfficer)))).toBe("FORBIDDEN");
    expect(codeOf(() => authorize(moderator, policy.reviewNetwork(moderator)))).toBe("allowed");
  });
});
