import { z } from "zod";
import { notFound } from "@/server/errors";
import { protectedProcedure, publicProcedure, router } from "@/server/trpc/init";
import {
  challengeCreateInput,
  challengeListInput,
  challengeStatusInput,
  challengeUpdateInput,
  offerInput,
  practiceChoiceInput,
  responseInput,
  supportInput,
  withdrawSupportInput,
} from "./input";
import {
  createChallenge,
  getChallenge,
  listChallenges,
  offerHelp,
  practiceChoices,
  respondToChallenge,
  setChallengeStatus,
  supportChallenge,
  updateChallenge,
  withdrawSupport,
} from "./service";

export const challengesRouter = router({
  list: publicProcedure.input(challengeListInput).query(({ ctx, input }) => listChallenges(ctx, input)),
  bySlug: publicProcedure.input(z.object({ slug: z.string().trim().min(1).max(120) })).query(async ({ ctx, input }) => {
    const challenge = await getChallenge(ctx, input.slug);
    if (!challenge) throw notFound();
    return challenge;
  }),
  create: protectedProcedure.input(challengeCreateInput).mutation(({ ctx, input }) => createChallenge(ctx, input)),
  update: protectedProcedure.input(challengeUpdateInput).mutation(({ ctx, input }) => updateChallenge(ctx, input)),
  setStatus: protectedProcedure.input(challengeStatusInput).mutation(({ ctx, input }) => setChallengeStatus(ctx, input)),
  support: protectedProcedure.input(supportInput).mutation(({ ctx, input }) => supportChallenge(ctx, input)),
  withdrawSupport: protectedProcedure.input(withdrawSupportInput).mutation(({ ctx, input }) => withdrawSupport(ctx, input)),
  offerHelp: protectedProcedure.input(offerInput).mutation(({ ctx, input }) => offerHelp(ctx, input)),
  respond: protectedProcedure.input(responseInput).mutation(({ ctx, input }) => respondToChallenge(ctx, input)),
  practiceChoices: protectedProcedure.input(practiceChoiceInput).query(({ ctx, input }) => practiceChoices(ctx, input)),
});
