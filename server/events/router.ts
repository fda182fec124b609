import { z } from "zod";
import { notFound } from "@/server/errors";
import { protectedProcedure, publicProcedure, router } from "@/server/trpc/init";
import {
  agendaAddInput,
  agendaRemoveInput,
  agendaReorderInput,
  agendaUpdateInput,
  eventCreateInput,
  eventListInput,
  eventUpdateInput,
  hostAnswerInput,
  hostInviteInput,
  registrationInput,
  statementCreateInput,
  statementSignInput,
  statementUpdateInput,
} from "./input";
import {
  addAgendaItem,
  answerHost,
  cancelRegistration,
  createEvent,
  createStatement,
  getEvent,
  inviteHost,
  listEvents,
  register,
  removeAgendaItem,
  reorderAgenda,
  signStatement,
  updateAgendaItem,
  updateEvent,
  updateStatement,
} from "./service";

export const eventsRouter = router({
  list: publicProcedure.input(eventListInput).query(({ ctx, input }) => listEvents(ctx, input)),
  bySlug: publicProcedure.input(z.object({ slug: z.string().trim().min(1).max(120) })).query(async ({ ctx, input }) => {
    const event = await getEvent(ctx, input.slug);
    if (!event) throw notFound();
    return event;
  }),
  create: protectedProcedure.input(eventCreateInput).mutation(({ ctx, input }) => createEvent(ctx, input)),
  update: protectedProcedure.input(eventUpdateInput).mutation(({ ctx, input }) => updateEvent(ctx, input)),
  inviteHost: protectedProcedure.input(hostInviteInput).mutation(({ ctx, input }) => inviteHost(ctx, input)),
  answerHost: protectedProcedure.input(hostAnswerInput).mutation(({ ctx, input }) => answerHost(ctx, input)),
  addAgendaItem: protectedProcedure.input(agendaAddInput).mutation(({ ctx, input }) => addAgendaItem(ctx, input)),
  updateAgendaItem: protectedProcedure.input(agendaUpdateInput).mutation(({ ctx, input }) => updateAgendaItem(ctx, input)),
  removeAgendaItem: protectedProcedure.input(agendaRemoveInput).mutation(({ ctx, input }) => removeAgendaItem(ctx, input)),
  reorderAgenda: protectedProcedure.input(agendaReorderInput).mutation(({ ctx, input }) => reorderAgenda(ctx, input)),
  register: protectedProcedure.input(registrationInput).mutation(({ ctx, input }) => register(ctx, input)),
  cancelRegistration: protectedProcedure.input(registrationInput).mutation(({ ctx, input }) => cancelRegistration(ctx, input)),
  createStatement: protectedProcedure.input(statementCreateInput).mutation(({ ctx, input }) => createStatement(ctx, input)),
  updateStatement: protectedProcedure.input(statementUpdateInput).mutation(({ ctx, input }) => updateStatement(ctx, input)),
  signStatement: protectedProcedure.input(statementSignInput).mutation(({ ctx, input }) => signStatement(ctx, input)),
});
