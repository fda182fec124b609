"use client";
import { useSyncExternalStore } from "react";
import { useI18n } from "@/lib/i18n/client";

/** For values read once from the browser (its time zone): nothing to subscribe to. */
export const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * A session's start in the reader's own time zone, known only in the browser (the server renders
 * nothing, so the page never hydrates with another zone's time). Hidden when it is the session's zone.
 */
export function LocalTime(props: { startsAt: string; sessionZone: string }) {
  const { t, locale } = useI18n();
  const zone = useSyncExternalStore(noSubscription, browserZone, () => null);
  if (!zone || zone === props.sessionZone) return null;
  const text = new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "short", timeZone: zone }).format(new Date(props.startsAt));
  return (
    <p className="text-sm text-slate-700" data-testid="session-local-time">
      {t("exchange.sessions.yourTime", { time: text, zone: zone.replaceAll("_", " ") })}
    </p>
  );
}
