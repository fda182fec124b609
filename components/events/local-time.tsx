"use client";
import { useSyncExternalStore } from "react";
import { useI18n } from "@/lib/i18n/client";

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const unknownOnServer = () => null;

/**
 * The event's times in the reader's own zone. The server cannot know that zone, so this renders
 * only in the browser, and says nothing when the reader's clock already matches the event's zone.
 */
export function LocalTime(props: { start: string; end: string; eventZone: string }) {
  const { t, locale } = useI18n();
  const zone = useSyncExternalStore(noSubscription, browserZone, unknownOnServer);
  if (!zone) return null;
  const start = new Date(props.start);
  const end = new Date(props.end);
  const offset = (z: string) => new Intl.DateTimeFormat("en-US", { timeZone: z, timeZoneName: "longOffset" }).format(start);
  if (zone === props.eventZone || offset(zone) === offset(props.eventZone)) return null;
  const range = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).formatRange(start, end);
  return (
    <p className="text-sm text-slate-600" data-testid="local-time">
      {t("events.detail.yourTime", { range, zone: zone.replace(/_/g, " ") })}
    </p>
  );
}
