import { protectedProcedure, publicProcedure, router } from "@/server/trpc/init";
import { signUpInput } from "./input";
import { signUp } from "./service";
import { preferencesInput } from "@/server/account-settings/input";
import { updatePreferences } from "@/server/account-settings/service";

export const accountsRouter = router({
  signUp: publicProcedure.input(signUpInput).mutation(({ ctx, input }) => signUp(ctx.db, input)),
  updatePreferences: protectedProcedure.input(preferencesInput).mutation(({ ctx, input }) => updatePreferences(ctx, input)),
  me: protectedProcedure.query(({ ctx }) => ({ id: ctx.actor.id, email: ctx.actor.email, name: ctx.actor.name })),
});
