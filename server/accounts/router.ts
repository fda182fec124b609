import { protectedProcedure, publicProcedure, router } from "@/server/trpc/init";
import { signUpInput } from "./input";
import { signUp } from "./service";
import { requestPasswordReset, resetPasswordInput, resetRequestInput, resetPassword } from "./recovery";
import { changePasswordInput, confirmEmailInput, deleteAccountInput, emailChangeInput, nameInput, preferencesInput } from "@/server/account-settings/input";
import { updatePreferences } from "@/server/account-settings/service";
import { changePassword, confirmEmailChange, deleteAccount, requestEmailChange, updateName } from "@/server/account-settings/security";

export const accountsRouter = router({
  signUp: publicProcedure.input(signUpInput).mutation(({ ctx, input }) => signUp(ctx.db, input)),
  requestPasswordReset: publicProcedure.input(resetRequestInput).mutation(({ ctx, input }) => requestPasswordReset(ctx.db, input)),
  resetPassword: publicProcedure.input(resetPasswordInput).mutation(({ ctx, input }) => resetPassword(ctx.db, input)),
  updatePreferences: protectedProcedure.input(preferencesInput).mutation(({ ctx, input }) => updatePreferences(ctx, input)),
  updateName: protectedProcedure.input(nameInput).mutation(({ ctx, input }) => updateName(ctx, input)),
  changePassword: protectedProcedure.input(changePasswordInput).mutation(({ ctx, input }) => changePassword(ctx, input)),
  requestEmailChange: protectedProcedure.input(emailChangeInput).mutation(({ ctx, input }) => requestEmailChange(ctx, input)),
  confirmEmailChange: protectedProcedure.input(confirmEmailInput).mutation(({ ctx, input }) => confirmEmailChange(ctx, input)),
  deleteAccount: protectedProcedure.input(deleteAccountInput).mutation(({ ctx, input }) => deleteAccount(ctx, input)),
  me: protectedProcedure.query(({ ctx }) => ({ id: ctx.actor.id, email: ctx.actor.email, name: ctx.actor.name })),
});
