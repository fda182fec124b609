import type { Actor } from "../actor";
import { mayWrite, staffRole } from "../roles";

// Who may do what in events; spread into `policy` (server/auth/policy.ts), the one place that decides.
// `hostIds` are the networks that host the event and have accepted (the creating network at once).
const staffOfAny = (a: Actor | null, networkIds: readonly string[]) => mayWrite(a) && networkIds.some((id) => !!staffRole(a, id));

export const eventsRules = {
  /** Any staff member (owner or editor) of the network that will host it first. */
  createEvent: (a: Actor | null, networkId: string) => mayWrite(a) && !!staffRole(a, networkId),
  /** Staff of an accepted host edit the event, its agenda, and invite more co-hosts. */
  editEvent: (a: Actor | null, hostIds: readonly string[]) => staffOfAny(a, hostIds),
  inviteEventHost: (a: Actor | null, hostIds: readonly string[]) => staffOfAny(a, hostIds),
  /** Co-hosting commits the network: only an owner of the invited network accepts or declines. */
  answerEventHost: (a: Actor | null, invitedNetworkId: string) => mayWrite(a) && staffRole(a, invitedNetworkId) === "OWNER",
  /** Anyone signed in and not suspended takes a seat (or a waitlist place) for themselves. */
  registerForEvent: (a: Actor | null) => mayWrite(a),
  /** People give up only their own seat (the row is always the actor's), even while suspended. */
  cancelRegistration: (a: Actor | null) => !!a,
  /** Hosts draft the joint statements their event produces, and edit them until the first signature. */
  draftStatement: (a: Actor | null, hostIds: readonly string[]) => staffOfAny(a, hostIds),
  /**
   * A signature commits a network publicly, so only its owner signs; any network may sign, not only
   * the hosts, because a joint statement gathers endorsements beyond those who organised the event.
   */
  signStatement: (a: Actor | null, networkId: string) => mayWrite(a) && staffRole(a, networkId) === "OWNER",
} satisfies Record<string, (a: Actor | null, ...args: never[]) => boolean>;
