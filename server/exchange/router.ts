import { z } from "zod";
import { notFound } from "@/server/errors";
import { protectedProcedure, publicProcedure, router } from "@/server/trpc/init";
import {
  learningInput,
  offerAnswerInput,
  offerInput,
  requestCloseInput,
  requestCreateInput,
  requestListInput,
  requestUpdateInput,
  sessionInput,
  standingOfferActiveInput,
  standingOfferInput,
} from "./input";
import {
  answerOffer,
  closeRequest,
  createRequest,
  getRequest,
  listRequests,
  makeOffer,
  postStandingOffer,
  recordLearning,
  scheduleSession,
  setStandingOfferActive,
  suggestSecretariats,
  updateRequest,
} from "./service";

export const exchangeRouter = router({
  list: publicProcedure.input(requestListInput).query(({ ctx, input }) => listRequests(ctx.db, input)),
  bySlug: publicProcedure.input(z.object({ slug: z.string().trim().min(1).max(120) })).query(async ({ ctx, input }) => {
    const request = await getRequest(ctx, input.slug);
    if (!request) throw notFound();
    return request;
  }),
  suggestions: publicProcedure.input(z.object({ slug: z.string().trim().min(1).max(120) })).query(async ({ ctx, input }) => {
    const request = await ctx.db.exchangeRequest.findUnique({ where: { slug: input.slug }, select: { id: true, networkId: true, topic: true } });
    if (!request) throw notFound();
    return suggestSecretariats(ctx.db, request);
  }),
  create: protectedProcedure.input(requestCreateInput).mutation(({ ctx, input }) => createRequest(ctx, input)),
  update: protectedProcedure.input(requestUpdateInput).mutation(({ ctx, input }) => updateRequest(ctx, input)),
  close: protectedProcedure.input(requestCloseInput).mutation(({ ctx, input }) => closeRequest(ctx, input)),
  offer: protectedProcedure.input(offerInput).mutation(({ ctx, input }) => makeOffer(ctx, input)),
  answerOffer: protectedProcedure.input(offerAnswerInput).mutation(({ ctx, input }) => answerOffer(ctx, input)),
  schedule: protectedProcedure.input(sessionInput).mutation(({ ctx, input }) => scheduleSession(ctx, input)),
  recordLearning: protectedProcedure.input(learningInput).mutation(({ ctx, input }) => recordLearning(ctx, input)),
  postStandingOffer: protectedProcedure.input(standingOfferInput).mutation(({ ctx, input }) => postStandingOffer(ctx, input)),
  setStandingOfferActive: protectedProcedure.input(standingOfferActiveInput).mutation(({ ctx, input }) => setStandingOfferActive(ctx, input)),
});
