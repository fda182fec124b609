import { describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/actor";
import { policy } from "@/server/auth/policy";

// The forum rules as pure decisions, for every role that may or may not act.

const actor = (over: Partial<Actor> = {}): Actor => ({
  id: "me",
  email: "me@example.org",
  name: "Me",
  platformRoles: new Set(),
  staff: new Map(),
  cities: new Set(),
  partners: new Set(),
  createdAt: new Date("2020-01-01"),
  suspendedUntil: null,
  ...over,
});
const staff = actor({ staff: new Map([["c40", "EDITOR"]]) });
const officer = actor({ cities: new Set(["wuhan"]) });
const member = actor({ partners: new Set(["wri"]) });
const moderator = actor({ id: "mod", platformRoles: new Set(["MODERATOR"]) });
const suspended = actor({ suspendedUntil: new Date(Date.now() + 3_600_000) });
const open = { lockedAt: null };
const locked = { lockedAt: new Date() };

describe("forum policy", () => {
  it("starting threads and replying need a writable account; locked threads take only moderators", () => {
    expect(policy.startForumThread(staff)).toBe(true);
    expect(policy.startForumThread(null)).toBe(false);
    expect(policy.startForumThread(suspended)).toBe(false);
    expect(policy.replyInForum(staff, open)).toBe(true);
    expect(policy.replyInForum(staff, locked)).toBe(false);
    expect(policy.replyInForum(moderator, locked)).toBe(true);
    expect(policy.replyInForum(suspended, open)).toBe(false);
    expect(policy.replyInForum(null, open)).toBe(false);
  });

  it("a post speaks only for the actor's own network, city or partner", () => {
    expect(policy.speakInForumAs(staff, { kind: "NETWORK", id: "c40" })).toBe(true);
    expect(policy.speakInForumAs(staff, { kind: "NETWORK", id: "iclei" })).toBe(false);
    expect(policy.speakInForumAs(officer, { kind: "CITY", id: "wuhan" })).toBe(true);
    expect(policy.speakInForumAs(staff, { kind: "CITY", id: "wuhan" })).toBe(false);
    expect(policy.speakInForumAs(member, { kind: "PARTNER", id: "wri" })).toBe(true);
    expect(policy.speakInForumAs(officer, { kind: "PARTNER", id: "wri" })).toBe(false);
    expect(policy.speakInForumAs(moderator, { kind: "NETWORK", id: "c40" })).toBe(false);
    expect(policy.speakInForumAs(staff, { kind: "NETWORK", id: null })).toBe(false);
    expect(policy.speakInForumAs(staff, { kind: "INDIVIDUAL" })).toBe(true);
    expect(policy.speakInForumAs(null, { kind: "INDIVIDUAL" })).toBe(false);
  });

  it("authors edit their own posts in open threads; moderators edit anything; suspended people nothing", () => {
    expect(policy.editForumPost(staff, { authorId: "me", threadLocked: false })).toBe(true);
    expect(policy.editForumPost(staff, { authorId: "me", threadLocked: true })).toBe(false);
    expect(policy.editForumPost(staff, { authorId: "other", threadLocked: false })).toBe(false);
    expect(policy.editForumPost(moderator, { authorId: "other", threadLocked: true })).toBe(true);
    expect(policy.editForumPost(suspended, { authorId: "me", threadLocked: false })).toBe(false);
    expect(policy.editForumPost(null, { authorId: "me", threadLocked: false })).toBe(false);
  });

  it("authors delete their own posts, moderators any", () => {
    expect(policy.deleteForumPost(staff, { authorId: "me" })).toBe(true);
    expect(policy.deleteForumPost(staff, { authorId: "other" })).toBe(false);
    expect(policy.deleteForumPost(moderator, { authorId: "other" })).toBe(true);
    expect(policy.deleteForumPost(null, { authorId: "me" })).toBe(false);
  });

  it("likes go to other people's posts; answers are accepted by the thread's author or a moderator", () => {
    expect(policy.likeForumPost(staff, { authorId: "other" })).toBe(true);
    expect(policy.likeForumPost(staff, { authorId: "me" })).toBe(false);
    expect(policy.likeForumPost(suspended, { authorId: "other" })).toBe(false);
    expect(policy.likeForumPost(null, { authorId: "other" })).toBe(false);
    expect(policy.acceptForumAnswer(staff, { authorId: "me" })).toBe(true);
    expect(policy.acceptForumAnswer(staff, { authorId: "other" })).toBe(false);
    expect(policy.acceptForumAnswer(moderator, { authorId: "other" })).toBe(true);
    expect(policy.acceptForumAnswer(suspended, { authorId: "me" })).toBe(false);
  });

  it("following and drafts are for the signed-in; hidden content for moderators", () => {
    expect(policy.followInForum(staff)).toBe(true);
    expect(policy.followInForum(null)).toBe(false);
    expect(policy.keepForumDraft(suspended)).toBe(true);
    expect(policy.keepForumDraft(null)).toBe(false);
    expect(policy.seeHiddenForumContent(moderator)).toBe(true);
    expect(policy.seeHiddenForumContent(staff)).toBe(false);
  });
});
