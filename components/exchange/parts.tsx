import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { UiLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { ExchangeFormat, ExchangeStatus, ExchangeTopic } from "@/server/db/generated/client";

// Small server-rendered pieces shared by the exchange pages.

export const statusTone = { OPEN: "teal", SCHEDULED: "blue", COMPLETED: "green", CLOSED: "neutral" } as const satisfies Record<ExchangeStatus, string>;

export function StatusBadge({ status, t }: { status: ExchangeStatus; t: Translate }) {
  return (
    <Badge tone={statusTone[status]} data-testid="exchange-status">
      {t(`exchange.status.${status}`)}
    </Badge>
  );
}

export const networkLabel = (n: { name: string; acronym: string | null }) => n.acronym ?? n.name;

export const dayText = (date: Date, locale: UiLocale) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(date);

export type RequestCardData = {
  id: string;
  slug: string;
  title: string;
  topic: ExchangeTopic;
  format: ExchangeFormat;
  status: ExchangeStatus;
  windowStart: Date;
  windowEnd: Date;
  network: { slug: string; name: string; acronym: string | null };
  _count: { offers: number; sessions: number };
};

export function RequestCard({ request, t, locale }: { request: RequestCardData; t: Translate; locale: UiLocale }) {
  return (
    <li className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm transition-colors hover:border-teal-300" data-testid="exchange-request">
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <Badge tone="amber">{t(`exchange.topics.${request.topic}`)}</Badge>
        <Badge>{t(`exchange.formats.${request.format}`)}</Badge>
        <StatusBadge status={request.status} t={t} />
      </div>
      <h3 className="text-base font-semibold leading-snug">
        <Link href={`/exchange/${request.slug}`} className="text-teal-900 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-teal-700">
          {request.title}
        </Link>
      </h3>
      <p className="text-sm text-slate-700">
        {t("exchange.card.askedBy", { network: networkLabel(request.network) })} ·{" "}
        {t("exchange.card.window", { start: dayText(request.windowStart, locale), end: dayText(request.windowEnd, locale) })}
      </p>
      <p className="mt-auto text-xs text-slate-600">
        {t("exchange.card.counts", { offers: request._count.offers, sessions: request._count.sessions })}
      </p>
    </li>
  );
}
