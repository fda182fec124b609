import { notFound } from "@/server/errors";
import { protectedProcedure, publicProcedure, router } from "@/server/trpc/init";
import {
  claimReviewInput,
  networkClaimInput,
  networkListInput,
  networkRegisterInput,
  networkReviewInput,
  networkSlugInput,
  networkUpdateInput,
  pendingQueueInput,
} from "./input";
import {
  claimNetwork,
  getNetwork,
  listNetworks,
  listThemes,
  networkFacets,
  pendingQueue,
  registerNetwork,
  reviewClaim,
  reviewNetwork,
  updateNetwork,
} from "./service";

export const networksRouter = router({
  list: publicProcedure.input(networkListInput).query(({ ctx, input }) => listNetworks(ctx, input)),
  facets: publicProcedure.query(({ ctx }) => networkFacets(ctx)),
  themes: publicProcedure.query(({ ctx }) => listThemes(ctx)),
  bySlug: publicProcedure.input(networkSlugInput).query(async ({ ctx, input }) => {
    const page = await getNetwork(ctx, input.slug);
    if (!page) throw notFound();
    return page;
  }),
  register: protectedProcedure.input(networkRegisterInput).mutation(({ ctx, input }) => registerNetwork(ctx, input)),
  update: protectedProcedure.input(networkUpdateInput).mutation(({ ctx, input }) => updateNetwork(ctx, input)),
  claim: protectedProcedure.input(networkClaimInput).mutation(({ ctx, input }) => claimNetwork(ctx, input)),
  review: protectedProcedure.input(networkReviewInput).mutation(({ ctx, input }) => reviewNetwork(ctx, input)),
  reviewClaim: protectedProcedure.input(claimReviewInput).mutation(({ ctx, input }) => reviewClaim(ctx, input)),
  pendingQueue: protectedProcedure.input(pendingQueueInput).query(({ ctx, input }) => pendingQueue(ctx, input)),
});
