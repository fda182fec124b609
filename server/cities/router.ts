import { protectedProcedure, publicProcedure, router } from "@/server/trpc/init";
import { notFound } from "@/server/errors";
import { cityClaimInput, cityListInput, cityReviewInput, citySlugInput, cityUpdateInput } from "./input";
import { claimCity, cityFacets, getCity, listCities, mostConnectedCities, pendingCityClaims, reviewCityClaim, updateCity } from "./service";

export const citiesRouter = router({
  list: publicProcedure.input(cityListInput).query(({ ctx, input }) => listCities(ctx, input)),
  facets: publicProcedure.query(({ ctx }) => cityFacets(ctx)),
  mostConnected: publicProcedure.query(({ ctx }) => mostConnectedCities(ctx)),
  bySlug: publicProcedure.input(citySlugInput).query(async ({ ctx, input }) => {
    const city = await getCity(ctx, input.slug);
    if (!city) throw notFound();
    return city;
  }),
  pendingClaims: protectedProcedure.query(({ ctx }) => pendingCityClaims(ctx)),
  claim: protectedProcedure.input(cityClaimInput).mutation(({ ctx, input }) => claimCity(ctx, input)),
  reviewClaim: protectedProcedure.input(cityReviewInput).mutation(({ ctx, input }) => reviewCityClaim(ctx, input)),
  update: protectedProcedure.input(cityUpdateInput).mutation(({ ctx, input }) => updateCity(ctx, input)),
});
