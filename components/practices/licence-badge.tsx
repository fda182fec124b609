import { Badge } from "@/components/ui/badge";
import type { Translate } from "@/lib/i18n/translate";
import { licenceDeed, licenceTone, type Licence } from "./labels";

export function LicenceBadge({ licence, t, className }: { licence: Licence; t: Translate; className?: string }) {
  return (
    <Badge tone={licenceTone[licence]} className={className} data-licence={licence}>
      {t(`knowledge.licence.${licence}`)}
    </Badge>
  );
}

/** The licence, shown prominently near a practice's title: what reusers may do, and the legal text. */
export function LicenceNotice({ licence, t }: { licence: Licence; t: Translate }) {
  const deed = licenceDeed[licence];
  return (
    <div
      className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-slate-200 bg-white px-4 py-3 text-sm shadow-sm"
      data-testid="practice-licence"
    >
      <span className="font-medium text-slate-700">{t("knowledge.licence.label")}</span>
      <LicenceBadge licence={licence} t={t} className="text-sm" />
      <span className="text-slate-700">{t(`knowledge.licence.hint.${licence}`)}</span>
      {deed ? (
        <a href={deed} rel="license noopener" target="_blank" className="text-teal-800 underline underline-offset-2 hover:text-teal-900">
          {t("practices.detail.licenceDeed")}
        </a>
      ) : null}
    </div>
  );
}
