import type { UiLocale } from "@/lib/i18n/config";

// Times are shown in the event's own zone (where it happens) and, when different, the reader's.

/** "14 Jul 2099, 09:00 – 17:00 EDT" in the given zone; multi-day ranges name both days. */
export function formatRange(locale: UiLocale, start: Date, end: Date, timeZone: string): string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
  const zone = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" }).formatToParts(start).find((p) => p.type === "timeZoneName")?.value;
  return `${format.formatRange(start, end)}${zone ? ` ${zone}` : ""}`;
}

export const formatDay = (locale: UiLocale, date: Date, timeZone: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone }).format(date);

export const formatTime = (locale: UiLocale, date: Date, timeZone: string) =>
  new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone }).format(date);

/** The zone's name for a person ("Europe/Paris" → "Europe/Paris (CET)"). */
export function zoneLabel(locale: UiLocale, timeZone: string, at: Date): string {
  const short = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" }).formatToParts(at).find((p) => p.type === "timeZoneName")?.value;
  return short && short !== timeZone ? `${timeZone.replace(/_/g, " ")} (${short})` : timeZone.replace(/_/g, " ");
}

export const modeTone = { ONLINE: "blue", IN_PERSON: "teal", HYBRID: "amber" } as const;
