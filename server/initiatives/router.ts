import { z } from "zod";
import { notFound } from "@/server/errors";
import { protectedProcedure, publicProcedure, router } from "@/server/trpc/init";
import {
  coOwnerAnswerInput,
  coOwnerInviteInput,
  initiativeCreateInput,
  initiativeListInput,
  initiativeStateInput,
  initiativeUpdateInput,
  proposalAnswerInput,
  proposalInput,
  relationInput,
  similarDraftInput,
} from "./input";
import {
  answerCoOwnership,
  answerProposal,
  createInitiative,
  getInitiative,
  inviteCoOwner,
  listInitiatives,
  markRelation,
  proposeCollaboration,
  setInitiativeState,
  similarToDraft,
  updateInitiative,
} from "./service";

export const initiativesRouter = router({
  list: publicProcedure.input(initiativeListInput).query(({ ctx, input }) => listInitiatives(ctx, input)),
  bySlug: publicProcedure.input(z.object({ slug: z.string().trim().min(1).max(120) })).query(async ({ ctx, input }) => {
    const page = await getInitiative(ctx, input.slug);
    if (!page) throw notFound();
    return page;
  }),
  create: protectedProcedure.input(initiativeCreateInput).mutation(({ ctx, input }) => createInitiative(ctx, input)),
  update: protectedProcedure.input(initiativeUpdateInput).mutation(({ ctx, input }) => updateInitiative(ctx, input)),
  setState: protectedProcedure.input(initiativeStateInput).mutation(({ ctx, input }) => setInitiativeState(ctx, input)),
  inviteCoOwner: protectedProcedure.input(coOwnerInviteInput).mutation(({ ctx, input }) => inviteCoOwner(ctx, input)),
  answerCoOwnership: protectedProcedure.input(coOwnerAnswerInput).mutation(({ ctx, input }) => answerCoOwnership(ctx, input)),
  similarToDraft: protectedProcedure.input(similarDraftInput).query(({ ctx, input }) => similarToDraft(ctx, input)),
  proposeCollaboration: protectedProcedure.input(proposalInput).mutation(({ ctx, input }) => proposeCollaboration(ctx, input)),
  answerProposal: protectedProcedure.input(proposalAnswerInput).mutation(({ ctx, input }) => answerProposal(ctx, input)),
  markRelation: protectedProcedure.input(relationInput).mutation(({ ctx, input }) => markRelation(ctx, input)),
});
