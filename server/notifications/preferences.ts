import type { Db } from "@/server/db/client";
import { effectivePreference, notificationGroups, type NotificationGroupKey, type Preference } from "./kinds";
import { preferencesInput, type PreferencesInput } from "./input";

export type PreferenceRow = Preference & { key: NotificationGroupKey; required: boolean; defaults: Preference };

/** Every preference-able group with the person's choice, or the group's default when they made none. */
export async function preferencesOf(db: Db, userId: string): Promise<PreferenceRow[]> {
  const stored = await db.notificationPreference.findMany({ where: { userId }, select: { kind: true, inApp: true, email: true } });
  const byKey = new Map(stored.map((p) => [p.kind, p]));
  return notificationGroups.map((group) => ({
    key: group.key,
    required: "required" in group && group.required,
    defaults: { inApp: group.inApp, email: group.email },
    ...effectivePreference(group, byKey.get(group.key)),
  }));
}

/** Replaces the person's choices for the groups sent, all in one transaction. */
export async function updatePreferences(db: Db, userId: string, input: PreferencesInput): Promise<PreferenceRow[]> {
  const { preferences } = preferencesInput.parse(input);
  await db.$transaction([
    db.notificationPreference.deleteMany({ where: { userId, kind: { in: preferences.map((p) => p.key) } } }),
    db.notificationPreference.createMany({ data: preferences.map((p) => ({ userId, kind: p.key, inApp: p.inApp, email: p.email })) }),
  ]);
  return preferencesOf(db, userId);
}
