import { protectedProcedure, router } from "@/server/trpc/init";
import { outboxListInput, outboxMailInput, peopleSearchInput, roleChangeInput } from "./input";
import { dashboardCounts, getOutboxMail, grantRole, listOutbox, revokeRole, searchPeople } from "./service";

export const adminRouter = router({
  dashboard: protectedProcedure.query(({ ctx }) => dashboardCounts(ctx)),
  outbox: router({
    list: protectedProcedure.input(outboxListInput).query(({ ctx, input }) => listOutbox(ctx, input)),
    get: protectedProcedure.input(outboxMailInput).query(({ ctx, input }) => getOutboxMail(ctx, input)),
  }),
  people: router({
    search: protectedProcedure.input(peopleSearchInput).query(({ ctx, input }) => searchPeople(ctx, input)),
    grantRole: protectedProcedure.input(roleChangeInput).mutation(({ ctx, input }) => grantRole(ctx, input)),
    revokeRole: protectedProcedure.input(roleChangeInput).mutation(({ ctx, input }) => revokeRole(ctx, input)),
  }),
});
