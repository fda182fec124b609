import { protectedProcedure, publicProcedure, router } from "@/server/trpc/init";
import { notFound } from "@/server/errors";
import { partnerCreateInput, partnerJoinInput, partnerJoinReviewInput, partnerListInput, partnerSlugInput, partnerUpdateInput } from "./input";
import { createPartner, getPartner, listPartners, pendingPartnerJoins, requestToJoinPartner, reviewPartnerJoin, updatePartner } from "./service";

export const partnersRouter = router({
  list: publicProcedure.input(partnerListInput).query(({ ctx, input }) => listPartners(ctx, input)),
  bySlug: publicProcedure.input(partnerSlugInput).query(async ({ ctx, input }) => {
    const partner = await getPartner(ctx, input.slug);
    if (!partner) throw notFound();
    return partner;
  }),
  pendingJoins: protectedProcedure.query(({ ctx }) => pendingPartnerJoins(ctx)),
  create: protectedProcedure.input(partnerCreateInput).mutation(({ ctx, input }) => createPartner(ctx, input)),
  update: protectedProcedure.input(partnerUpdateInput).mutation(({ ctx, input }) => updatePartner(ctx, input)),
  requestJoin: protectedProcedure.input(partnerJoinInput).mutation(({ ctx, input }) => requestToJoinPartner(ctx, input)),
  reviewJoin: protectedProcedure.input(partnerJoinReviewInput).mutation(({ ctx, input }) => reviewPartnerJoin(ctx, input)),
});
