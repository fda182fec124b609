import { protectedProcedure, router } from "@/server/trpc/init";
import {
  commentHideInput,
  commentInput,
  endorseInput,
  frameworkCreateInput,
  frameworkUpdateInput,
  mappingDecideInput,
  mappingProposeInput,
  pillarAddInput,
  pillarMoveInput,
  pillarRemoveInput,
  pillarUpdateInput,
  withdrawInput,
} from "./input";
import {
  addComment,
  addPillar,
  createFramework,
  decideMapping,
  endorseFramework,
  hideComment,
  movePillar,
  proposeMapping,
  removePillar,
  updateFramework,
  updatePillar,
  withdrawEndorsement,
} from "./service";

// Pages read frameworks on the server through the service; the router carries the mutations.
export const frameworksRouter = router({
  create: protectedProcedure.input(frameworkCreateInput).mutation(({ ctx, input }) => createFramework(ctx, input)),
  update: protectedProcedure.input(frameworkUpdateInput).mutation(({ ctx, input }) => updateFramework(ctx, input)),
  addPillar: protectedProcedure.input(pillarAddInput).mutation(({ ctx, input }) => addPillar(ctx, input)),
  updatePillar: protectedProcedure.input(pillarUpdateInput).mutation(({ ctx, input }) => updatePillar(ctx, input)),
  movePillar: protectedProcedure.input(pillarMoveInput).mutation(({ ctx, input }) => movePillar(ctx, input)),
  removePillar: protectedProcedure.input(pillarRemoveInput).mutation(({ ctx, input }) => removePillar(ctx, input)),
  endorse: protectedProcedure.input(endorseInput).mutation(({ ctx, input }) => endorseFramework(ctx, input)),
  withdraw: protectedProcedure.input(withdrawInput).mutation(({ ctx, input }) => withdrawEndorsement(ctx, input)),
  proposeMapping: protectedProcedure.input(mappingProposeInput).mutation(({ ctx, input }) => proposeMapping(ctx, input)),
  decideMapping: protectedProcedure.input(mappingDecideInput).mutation(({ ctx, input }) => decideMapping(ctx, input)),
  comment: protectedProcedure.input(commentInput).mutation(({ ctx, input }) => addComment(ctx, input)),
  hideComment: protectedProcedure.input(commentHideInput).mutation(({ ctx, input }) => hideComment(ctx, input)),
});
