import Link from "next/link";
import { themeName } from "@/components/networks/labels";
import { Badge } from "@/components/ui/badge";
import type { UiLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { InitiativeCard as Card } from "@/server/initiatives/service";
import { networkLabel } from "./similar-list";

export const statusTone = { PLANNED: "blue", ACTIVE: "green", COMPLETED: "neutral" } as const;

export function InitiativeCard({ initiative, t, locale }: { initiative: Card; t: Translate; locale: UiLocale }) {
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" lang={initiative.language === "zh" ? "zh-CN" : initiative.language}>
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <Badge tone={statusTone[initiative.status]}>{t(`knowledge.initiativeStatus.${initiative.status}`)}</Badge>
        <span className="font-semibold uppercase tracking-wide text-slate-600">{initiative.owners.map((o) => networkLabel(o.network)).join(" · ")}</span>
      </div>
      <h3 className="text-base font-semibold leading-snug">
        <Link href={`/initiatives/${initiative.slug}`} className="text-slate-900 hover:text-teal-800 hover:underline">
          {initiative.title}
        </Link>
      </h3>
      <p className="line-clamp-3 text-sm text-slate-700">{initiative.summary}</p>
      <div className="mt-auto flex flex-wrap gap-1.5 pt-1">
        {initiative.themes.map(({ theme }) => (
          <Badge key={theme.slug} tone="teal">
            {themeName(theme, locale)}
          </Badge>
        ))}
        {initiative.sdgs.map((s) => (
          <Badge key={s.sdgNumber}>{t("knowledge.sdg", { number: s.sdgNumber })}</Badge>
        ))}
        {initiative._count.cities ? <Badge>{t("initiatives.cityCount", { count: initiative._count.cities })}</Badge> : null}
        <Badge>{t(`knowledge.language.${initiative.language}`)}</Badge>
      </div>
    </li>
  );
}
