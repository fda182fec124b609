import { z } from "zod";
import { versionField } from "@/server/knowledge/input";
import { optionalText } from "@/server/query-input";
import { canonicalTimeZone, isTimeZone } from "@/lib/time-zones";

// What the exchange forms and pages send. Messages are catalog keys in the "exchange" namespace.

export const exchangeTopics = [
  "GOVERNANCE",
  "MEMBERSHIP_FEES",
  "FINANCE_FUNDRAISING",
  "MONITORING_REPORTING",
  "COMMUNICATIONS",
  "EVENTS",
  "DIGITAL_TOOLS",
  "PARTNERSHIPS",
  "OTHER",
] as const;
export const exchangeFormats = ["CALL", "WEBINAR", "STUDY_VISIT", "SECONDMENT"] as const;
export type ExchangeTopicValue = (typeof exchangeTopics)[number];
export type ExchangeFormatValue = (typeof exchangeFormats)[number];

export const EXCHANGE_PAGE_SIZE = 12;

const id = z.string().min(1).max(64);
const topic = z.enum(exchangeTopics, "exchange.errors.topicRequired");
const format = z.enum(exchangeFormats, "exchange.errors.formatRequired");
/** A calendar date as YYYY-MM-DD that exists. */
const day = z
  .string("exchange.errors.dateInvalid")
  .trim()
  .refine((v) => {
    const time = /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(`${v}T00:00:00Z`) : NaN;
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(v);
  }, "exchange.errors.dateInvalid");
const title = z.string().trim().min(5, "exchange.errors.titleRequired").max(200, "exchange.errors.titleTooLong");

const requestFields = {
  topic,
  format,
  title,
  description: z.string().trim().min(20, "exchange.errors.descriptionRequired").max(5000, "exchange.errors.descriptionTooLong"),
  windowStart: day,
  windowEnd: day,
};

// YYYY-MM-DD strings compare in date order.
const windowInOrder = (v: { windowStart: string; windowEnd: string }) => v.windowEnd >= v.windowStart;
const windowRule = { path: ["windowEnd"], message: "exchange.errors.windowOrder" };

export const requestCreateInput = z.object({ ...requestFields, networkId: id }).refine(windowInOrder, windowRule);
export type RequestCreateInput = z.input<typeof requestCreateInput>;

export const requestUpdateInput = z.object({ ...requestFields, requestId: id, version: versionField }).refine(windowInOrder, windowRule);
export type RequestUpdateInput = z.input<typeof requestUpdateInput>;

export const requestCloseInput = z.object({ requestId: id, version: versionField });
export type RequestCloseInput = z.input<typeof requestCloseInput>;

export const offerInput = z.object({
  requestId: id,
  networkId: id,
  message: z.string().trim().min(10, "exchange.errors.messageRequired").max(2000, "exchange.errors.messageTooLong"),
});
export type OfferInput = z.input<typeof offerInput>;

export const offerAnswerInput = z.object({ offerId: id, accept: z.boolean() });
export type OfferAnswerInput = z.input<typeof offerAnswerInput>;

export const sessionInput = z.object({
  requestId: id,
  version: versionField,
  date: day,
  time: z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "exchange.errors.timeInvalid"),
  timeZone: z
    .string()
    .trim()
    .max(64, "exchange.errors.timeZoneInvalid")
    .refine(isTimeZone, "exchange.errors.timeZoneInvalid")
    .transform((zone) => canonicalTimeZone(zone) ?? zone),
  durationMinutes: z.number("exchange.errors.durationInvalid").int("exchange.errors.durationInvalid").min(15, "exchange.errors.durationInvalid").max(480, "exchange.errors.durationInvalid"),
  format,
  notes: z.string().trim().max(2000, "exchange.errors.notesTooLong").nullable().optional().transform((v) => v || null),
  participantIds: z.array(id).min(2, "exchange.errors.participantsRequired").max(40, "exchange.errors.tooManyParticipants"),
});
export type SessionInput = z.input<typeof sessionInput>;

export const learningInput = z.object({
  requestId: id,
  networkId: id,
  sessionId: id.optional().nullable().transform((v) => v || null),
  title,
  body: z.string().trim().min(20, "exchange.errors.bodyRequired").max(20_000, "exchange.errors.bodyTooLong"),
  internal: z.boolean().default(false),
});
export type LearningInput = z.input<typeof learningInput>;

export const standingOfferInput = z.object({
  networkId: id,
  topic,
  title,
  description: z.string().trim().min(20, "exchange.errors.descriptionRequired").max(2000, "exchange.errors.descriptionTooLong"),
  formats: z.array(format).min(1, "exchange.errors.formatsRequired").max(4),
});
export type StandingOfferInput = z.input<typeof standingOfferInput>;

export const standingOfferActiveInput = z.object({ standingOfferId: id, active: z.boolean() });
export type StandingOfferActiveInput = z.input<typeof standingOfferActiveInput>;

const listStatuses = ["active", "completed", "closed", "all"] as const;

/** The /exchange query string: unknown values fall back to no filter. */
export const requestListInput = z.object({
  topic: z.string().trim().toUpperCase().pipe(topic).optional().catch(undefined),
  format: z.string().trim().toUpperCase().pipe(format).optional().catch(undefined),
  status: z.string().optional().transform((v) => listStatuses.find((s) => s === v) ?? "active"),
  /** A network's slug: only its requests (a network profile's "See all"). */
  network: optionalText(120),
  cursor: optionalText(200),
});
export type RequestListInput = z.input<typeof requestListInput>;
