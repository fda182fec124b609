import type { Db } from "@/server/db/client";

/**
 * The tables whose rows public pages, insights and open data show, grouped into areas. The
 * migration `content_versions` puts a deferred trigger on each, bumping its area's counter once
 * per transaction at commit; `content-version.test.ts` checks the database agrees with this map.
 */
export const contentAreas = {
  registry: ["User", "PlatformRole", "Theme", "Sdg", "Network", "NetworkTheme", "NetworkStaff", "NetworkClaim", "City", "CityOfficer", "Partner", "PartnerMember", "NetworkMembership"],
  knowledge: ["Initiative", "InitiativeOwner", "InitiativeTheme", "InitiativeSdg", "InitiativeCity", "InitiativePartner", "InitiativeRevision", "InitiativeRelation", "CollaborationProposal", "Practice", "PracticeOutcome", "PracticeCity", "PracticeTheme", "PracticeSdg", "Adoption"],
  search: ["SearchDocument", "SearchTerm"],
  forum: ["ForumCategory", "ForumTag", "ForumThread", "ForumThreadTag", "ForumPost", "ForumPostRevision", "ForumLike", "ForumMention", "UserSanction"],
  frameworks: ["Framework", "FrameworkPillar", "FrameworkEndorsement", "FrameworkMapping", "FrameworkChange", "FrameworkComment"],
  exchange: ["ExchangeRequest", "ExchangeOffer", "ExchangeSession", "ExchangeParticipant", "ExchangeLearning", "StandingOffer"],
  events: ["Event", "EventHost", "EventAgendaItem", "EventRegistration", "JointStatement", "StatementSignature"],
  challenges: ["CityChallenge", "ChallengeTheme", "ChallengeSupport", "ChallengeOffer", "ChallengeResponse"],
} as const;

export type ContentArea = keyof typeof contentAreas;

/** Tables no public page shows to everyone (per-person state, secrets, queues): no counter. */
export const privateTables = [
  "AccountToken", "ExternalIdentity", "Invitation", "Notification", "NotificationPreference", "OutboxMail", "SignInFailure", "AuditLog",
  "ForumReadState", "ForumDraft", "ForumFlag", "ForumThreadFollow", "ForumCategoryFollow", "ContentVersion",
  // Kept by triggers from NetworkMembership, City and Network, in the same transactions, which bump the registry.
  "NetworkOverlap", "NetworkRegionMembers", "CityNetworkCount",
] as const;

export type ContentVersions = Record<ContentArea, string>;

/** Every area's counter, in one indexed read of eight rows. */
export async function contentVersions(db: Pick<Db, "$queryRaw">): Promise<ContentVersions> {
  const rows = await db.$queryRaw<{ area: string; version: bigint }[]>`SELECT "area", "version" FROM "ContentVersion"`;
  const versions = Object.fromEntries(Object.keys(contentAreas).map((area) => [area, "0"])) as ContentVersions;
  for (const row of rows) if (row.area in versions) versions[row.area as ContentArea] = row.version.toString();
  return versions;
}

/** A cache-key fragment that changes whenever any of `areas` changed, on any app instance. */
export function versionKey(versions: ContentVersions, areas: readonly ContentArea[]): string {
  return areas.map((area) => `${area}:${versions[area]}`).join(",");
}
