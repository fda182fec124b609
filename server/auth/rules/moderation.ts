import type { Actor } from "../actor";
import { isAdmin, isModerator, mayWrite } from "../roles";

/** A moderator whose own account is in good standing. */
const moderates = (a: Actor | null): a is Actor => mayWrite(a) && isModerator(a);

// Who may do what in moderation; spread into `policy` (server/auth/policy.ts), the one place that decides.
export const moderationRules = {
  /** Anyone who may post may flag, but not their own post (that is what editing and deleting are for). */
  flagPost: (a: Actor | null, post: { authorId: string | null }) => mayWrite(a) && post.authorId !== a.id,
  reviewFlags: (a: Actor | null) => moderates(a),
  hidePost: (a: Actor | null) => moderates(a),
  restorePost: (a: Actor | null) => moderates(a),
  dismissFlags: (a: Actor | null) => moderates(a),
  lockThread: (a: Actor | null) => moderates(a),
  pinThread: (a: Actor | null) => moderates(a),
  moveThread: (a: Actor | null) => moderates(a),
  readSanctions: (a: Actor | null) => isModerator(a),
  /** Never oneself; an administrator only by another administrator. */
  warnUser: (a: Actor | null, target: { userId: string; isAdmin: boolean }) =>
    moderates(a) && a.id !== target.userId && (!target.isAdmin || isAdmin(a)),
  /** Never oneself and never an administrator: a rogue suspension must not lock the platform's keepers out. */
  suspendUser: (a: Actor | null, target: { userId: string; isAdmin: boolean }) => moderates(a) && a.id !== target.userId && !target.isAdmin,
  liftSuspension: (a: Actor | null) => moderates(a),
  /**
   * Taking back a decision (a network verified or rejected, flags dismissed) is for the moderator
   * who made it; anyone else reviews it afresh through the usual queue. The time window is the
   * service's to check, since it depends on the record, not on who asks.
   */
  undoDecision: (a: Actor | null, decision: { decidedById: string | null }) => moderates(a) && decision.decidedById === a.id,
} satisfies Record<string, (a: Actor | null, ...args: never[]) => boolean>;
