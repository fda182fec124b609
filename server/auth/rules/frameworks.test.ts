import { describe, expect, it } from "vitest";
import type { Actor } from "../actor";
import { policy } from "../policy";

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

const later = new Date(Date.now() + 86_400_000);
const moderator = actor({ platformRoles: new Set(["MODERATOR"]) });
const admin = actor({ platformRoles: new Set(["ADMIN"]) });
const ownerA = actor({ staff: new Map([["A", "OWNER"]]) });
const editorA = actor({ staff: new Map([["A", "EDITOR"]]) });
const officer = actor({ cities: new Set(["wuhan"]) });
const suspendedModerator = actor({ platformRoles: new Set(["MODERATOR"]), suspendedUntil: later });
const suspendedOwner = actor({ staff: new Map([["A", "OWNER"]]), suspendedUntil: later });

describe("framework rules", () => {
  it("lets only moderators (and admins) curate frameworks", () => {
    for (const rule of [policy.createFramework, policy.editFramework, policy.decideFrameworkMapping]) {
      expect([moderator, admin].map((a) => rule(a))).toEqual([true, true]);
      expect([ownerA, editorA, officer, suspendedModerator, null].map((a) => rule(a))).toEqual([false, false, false, false, false]);
    }
  });

  it("lets only an owner of the network endorse or withdraw for it", () => {
    for (const rule of [policy.endorseFramework, policy.withdrawEndorsement]) {
      expect(rule(ownerA, "A")).toBe(true);
      expect(rule(ownerA, "B")).toBe(false);
      expect(rule(editorA, "A")).toBe(false);
      expect(rule(moderator, "A")).toBe(false);
      expect(rule(suspendedOwner, "A")).toBe(false);
      expect(rule(null, "A")).toBe(false);
    }
  });

  it("lets whoever may edit the record propose a mapping, unless suspended", () => {
    expect(policy.proposeFrameworkMapping(editorA, true)).toBe(true);
    expect(policy.proposeFrameworkMapping(editorA, false)).toBe(false);
    expect(policy.proposeFrameworkMapping(suspendedOwner, true)).toBe(false);
    expect(policy.proposeFrameworkMapping(null, true)).toBe(false);
  });

  it("lets anyone signed in and not suspended comment; only moderators hide", () => {
    expect([officer, editorA, moderator].every((a) => policy.commentOnFramework(a))).toBe(true);
    expect(policy.commentOnFramework(suspendedOwner)).toBe(false);
    expect(policy.commentOnFramework(null)).toBe(false);
    expect(policy.hideFrameworkComment(moderator)).toBe(true);
    expect([ownerA, officer, null].some((a) => policy.hideFrameworkComment(a))).toBe(false);
  });
});
