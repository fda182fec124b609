import type { EmailMode } from "@/server/db/generated/client";

/**
 * What a person can tune: notification kinds grouped the way people think about them ("mentions of
 * me", "activity in what I follow"), not one switch per catalog key. A preference row stores the
 * group's key in NotificationPreference.kind.
 *
 * `required` groups tell people about decisions that concern them directly (a moderator's warning
 * or suspension, roles granted, registrations and claims decided, invitations): they always appear
 * in the bell and always reach the inbox — the person may only choose between a mail at once and the
 * daily digest. Missing a suspension notice or an invitation link because of a switch flipped long
 * ago would cost more than one mail.
 */
export type NotificationGroup = {
  key: string;
  /** Catalog kinds in the group: an exact kind, or a prefix ending with "." for a whole namespace. */
  kinds: readonly string[];
  inApp: boolean;
  email: EmailMode;
  required?: boolean;
};

export const notificationGroups = [
  { key: "forum.mentions", kinds: ["forum.notify.mention"], inApp: true, email: "IMMEDIATE" },
  { key: "forum.repliesToYou", kinds: ["forum.notify.replyToYou"], inApp: true, email: "IMMEDIATE" },
  { key: "forum.followed", kinds: ["forum.notify.reply", "forum.notify.newThread"], inApp: true, email: "DAILY" },
  { key: "moderation", kinds: ["moderation.notify."], inApp: true, email: "IMMEDIATE", required: true },
  {
    key: "account",
    kinds: ["admin.notify.", "networks.notify.", "cities.notify.", "partners.notify.", "members.notify."],
    inApp: true,
    email: "IMMEDIATE",
    required: true,
  },
  { key: "knowledge", kinds: ["knowledge.notify.", "initiatives.notify.", "practices.notify."], inApp: true, email: "IMMEDIATE" },
  { key: "frameworks", kinds: ["frameworks.notify."], inApp: true, email: "IMMEDIATE" },
  { key: "exchange", kinds: ["exchange.notify."], inApp: true, email: "IMMEDIATE" },
  { key: "events", kinds: ["events.notify."], inApp: true, email: "IMMEDIATE" },
  { key: "challenges", kinds: ["challenges.notify."], inApp: true, email: "IMMEDIATE" },
  // Anything not listed above: the behaviour notifications had before preferences existed.
  { key: "other", kinds: [], inApp: true, email: "IMMEDIATE" },
] as const satisfies readonly NotificationGroup[];

export type NotificationGroupKey = (typeof notificationGroups)[number]["key"];
export const notificationGroupKeys = notificationGroups.map((g) => g.key) as [NotificationGroupKey, ...NotificationGroupKey[]];

const fallback: NotificationGroup = notificationGroups[notificationGroups.length - 1]!;

function matches(pattern: string, kind: string) {
  return pattern.endsWith(".") ? kind.startsWith(pattern) : kind === pattern;
}

/** The group a catalog kind belongs to; an unknown kind falls into "other". */
export function groupOf(kind: string): NotificationGroup {
  return notificationGroups.find((g: NotificationGroup) => g.kinds.some((p) => matches(p, kind))) ?? fallback;
}

export type Preference = { inApp: boolean; email: EmailMode };

/** A stored choice, bounded by what the group allows (a required group never turns off). */
export function effectivePreference(group: NotificationGroup, stored: Preference | undefined): Preference {
  const chosen = stored ?? { inApp: group.inApp, email: group.email };
  if (!group.required) return chosen;
  return { inApp: true, email: chosen.email === "OFF" ? group.email : chosen.email };
}
