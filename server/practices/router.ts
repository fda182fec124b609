import { z } from "zod";
import { notFound } from "@/server/errors";
import { protectedProcedure, publicProcedure, router } from "@/server/trpc/init";
import { adoptionInput, practiceCreateInput, practiceListInput, practiceStateInput, practiceUpdateInput } from "./input";
import { createPractice, getPractice, listPractices, recordAdoption, removeAdoption, setPracticeState, updatePractice } from "./service";

export const practicesRouter = router({
  list: publicProcedure.input(practiceListInput).query(({ ctx, input }) => listPractices(ctx, input)),
  bySlug: publicProcedure.input(z.object({ slug: z.string().trim().min(1).max(120) })).query(async ({ ctx, input }) => {
    const page = await getPractice(ctx, input.slug);
    if (!page) throw notFound();
    return page;
  }),
  create: protectedProcedure.input(practiceCreateInput).mutation(({ ctx, input }) => createPractice(ctx, input)),
  update: protectedProcedure.input(practiceUpdateInput).mutation(({ ctx, input }) => updatePractice(ctx, input)),
  setState: protectedProcedure.input(practiceStateInput).mutation(({ ctx, input }) => setPracticeState(ctx, input)),
  recordAdoption: protectedProcedure.input(adoptionInput).mutation(({ ctx, input }) => recordAdoption(ctx, input)),
  removeAdoption: protectedProcedure.input(z.object({ adoptionId: z.string().min(1) })).mutation(({ ctx, input }) => removeAdoption(ctx, input.adoptionId)),
});
