import type { Actor } from "../actor";
import { isModerator, mayWrite, staffRole } from "../roles";

// Who may do what in exchange; spread into `policy` (server/auth/policy.ts), the one place that decides.
// An exchange is between secretariats: staff (owners and editors) act for their network. The
// "participating networks" of a request are the requester and every network whose offer it accepted.

const isStaff = (a: Actor | null, networkId: string) => !!staffRole(a, networkId);

export const exchangeRules = {
  /** Staff of the network asking. */
  postExchangeRequest: (a: Actor | null, networkId: string) => mayWrite(a) && isStaff(a, networkId),
  /** Staff of the requesting network edit or close it; moderators may close it too. */
  editExchangeRequest: (a: Actor | null, requestNetworkId: string) => mayWrite(a) && isStaff(a, requestNetworkId),
  closeExchangeRequest: (a: Actor | null, requestNetworkId: string) => mayWrite(a) && (isStaff(a, requestNetworkId) || isModerator(a)),
  /** Staff of another network offer on its behalf; never on their own network's request. */
  offerExchange: (a: Actor | null, p: { offeringNetworkId: string; requestNetworkId: string }) =>
    mayWrite(a) && p.offeringNetworkId !== p.requestNetworkId && isStaff(a, p.offeringNetworkId),
  /** The requester's staff accept or decline offers and schedule sessions. */
  answerExchangeOffer: (a: Actor | null, requestNetworkId: string) => mayWrite(a) && isStaff(a, requestNetworkId),
  scheduleExchangeSession: (a: Actor | null, requestNetworkId: string) => mayWrite(a) && isStaff(a, requestNetworkId),
  /** Staff of a participating network record what their network learned. */
  recordExchangeLearning: (a: Actor | null, p: { networkId: string; participantNetworkIds: readonly string[] }) =>
    mayWrite(a) && isStaff(a, p.networkId) && p.participantNetworkIds.includes(p.networkId),
  /** Internal learning records are read by staff of the participating networks and by moderators. */
  seeInternalExchangeLearning: (a: Actor | null, participantNetworkIds: readonly string[]) =>
    isModerator(a) || participantNetworkIds.some((id) => isStaff(a, id)),
  /** Staff of the network making the standing offer; moderators may withdraw one. */
  postStandingOffer: (a: Actor | null, networkId: string) => mayWrite(a) && isStaff(a, networkId),
  editStandingOffer: (a: Actor | null, networkId: string) => mayWrite(a) && (isStaff(a, networkId) || isModerator(a)),
} satisfies Record<string, (a: Actor | null, ...args: never[]) => boolean>;
