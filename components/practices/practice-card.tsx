import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { UiLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { countryName } from "@/server/cities/country";
import type { PracticeCard as Card } from "@/server/practices/service";
import { localName, outcomeText } from "./labels";
import { LicenceBadge } from "./licence-badge";

export function PracticeCard({ practice, t, locale }: { practice: Card; t: Translate; locale: UiLocale }) {
  const outcome = practice.outcomes[0];
  const adoptions = practice._count.adoptions;
  const lang = practice.language === "zh" ? "zh-CN" : practice.language;
  return (
    <li className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-teal-600" data-testid="practice-card">
      <div className="space-y-1">
        <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
          <span>
            {practice.cities
              .slice(0, 3)
              .map((c) => `${c.city.name} (${countryName(c.city.countryCode, locale)})`)
              .join(" · ")}
            {practice.cities.length > 3 ? ` +${practice.cities.length - 3}` : null}
          </span>
        </div>
        <h3 className="font-semibold text-slate-900" lang={lang}>
          <Link href={`/practices/${practice.slug}`} className="hover:text-teal-800 hover:underline">
            {practice.title}
          </Link>
        </h3>
      </div>
      {outcome ? (
        <p className="rounded-md bg-teal-50 px-3 py-2 text-sm text-teal-950" lang={lang}>
          <span className="block text-lg font-semibold">{outcomeText(outcome, locale, t)}</span>
          <span className="text-xs text-teal-900">{outcome.indicator}</span>
        </p>
      ) : null}
      <div className="mt-auto flex flex-wrap items-center gap-1.5">
        <LicenceBadge licence={practice.licence} t={t} />
        <Badge>{t(`knowledge.language.${practice.language}`)}</Badge>
        <Badge tone={adoptions ? "green" : "neutral"} data-testid="adoption-count">
          {t("practices.card.adoptions", { count: adoptions })}
        </Badge>
      </div>
      {practice.themes.length ? (
        <ul className="flex flex-wrap gap-1 text-xs text-slate-600" aria-label={t("knowledge.themes")}>
          {practice.themes.map(({ theme }) => (
            <li key={theme.slug} className="rounded bg-slate-100 px-1.5 py-0.5">
              {localName(theme, locale)}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
