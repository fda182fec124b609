import { z } from "zod";
import { notFound } from "@/server/errors";
import { protectedProcedure, publicProcedure, router } from "@/server/trpc/init";
import {
  acceptInput,
  draftKeyInput,
  draftSaveInput,
  editPostInput,
  followCategoryInput,
  followThreadInput,
  likeInput,
  mentionQueryInput,
  postIdInput,
  postListInput,
  replyInput,
  threadCreateInput,
  threadListInput,
} from "./input";
import { listPosts, listThreads, postHistory } from "./read";
import {
  acceptAnswer,
  createThread,
  deleteDraft,
  deletePost,
  editPost,
  followCategory,
  followThread,
  getDraft,
  mentionCandidates,
  reply,
  saveDraft,
  setLike,
} from "./service";

export const forumRouter = router({
  threads: publicProcedure.input(threadListInput).query(({ ctx, input }) => listThreads(ctx, input)),
  posts: publicProcedure.input(postListInput).query(({ ctx, input }) => listPosts(ctx, input)),
  history: publicProcedure.input(z.object({ postId: z.string().min(1).max(64) })).query(async ({ ctx, input }) => {
    const history = await postHistory(ctx, input.postId);
    if (!history) throw notFound();
    return history;
  }),
  createThread: protectedProcedure.input(threadCreateInput).mutation(({ ctx, input }) => createThread(ctx, input)),
  reply: protectedProcedure.input(replyInput).mutation(({ ctx, input }) => reply(ctx, input)),
  editPost: protectedProcedure.input(editPostInput).mutation(({ ctx, input }) => editPost(ctx, input)),
  deletePost: protectedProcedure.input(postIdInput).mutation(({ ctx, input }) => deletePost(ctx, input)),
  like: protectedProcedure.input(likeInput).mutation(({ ctx, input }) => setLike(ctx, input)),
  accept: protectedProcedure.input(acceptInput).mutation(({ ctx, input }) => acceptAnswer(ctx, input)),
  followThread: protectedProcedure.input(followThreadInput).mutation(({ ctx, input }) => followThread(ctx, input)),
  followCategory: protectedProcedure.input(followCategoryInput).mutation(({ ctx, input }) => followCategory(ctx, input)),
  draft: protectedProcedure.input(draftKeyInput).query(({ ctx, input }) => getDraft(ctx, input)),
  saveDraft: protectedProcedure.input(draftSaveInput).mutation(({ ctx, input }) => saveDraft(ctx, input)),
  deleteDraft: protectedProcedure.input(draftKeyInput).mutation(({ ctx, input }) => deleteDraft(ctx, input)),
  mentions: protectedProcedure.input(mentionQueryInput).query(({ ctx, input }) => mentionCandidates(ctx, input)),
});
