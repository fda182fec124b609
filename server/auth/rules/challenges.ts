import type { Actor } from "../actor";
import { isModerator, mayWrite, staffRole } from "../roles";

// Who may do what in challenges; spread into `policy` (server/auth/policy.ts), the one place that decides.
// Challenges are city first: cities post and support them, partners offer help, networks respond.
export const challengesRules = {
  /** A verified officer of the city the challenge is posted for. */
  postChallenge: (a: Actor | null, cityId: string) => mayWrite(a) && a.cities.has(cityId),
  /** Officers of the posting city edit it and change its status; moderators too. */
  editChallenge: (a: Actor | null, challengeCityId: string) => mayWrite(a) && (a.cities.has(challengeCityId) || isModerator(a)),
  /**
   * An officer supports on behalf of another city they serve: never the challenge's own city, and
   * never as a partner (partners hold no city).
   */
  supportChallenge: (a: Actor | null, p: { supporterCityId: string; challengeCityId: string }) =>
    mayWrite(a) && p.supporterCityId !== p.challengeCityId && a.cities.has(p.supporterCityId),
  /** Any officer of the supporting city withdraws its support, or a moderator. */
  withdrawChallengeSupport: (a: Actor | null, supporterCityId: string) => mayWrite(a) && (a.cities.has(supporterCityId) || isModerator(a)),
  /** A verified member of the partner organisation, which must disclose its interest. */
  offerChallengeHelp: (a: Actor | null, partnerId: string) => mayWrite(a) && a.partners.has(partnerId),
  /** Staff (owner or editor) of the network responding. */
  respondToChallenge: (a: Actor | null, networkId: string) => mayWrite(a) && !!staffRole(a, networkId),
} satisfies Record<string, (a: Actor | null, ...args: never[]) => boolean>;
