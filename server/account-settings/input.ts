import { z } from "zod";
import { emailSchema } from "@/server/accounts/input";

export const preferencesInput = z.object({
  locale: z.enum(["en", "zh", "fr", "es"], { error: "account.preferences.localeInvalid" }),
});
export type PreferencesInput = z.input<typeof preferencesInput>;

export const nameInput = z.object({ name: z.string().trim().min(2, "auth.nameRequired").max(120, "auth.nameTooLong") });
export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, "accountSecurity.currentPasswordRequired").max(200),
  newPassword: z.string().max(200, "auth.passwordTooLong"),
});
export const emailChangeInput = z.object({ email: emailSchema, currentPassword: z.string().min(1, "accountSecurity.currentPasswordRequired").max(200) });
export const confirmEmailInput = z.object({ token: z.string().min(10).max(200) });
export const deleteAccountInput = z.object({ currentPassword: z.string().min(1, "accountSecurity.currentPasswordRequired").max(200) });
