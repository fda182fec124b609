import { z } from "zod";
import { locales } from "@/lib/i18n/config";
import { protectedProcedure, router } from "@/server/trpc/init";
import { markAllRead, renderedNotifications, unreadCount } from "./service";

const listInput = z.object({
  locale: z.enum(locales).default("en"),
  take: z.number().int().min(1).max(100).default(50),
});

// Every procedure reads or changes only the caller's own notifications (the userId comes from the
// session, never from the input), so being signed in is the whole rule.
export const notificationsRouter = router({
  list: protectedProcedure.input(listInput).query(({ ctx, input }) => renderedNotifications(ctx.db, ctx.actor.id, input.locale, { take: input.take })),
  unreadCount: protectedProcedure.query(({ ctx }) => unreadCount(ctx.db, ctx.actor.id)),
  markAllRead: protectedProcedure.mutation(async ({ ctx }) => {
    await markAllRead(ctx.db, ctx.actor.id);
    return { ok: true };
  }),
});
