import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import type { UiLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { countryName } from "@/server/cities/country";
import { adoptionLevels, adoptionStatuses } from "@/server/practices/input";
import type { spillover } from "@/server/practices/service";
import { dayText, isWebUrl, networkShort, statusTone } from "./labels";
import { LazyRemoveAdoptionButton } from "./lazy-islands";
import { MarkerSwatch, SpilloverGraph } from "./spillover-graph";

type Spread = Awaited<ReturnType<typeof spillover>>;

/** Counts per level, the graph of who took the practice up over time, and the same facts as a table. */
export function SpilloverSection(props: { spread: Spread; removable: ReadonlySet<string>; practiceTitle: string; t: Translate; locale: UiLocale }) {
  const { spread, removable, t, locale } = props;
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4" data-testid="spillover-counts">
        {adoptionLevels.map((level) => (
          <div key={level} className="rounded-md border border-slate-200 bg-white px-3 py-2">
            <dt className="text-xs font-medium text-slate-600">{t(`knowledge.adoptionLevel.${level}`)}</dt>
            <dd className="text-2xl font-semibold text-slate-900" data-level={level}>
              {spread.byLevel[level]}
            </dd>
          </div>
        ))}
      </dl>

      {spread.total === 0 ? (
        <EmptyState title={t("practices.spillover.emptyTitle")} description={t("practices.spillover.emptyBody")} />
      ) : (
        <>
          <figure className="space-y-2">
            <div className="relative rounded-lg border border-slate-200 bg-white">
              <SpilloverGraph points={spread.points} t={t} locale={locale} title={t("practices.spillover.graphTitle", { title: props.practiceTitle })} />
            </div>
            <figcaption className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm text-slate-700">
              <span className="font-medium text-slate-800">{t("practices.spillover.legend")}</span>
              {adoptionStatuses.map((status) => (
                <span key={status} className="inline-flex items-center gap-1.5">
                  <MarkerSwatch status={status} />
                  {t(`knowledge.adoptionStatus.${status}`)}
                </span>
              ))}
              <span className="inline-flex items-center gap-1.5">
                <span className="rounded-full bg-teal-100 px-2 py-0.5 text-xs font-semibold text-teal-900">{t("practices.spillover.via", { network: "…" })}</span>
                {t("practices.spillover.legendVia")}
              </span>
            </figcaption>
          </figure>

          <div className="relative rounded-lg border border-slate-200 bg-white sm:overflow-x-auto">
            <table className="table-cards w-full text-left text-sm" data-testid="adoption-table">
              <caption className="sr-only">{t("practices.spillover.tableCaption")}</caption>
              <thead className="bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
                <tr>
                  <th scope="col" className="px-3 py-2">{t("practices.spillover.date")}</th>
                  <th scope="col" className="px-3 py-2">{t("practices.spillover.adopter")}</th>
                  <th scope="col" className="px-3 py-2">{t("practices.spillover.level")}</th>
                  <th scope="col" className="px-3 py-2">{t("practices.spillover.status")}</th>
                  <th scope="col" className="px-3 py-2">{t("practices.spillover.viaNetwork")}</th>
                  <th scope="col" className="px-3 py-2">{t("practices.spillover.evidence")}</th>
                  <th scope="col" className="px-3 py-2">{t("practices.spillover.note")}</th>
                  <th scope="col" className="px-3 py-2">
                    <span className="sr-only">{t("practices.spillover.actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {spread.points.map((p) => (
                  <tr key={p.id} id={`adoption-${p.id}`} className="align-top">
                    <td className="px-3 py-2 whitespace-nowrap" data-label={t("practices.spillover.date")}>{dayText(p.date, locale)}</td>
                    <td className="px-3 py-2" data-label={t("practices.spillover.adopter")}>
                      {p.city ? (
                        <Link href={`/cities/${p.city.slug}`} className="font-medium text-teal-800 hover:underline">
                          {p.adopterName}
                        </Link>
                      ) : (
                        <span className="font-medium text-slate-900">{p.adopterName}</span>
                      )}
                      {p.countryCode ? <span className="block text-xs text-slate-600">{countryName(p.countryCode, locale)}</span> : null}
                    </td>
                    <td className="px-3 py-2" data-label={t("practices.spillover.level")}>{t(`knowledge.adoptionLevel.${p.level}`)}</td>
                    <td className="px-3 py-2 whitespace-nowrap" data-label={t("practices.spillover.status")}>
                      <Badge tone={statusTone[p.status]}>{t(`knowledge.adoptionStatus.${p.status}`)}</Badge>
                    </td>
                    <td className="px-3 py-2" data-label={t("practices.spillover.viaNetwork")}>
                      {p.via ? (
                        <Link href={`/networks/${p.via.slug}`} className="text-teal-800 hover:underline" title={p.via.name}>
                          {networkShort(p.via)}
                        </Link>
                      ) : (
                        <span className="text-slate-500">—</span>
                      )}
                    </td>
                    <td className="px-3 py-2" data-label={t("practices.spillover.evidence")}>
                      {isWebUrl(p.evidenceUrl) ? (
                        <a href={p.evidenceUrl} rel="nofollow ugc noopener" target="_blank" className="text-teal-800 underline underline-offset-2">
                          {t("practices.spillover.evidenceLink")}
                        </a>
                      ) : (
                        <span className="text-slate-500">—</span>
                      )}
                    </td>
                    <td className="max-w-xs px-3 py-2 text-slate-700" data-label={t("practices.spillover.note")}>{p.note ?? ""}</td>
                    <td className="px-3 py-2 text-right">
                      {removable.has(p.id) ? <LazyRemoveAdoptionButton adoptionId={p.id} adopter={p.adopterName} /> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
