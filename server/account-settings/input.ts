import { z } from "zod";

export const preferencesInput = z.object({
  locale: z.enum(["en", "zh", "fr", "es"], { error: "account.preferences.localeInvalid" }),
});
export type PreferencesInput = z.input<typeof preferencesInput>;
