import { z } from "zod";
import { locales } from "@/lib/i18n/config";
import { notificationGroupKeys, notificationGroups, type NotificationGroup } from "./kinds";

export const emailModes = ["OFF", "IMMEDIATE", "DAILY"] as const;

export const listInput = z.object({
  locale: z.enum(locales).default("en"),
  take: z.number().int().min(1).max(100).default(50),
});

const required = new Set(notificationGroups.filter((g: NotificationGroup) => g.required).map((g) => g.key));

/** The whole preferences table at once; each row is checked, and its errors land on its own fields. */
export const preferencesInput = z.object({
  preferences: z
    .array(
      z.object({
        key: z.enum(notificationGroupKeys, "notifications.preferences.errors.unknownKind"),
        inApp: z.boolean(),
        email: z.enum(emailModes, "notifications.preferences.errors.emailMode"),
      }),
    )
    .min(1)
    .max(notificationGroupKeys.length)
    .superRefine((rows, ctx) => {
      const seen = new Set<string>();
      rows.forEach((row, i) => {
        if (seen.has(row.key)) ctx.addIssue({ code: "custom", path: [i, "key"], message: "notifications.preferences.errors.duplicate" });
        seen.add(row.key);
        if (required.has(row.key) && !row.inApp) ctx.addIssue({ code: "custom", path: [i, "inApp"], message: "notifications.preferences.errors.requiredInApp" });
        if (required.has(row.key) && row.email === "OFF") ctx.addIssue({ code: "custom", path: [i, "email"], message: "notifications.preferences.errors.requiredEmail" });
        // The digest collects unread notifications from the bell, so it needs them to be kept there.
        if (!row.inApp && row.email === "DAILY") ctx.addIssue({ code: "custom", path: [i, "email"], message: "notifications.preferences.errors.digestNeedsInApp" });
      });
    }),
});
export type PreferencesInput = z.input<typeof preferencesInput>;
