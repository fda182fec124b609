import type { Actor } from "./actor";
import { forbidden, unauthorized } from "@/server/errors";

// Every mutation asks this module whether the actor may do it; nowhere else decides.
// Rules return booleans so pages can also use them to show or hide actions.

import { isAdmin, isModerator, isSuspended, staffRole } from "./roles";
import { accountsRules } from "./rules/accounts";
import { challengesRules } from "./rules/challenges";
import { eventsRules } from "./rules/events";
import { exchangeRules } from "./rules/exchange";
import { forumRules } from "./rules/forum";
import { frameworksRules } from "./rules/frameworks";
import { moderationRules } from "./rules/moderation";
import { networksRules } from "./rules/networks";

export const policy = {
  isAdmin,
  isModerator,
  isSignedIn: (a: Actor | null) => !!a,
  isSuspended,

  // Registry: networks
  registerNetwork: (a: Actor | null) => !!a,
  reviewNetwork: (a: Actor | null) => isModerator(a),
  claimNetwork: (a: Actor | null) => !!a,
  reviewClaim: (a: Actor | null) => isModerator(a),
  editNetwork: (a: Actor | null, networkId: string) => !!staffRole(a, networkId) || isModerator(a),
  manageStaff: (a: Actor | null, networkId: string) => staffRole(a, networkId) === "OWNER" || isAdmin(a),
  manageMembers: (a: Actor | null, networkId: string) => !!staffRole(a, networkId) || isModerator(a),
  /** Anyone signed in holding the link: the token is the credential, whatever email it was sent to. */
  acceptInvitation: (a: Actor | null) => !!a,
  /** Unverified profiles are visible only to their staff, their registrant and moderators. */
  seeUnpublishedNetwork: (a: Actor | null, network: { id: string; registeredById: string | null }) =>
    isModerator(a) || !!staffRole(a, network.id) || (!!a && a.id === network.registeredById),

  // Registry: cities and partners
  claimCity: (a: Actor | null) => !!a,
  /** A moderator, or the owner of a network the city belongs to. */
  reviewCityClaim: (a: Actor | null, cityNetworkIds: readonly string[]) =>
    isModerator(a) || cityNetworkIds.some((id) => staffRole(a, id) === "OWNER"),
  createPartner: (a: Actor | null) => !!a,
  editPartner: (a: Actor | null, partnerId: string) => isModerator(a) || !!a?.partners.has(partnerId),
  joinPartner: (a: Actor | null) => !!a,
  /** A verified officer of that city, or a moderator. */
  editCity: (a: Actor | null, cityId: string) => isModerator(a) || !!a?.cities.has(cityId),
  /** A moderator, or someone already a verified member of that partner organisation. */
  reviewPartnerJoin: (a: Actor | null, partnerId: string) => isModerator(a) || !!a?.partners.has(partnerId),

  // Knowledge: initiatives belong to their owner networks' staff
  /** Any staff member (owner or editor) of the network that will lead it. */
  createInitiative: (a: Actor | null, networkId: string) => !!staffRole(a, networkId),
  /** Staff of any network that owns it (after accepting), or a moderator. */
  editInitiative: (a: Actor | null, ownerNetworkIds: readonly string[]) => isModerator(a) || ownerNetworkIds.some((id) => !!staffRole(a, id)),
  /** Drafts are seen by those who may edit them. */
  seeDraftInitiative: (a: Actor | null, ownerNetworkIds: readonly string[]) => isModerator(a) || ownerNetworkIds.some((id) => !!staffRole(a, id)),
  /** Sharing ownership commits the network: an owner of an owning network decides. */
  inviteCoOwner: (a: Actor | null, ownerNetworkIds: readonly string[]) => ownerNetworkIds.some((id) => staffRole(a, id) === "OWNER"),
  /** Only an owner of the invited network accepts or declines. */
  answerCoOwnership: (a: Actor | null, invitedNetworkId: string) => staffRole(a, invitedNetworkId) === "OWNER",
  /** Staff of a network owning the initiative the proposal comes from. */
  proposeCollaboration: (a: Actor | null, fromOwnerNetworkIds: readonly string[]) => fromOwnerNetworkIds.some((id) => !!staffRole(a, id)),
  /** Staff of a network owning the initiative the proposal is addressed to. */
  answerCollaboration: (a: Actor | null, toOwnerNetworkIds: readonly string[]) => toOwnerNetworkIds.some((id) => !!staffRole(a, id)),
  markInitiativeRelation: (a: Actor | null) => isModerator(a),

  // Knowledge: practices belong to their cities
  /**
   * A verified officer of every city named; or staff of the network sharing it, when every city is
   * a member of that network; or a verified member of the partner posting it (with a disclosure).
   */
  postPractice: (
    a: Actor | null,
    p: { cityIds: readonly string[]; networkId: string | null; citiesInNetwork: boolean; partnerId: string | null },
  ) => {
    if (!a || p.cityIds.length === 0) return false;
    if (p.partnerId) return a.partners.has(p.partnerId);
    if (p.networkId && staffRole(a, p.networkId) && p.citiesInNetwork) return true;
    return p.cityIds.every((id) => a.cities.has(id));
  },
  /** An officer of one of its cities, staff of its network, a member of its partner, or a moderator. */
  editPractice: (a: Actor | null, p: { cityIds: readonly string[]; networkId: string | null; partnerId: string | null }) =>
    isModerator(a) ||
    p.cityIds.some((id) => !!a?.cities.has(id)) ||
    (!!p.networkId && !!staffRole(a, p.networkId)) ||
    (!!p.partnerId && !!a?.partners.has(p.partnerId)),
  /** City officers, secretariat staff and partner members record who took a practice up. */
  recordAdoption: (a: Actor | null) => !!a && (a.cities.size > 0 || a.staff.size > 0 || a.partners.size > 0),
  removeAdoption: (a: Actor | null, adoption: { recordedById: string | null }) => isModerator(a) || (!!a && a.id === adoption.recordedById),

  // Administration
  readOutbox: (a: Actor | null) => isAdmin(a),
  grantPlatformRole: (a: Actor | null) => isAdmin(a),
  /** Admins revoke platform roles, but never their own ADMIN role (so the last admin cannot lock everyone out by mistake). */
  revokePlatformRole: (a: Actor | null, target: { userId: string; role: "ADMIN" | "MODERATOR" }) =>
    isAdmin(a) && !(target.role === "ADMIN" && a?.id === target.userId),
  readAuditLog: (a: Actor | null) => isModerator(a),
  /** Each person changes only their own preferences; the row is always the actor's own. */
  editOwnAccount: (a: Actor | null) => !!a,

  // Per-area rules, each in server/auth/rules/<area>.ts
  ...forumRules,
  ...moderationRules,
  ...frameworksRules,
  ...exchangeRules,
  ...eventsRules,
  ...challengesRules,
  ...networksRules,
  ...accountsRules,
};

/** Throws "sign in required" for anonymous actors and "not allowed" for everyone else refused. */
export function authorize(actor: Actor | null, allowed: boolean): asserts actor is Actor {
  if (!actor) throw unauthorized();
  if (!allowed) throw forbidden();
}
