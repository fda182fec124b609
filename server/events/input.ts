import { z } from "zod";
import { language, optionalUrl, versionField } from "@/server/knowledge/input";
import { canonicalTimeZone, isTimeZone } from "@/lib/time-zones";

// Messages are catalog keys in the "events" namespace.

export const eventModes = ["ONLINE", "IN_PERSON", "HYBRID"] as const;
export const MAX_CAPACITY = 100_000;

const localDateTime = z
  .string("events.errors.dateTimeInvalid")
  .trim()
  .refine((v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}:00Z`)), "events.errors.dateTimeInvalid");

const fields = {
  title: z.string().trim().min(3, "events.errors.titleRequired").max(200, "events.errors.titleTooLong"),
  summary: z.string().trim().min(10, "events.errors.summaryRequired").max(600, "events.errors.summaryTooLong"),
  description: z.string().trim().max(20_000, "events.errors.descriptionTooLong").default(""),
  mode: z.enum(eventModes, "events.errors.modeRequired"),
  location: z.string().trim().max(300, "events.errors.locationTooLong").nullable().optional().transform((v) => v || null),
  onlineUrl: optionalUrl("events.errors.urlInvalid"),
  /** Wall-clock times in `timeZone`, as a datetime-local input gives them. */
  startsAt: localDateTime,
  endsAt: localDateTime,
  timeZone: z
    .string()
    .trim()
    .max(64, "events.errors.timeZoneInvalid")
    .refine(isTimeZone, "events.errors.timeZoneInvalid")
    .transform((zone) => canonicalTimeZone(zone) ?? zone),
  capacity: z
    .number("events.errors.capacityInvalid")
    .int("events.errors.capacityInvalid")
    .min(1, "events.errors.capacityInvalid")
    .max(MAX_CAPACITY, "events.errors.capacityInvalid")
    .nullable()
    .default(null),
  language,
  sourceUrl: optionalUrl("events.errors.urlInvalid"),
};

type Checked = { mode: (typeof eventModes)[number]; location: string | null; onlineUrl: string | null; startsAt: string; endsAt: string };

// Same-zone wall-clock strings compare in time order.
function checkEvent(v: Checked, ctx: z.RefinementCtx) {
  if (v.endsAt <= v.startsAt) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "events.errors.endBeforeStart" });
  if (v.mode !== "ONLINE" && !v.location) ctx.addIssue({ code: "custom", path: ["location"], message: "events.errors.locationRequired" });
  if (v.mode !== "IN_PERSON" && !v.onlineUrl) ctx.addIssue({ code: "custom", path: ["onlineUrl"], message: "events.errors.onlineUrlRequired" });
}

export const eventCreateInput = z.object({ ...fields, networkId: z.string().min(1) }).superRefine(checkEvent);
export type EventCreateInput = z.input<typeof eventCreateInput>;
export type EventFields = Omit<z.output<typeof eventCreateInput>, "networkId">;

export const eventUpdateInput = z.object({ ...fields, eventId: z.string().min(1), version: versionField }).superRefine(checkEvent);
export type EventUpdateInput = z.input<typeof eventUpdateInput>;

export const hostInviteInput = z.object({ eventId: z.string().min(1), networkSlug: z.string().trim().min(1, "events.errors.networkRequired").max(120) });
export const hostAnswerInput = z.object({ eventId: z.string().min(1), networkId: z.string().min(1), accept: z.boolean() });

const agendaFields = {
  title: z.string().trim().min(2, "events.errors.agendaTitleRequired").max(200, "events.errors.titleTooLong"),
  description: z.string().trim().max(2000, "events.errors.agendaDescriptionTooLong").nullable().optional().transform((v) => v || null),
  /** Wall-clock time in the event's zone, or none. */
  startsAt: localDateTime.nullable().optional().transform((v) => v || null),
};
export const agendaAddInput = z.object({ eventId: z.string().min(1), ...agendaFields });
export const agendaUpdateInput = z.object({ itemId: z.string().min(1), ...agendaFields });
export const agendaRemoveInput = z.object({ itemId: z.string().min(1) });
export const agendaReorderInput = z.object({ eventId: z.string().min(1), itemIds: z.array(z.string().min(1)).min(1).max(200) });

export const registrationInput = z.object({ eventId: z.string().min(1) });

const statementFields = {
  title: z.string().trim().min(3, "events.errors.titleRequired").max(200, "events.errors.titleTooLong"),
  body: z.string().trim().min(50, "events.errors.statementBodyRequired").max(30_000, "events.errors.statementBodyTooLong"),
  language,
};
export const statementCreateInput = z.object({ eventId: z.string().min(1), ...statementFields });
export type StatementCreateInput = z.input<typeof statementCreateInput>;
export const statementUpdateInput = z.object({ statementId: z.string().min(1), version: versionField, ...statementFields });
export type StatementUpdateInput = z.input<typeof statementUpdateInput>;
export const statementSignInput = z.object({ statementId: z.string().min(1), networkId: z.string().min(1) });

/** The /events query string: unknown values fall back to no filter. */
export const eventListInput = z.object({
  when: z.enum(["upcoming", "past"]).catch("upcoming").default("upcoming"),
  mode: z.string().trim().toUpperCase().pipe(z.enum(eventModes)).optional().catch(undefined),
  network: z.string().trim().max(120).optional().catch(undefined).transform((v) => v || undefined),
  cursor: z.string().trim().max(200).optional().catch(undefined).transform((v) => v || undefined),
});
export type EventListInput = z.input<typeof eventListInput>;
