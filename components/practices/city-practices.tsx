import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { contentLocale, type UiLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { cityPractices } from "@/server/practices/service";
import { dayText, networkShort, statusTone } from "./labels";
import { LicenceBadge } from "./licence-badge";

type Practices = Awaited<ReturnType<typeof cityPractices>>;

/** On a city's page: the practices it shared, and those of other cities it took up. */
export function CityPracticesSection(props: { city: { slug: string; name: string }; practices: Practices; t: Translate; locale: UiLocale }) {
  const { city, practices, t, locale } = props;
  // Language versions of one practice are listed once, in the reader's language when it exists.
  const groups = new Map<string, Practices["shared"]>();
  for (const p of practices.shared) groups.set(p.translationGroupId, [...(groups.get(p.translationGroupId) ?? []), p]);
  const shared = [...groups.values()].map((versions) => {
    const main = versions.find((v) => v.language === contentLocale(locale)) ?? versions[0]!;
    return { main, others: versions.filter((v) => v !== main) };
  });
  return (
    <div className="grid gap-6 md:grid-cols-2" data-testid="city-practices">
      <div className="space-y-2">
        <h3 className="text-sm font-semibold tracking-wide text-slate-700 uppercase">{t("cities.detail.practicesSharedTitle", { city: city.name })}</h3>
        {shared.length ? (
          <ul className="space-y-2" data-testid="city-practices-shared">
            {shared.map(({ main: p, others }) => (
              <li key={p.slug} className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm">
                <Link href={`/practices/${p.slug}`} className="font-medium text-teal-800 hover:underline" lang={p.language}>
                  {p.title}
                </Link>
                <div className="mt-1 flex flex-wrap items-center gap-1.5">
                  <LicenceBadge licence={p.licence} t={t} />
                  <Badge>{t(`knowledge.language.${p.language}`)}</Badge>
                  {others.map((o) => (
                    <Link key={o.slug} href={`/practices/${o.slug}`} hrefLang={o.language} title={o.title} className="text-xs text-teal-800 underline underline-offset-2">
                      {t(`knowledge.language.${o.language}`)}
                    </Link>
                  ))}
                  <Badge tone={p.adoptions ? "green" : "neutral"}>
                    {t("practices.card.adoptions", { count: p.adoptions })}
                  </Badge>
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title={t("cities.detail.practicesEmpty")} />
        )}
        {shared.length >= 5 ? (
          <Link href={`/practices?city=${encodeURIComponent(city.slug)}`} className="text-sm font-medium text-teal-800 hover:underline">
            {t("cities.detail.practicesAll", { city: city.name })}
          </Link>
        ) : null}
      </div>
      <div className="space-y-2">
        <h3 className="text-sm font-semibold tracking-wide text-slate-700 uppercase">{t("cities.detail.practicesAdoptedTitle", { city: city.name })}</h3>
        {practices.adopted.length ? (
          <ul className="space-y-2" data-testid="city-practices-adopted">
            {practices.adopted.map((a) => (
              <li key={a.id} className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm">
                <Link href={`/practices/${a.practice.slug}`} className="font-medium text-teal-800 hover:underline" lang={a.practice.language}>
                  {a.practice.title}
                </Link>
                <p className="text-xs text-slate-600">
                  {t("cities.detail.adoptedFrom", { cities: a.practice.cities.map((c) => c.city.name).join(", ") })}
                  {a.viaNetwork ? ` · ${t("cities.detail.adoptedVia", { network: networkShort(a.viaNetwork) })}` : null}
                </p>
                <div className="mt-1 flex flex-wrap items-center gap-1.5">
                  <Badge tone={statusTone[a.status]}>{t(`knowledge.adoptionStatus.${a.status}`)}</Badge>
                  <span className="text-xs text-slate-600">{dayText(a.adoptedOn, locale)}</span>
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title={t("cities.detail.practicesAdoptedEmpty", { city: city.name })} />
        )}
      </div>
    </div>
  );
}
