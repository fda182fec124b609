import type { Actor } from "../actor";
import { isModerator, isNetworkOwner, mayWrite } from "../roles";

// Who may do what in frameworks; spread into `policy` (server/auth/policy.ts), the one place that decides.
export const frameworksRules = {
  /** Frameworks are curated: moderators create them and edit their text and pillars. */
  createFramework: (a: Actor | null) => isModerator(a) && mayWrite(a),
  editFramework: (a: Actor | null) => isModerator(a) && mayWrite(a),
  /** Endorsing commits the network, so only one of its owners (not an editor) signs it up or withdraws. */
  endorseFramework: (a: Actor | null, networkId: string) => isNetworkOwner(a, networkId) && mayWrite(a),
  withdrawEndorsement: (a: Actor | null, networkId: string) => isNetworkOwner(a, networkId) && mayWrite(a),
  /** Whoever may edit the initiative or practice (policy.editInitiative / editPractice) proposes it for a pillar. */
  proposeFrameworkMapping: (a: Actor | null, mayEditTarget: boolean) => mayWrite(a) && mayEditTarget,
  decideFrameworkMapping: (a: Actor | null) => isModerator(a) && mayWrite(a),
  /** During the consultation window, anyone signed in and not suspended comments on a pillar. */
  commentOnFramework: (a: Actor | null) => mayWrite(a),
  hideFrameworkComment: (a: Actor | null) => isModerator(a),
} satisfies Record<string, (a: Actor | null, ...args: never[]) => boolean>;
