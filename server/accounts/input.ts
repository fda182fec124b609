import { z } from "zod";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "auth.emailInvalid")
  .max(254, "auth.emailInvalid")
  .pipe(z.email("auth.emailInvalid"));

export const signUpInput = z.object({
  name: z.string().trim().min(2, "auth.nameRequired").max(120, "auth.nameTooLong"),
  email: emailSchema,
  password: z.string().max(200, "auth.passwordTooLong"),
  organisation: z.string().trim().max(200).optional(),
  locale: z.enum(["en", "zh", "fr", "es"]).default("en"),
});
export type SignUpInput = z.input<typeof signUpInput>;

export const signInInput = z.object({ email: emailSchema, password: z.string().min(1).max(200) });
