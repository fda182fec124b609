import { protectedProcedure, router } from "@/server/trpc/init";
import { listInput, preferencesInput } from "./input";
import { preferencesOf, updatePreferences } from "./preferences";
import { markAllRead, renderedNotifications, unreadCount } from "./service";

// Every procedure reads or changes only the caller's own notifications and preferences (the userId
// comes from the session, never from the input), so being signed in is the whole rule.
export const notificationsRouter = router({
  list: protectedProcedure.input(listInput).query(({ ctx, input }) => renderedNotifications(ctx.db, ctx.actor.id, input.locale, { take: input.take })),
  unreadCount: protectedProcedure.query(({ ctx }) => unreadCount(ctx.db, ctx.actor.id)),
  markAllRead: protectedProcedure.mutation(async ({ ctx }) => {
    await markAllRead(ctx.db, ctx.actor.id);
    return { ok: true };
  }),
  preferences: protectedProcedure.query(({ ctx }) => preferencesOf(ctx.db, ctx.actor.id)),
  updatePreferences: protectedProcedure.input(preferencesInput).mutation(({ ctx, input }) => updatePreferences(ctx.db, ctx.actor.id, input)),
});
