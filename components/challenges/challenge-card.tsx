import Link from "next/link";
import { themeName } from "@/components/networks/labels";
import { Badge } from "@/components/ui/badge";
import type { UiLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { markdownToText } from "@/lib/markdown/render";
import type { ChallengeCard as Card } from "@/server/challenges/service";

export const urgencyTone = { LOW: "neutral", MEDIUM: "blue", HIGH: "amber", CRITICAL: "red" } as const;
export const challengeStatusTone = { OPEN: "green", ADDRESSED: "teal", CLOSED: "neutral" } as const;

export const contentLang = (language: string) => (language === "zh" ? "zh-CN" : language);

export function supportText(t: Translate, count: number) {
  if (count === 0) return t("challenges.card.supportsNone");
  return t("challenges.card.supports", { count });
}

/** One row of the agenda: rank, city support, urgency and whether any network has responded. */
export function ChallengeCard({ challenge, rank, t, locale }: { challenge: Card; rank?: number; t: Translate; locale: UiLocale }) {
  const unanswered = challenge.responseCount === 0;
  return (
    <li
      className={`flex gap-4 rounded-lg border bg-white p-4 shadow-sm ${unanswered && challenge.status === "OPEN" ? "border-amber-300" : "border-slate-200"}`}
      data-testid="challenge-card"
      data-slug={challenge.slug}
    >
      <div className="flex w-16 shrink-0 flex-col items-center justify-start rounded-md bg-teal-50 px-2 py-2 text-center ring-1 ring-teal-100">
        {rank ? <span className="text-xs font-medium text-teal-800">{t("challenges.card.rank", { rank })}</span> : null}
        <span className="text-2xl font-bold leading-tight text-teal-900" aria-hidden="true">
          {challenge.supportCount}
        </span>
        <span className="sr-only">{supportText(t, challenge.supportCount)}</span>
        <span aria-hidden="true" className="text-[0.7rem] uppercase tracking-wide text-teal-800">
          {t("challenges.card.supportLabel")}
        </span>
      </div>
      <div className="min-w-0 flex-1 space-y-2" lang={contentLang(challenge.language)}>
        <div className="flex flex-wrap items-center gap-2 text-xs">
          <Badge tone={urgencyTone[challenge.urgency]}>{t(`challenges.urgency.${challenge.urgency}`)}</Badge>
          {challenge.status !== "OPEN" ? <Badge tone={challengeStatusTone[challenge.status]}>{t(`challenges.status.${challenge.status}`)}</Badge> : null}
          <Link href={`/cities/${challenge.city.slug}`} className="font-semibold uppercase tracking-wide text-slate-600 hover:text-teal-800 hover:underline">
            {challenge.city.name}
          </Link>
        </div>
        <h3 className="text-base font-semibold leading-snug">
          <Link href={`/challenges/${challenge.slug}`} className="text-slate-900 hover:text-teal-800 hover:underline">
            {challenge.title}
          </Link>
        </h3>
        <p className="line-clamp-2 text-sm text-slate-700">
          <span className="font-medium text-slate-800">{t("challenges.card.helpNeeded")}</span> {markdownToText(challenge.helpNeeded)}
        </p>
        <div className="flex flex-wrap items-center gap-1.5">
          {challenge.themes.map(({ theme }) => (
            <Badge key={theme.slug} tone="teal">
              {themeName(theme, locale)}
            </Badge>
          ))}
        </div>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <span className="text-slate-700">{supportText(t, challenge.supportCount)}</span>
          {unanswered ? (
            <span className="inline-flex items-center gap-1 font-medium text-amber-800" data-testid="no-response">
              <span aria-hidden="true" className="inline-block size-2 rounded-full bg-amber-500" />
              {t("challenges.card.noResponse")}
            </span>
          ) : (
            <span className="text-teal-800">{t("challenges.card.responses", { count: challenge.responseCount })}</span>
          )}
        </p>
      </div>
    </li>
  );
}
