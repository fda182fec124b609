import { protectedProcedure, router } from "@/server/trpc/init";
import { flagInput, hideInput, moveInput, networkUndoInput, postInput, suspendInput, threadInput, userInput, warnInput } from "./input";
import {
  dismissFlags,
  flagPost,
  hidePost,
  liftSuspension,
  lockThread,
  moveTargets,
  moveThread,
  pinThread,
  restorePost,
  suspendUser,
  unlockThread,
  unpinThread,
  warnUser,
} from "./service";
import { undoDismissFlags, undoNetworkReview } from "./undo";

export const moderationRouter = router({
  flag: protectedProcedure.input(flagInput).mutation(({ ctx, input }) => flagPost(ctx, input)),
  hidePost: protectedProcedure.input(hideInput).mutation(({ ctx, input }) => hidePost(ctx, input)),
  restorePost: protectedProcedure.input(postInput).mutation(({ ctx, input }) => restorePost(ctx, input)),
  dismissFlags: protectedProcedure.input(postInput).mutation(({ ctx, input }) => dismissFlags(ctx, input)),
  undoDismissFlags: protectedProcedure.input(postInput).mutation(({ ctx, input }) => undoDismissFlags(ctx, input)),
  undoNetworkReview: protectedProcedure.input(networkUndoInput).mutation(({ ctx, input }) => undoNetworkReview(ctx, input)),
  warn: protectedProcedure.input(warnInput).mutation(({ ctx, input }) => warnUser(ctx, input)),
  suspend: protectedProcedure.input(suspendInput).mutation(({ ctx, input }) => suspendUser(ctx, input)),
  liftSuspension: protectedProcedure.input(userInput).mutation(({ ctx, input }) => liftSuspension(ctx, input)),
  lockThread: protectedProcedure.input(threadInput).mutation(({ ctx, input }) => lockThread(ctx, input)),
  unlockThread: protectedProcedure.input(threadInput).mutation(({ ctx, input }) => unlockThread(ctx, input)),
  pinThread: protectedProcedure.input(threadInput).mutation(({ ctx, input }) => pinThread(ctx, input)),
  unpinThread: protectedProcedure.input(threadInput).mutation(({ ctx, input }) => unpinThread(ctx, input)),
  moveTargets: protectedProcedure.query(({ ctx }) => moveTargets(ctx)),
  moveThread: protectedProcedure.input(moveInput).mutation(({ ctx, input }) => moveThread(ctx, input)),
});
