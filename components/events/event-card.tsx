import Link from "next/link";
import { networkLabel } from "@/components/initiatives/similar-list";
import { Badge } from "@/components/ui/badge";
import type { UiLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { EventCard as Card } from "@/server/events/service";
import { formatRange, modeTone } from "./format";
import { SeatsBadge } from "./seats";

export function EventCard({ event, t, locale, now }: { event: Card; t: Translate; locale: UiLocale; now: Date }) {
  const ended = event.endsAt < now;
  const lang = event.language === "zh" ? "zh-CN" : event.language;
  return (
    <li className="flex min-w-0 flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <p className="text-sm font-medium text-teal-900">
        <time dateTime={event.startsAt.toISOString()}>{formatRange(locale, event.startsAt, event.endsAt, event.timeZone)}</time>
      </p>
      <h3 className="text-base font-semibold leading-snug" lang={lang}>
        <Link href={`/events/${event.slug}`} className="text-slate-900 hover:text-teal-800 hover:underline">
          {event.title}
        </Link>
      </h3>
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">
        {t("events.card.hostedBy", { hosts: event.hosts.map((h) => networkLabel(h.network)).join(" · ") })}
      </p>
      <p className="line-clamp-3 text-sm text-slate-700" lang={lang}>
        {event.summary}
      </p>
      <div className="mt-auto flex flex-wrap items-center gap-1.5 pt-1">
        <Badge tone={modeTone[event.mode]}>{t(`events.mode.${event.mode}`)}</Badge>
        {/* A venue can be long: it wraps instead of widening the card past a phone's screen. */}
        {event.location ? <Badge className="whitespace-normal">{event.location}</Badge> : null}
        {ended ? <Badge>{t("events.detail.ended")}</Badge> : <SeatsBadge capacity={event.capacity} taken={event.confirmedCount} t={t} />}
        {event._count.statements ? <Badge tone="green">{t("events.card.statements", { count: event._count.statements })}</Badge> : null}
      </div>
    </li>
  );
}
