import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import type { SimilarInitiative } from "@/server/initiatives/similar";

/** Why two initiatives look alike, in words: shared wording, themes, SDGs and cities. */
export function similarityReasons(t: Translate, item: Pick<SimilarInitiative, "reasons">, themeLabel: (slug: string) => string): string[] {
  const { sharedTerms, sharedThemes, sharedSdgs, sharedCities } = item.reasons;
  const reasons: string[] = [];
  if (sharedTerms.length) reasons.push(t("initiatives.similar.reasonWords", { words: sharedTerms.slice(0, 5).join(", ") }));
  if (sharedThemes.length) reasons.push(t("initiatives.similar.reasonThemes", { themes: sharedThemes.map(themeLabel).join(", ") }));
  if (sharedSdgs.length) reasons.push(t("initiatives.similar.reasonSdgs", { sdgs: sharedSdgs.join(", ") }));
  if (sharedCities.length) reasons.push(t("initiatives.similar.reasonCities", { count: sharedCities.length }));
  return reasons;
}

export const networkLabel = (n: { acronym: string | null; name: string }) => n.acronym ?? n.name;

/** Score as a bar and a number, so it reads at a glance and to a screen reader. */
export function ScoreMeter({ score, t }: { score: number; t: Translate }) {
  const tone = score >= 50 ? "bg-amber-500" : score >= 30 ? "bg-teal-600" : "bg-slate-400";
  return (
    <div className="flex items-center gap-2" title={t("initiatives.similar.scoreHint")}>
      <div className="h-1.5 w-16 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
        <div className={`h-full ${tone}`} style={{ width: `${Math.min(100, score)}%` }} />
      </div>
      <span className="text-xs font-semibold tabular-nums text-slate-700">{t("initiatives.similar.score", { score })}</span>
    </div>
  );
}

export function SimilarItem(props: { item: SimilarInitiative; t: Translate; themeLabel: (slug: string) => string; newTab?: boolean; children?: React.ReactNode }) {
  const { item, t } = props;
  return (
    <li className="space-y-1.5 rounded-md border border-slate-200 bg-white p-3" data-testid="similar-item">
      <div className="flex items-start justify-between gap-3">
        <Link
          href={`/initiatives/${item.slug}`}
          className="font-medium text-teal-800 underline-offset-2 hover:underline"
          {...(props.newTab ? { target: "_blank", rel: "noopener" } : {})}
        >
          {item.title}
        </Link>
        <ScoreMeter score={item.score} t={t} />
      </div>
      <p className="text-xs font-medium uppercase tracking-wide text-slate-600">{item.networks.map(networkLabel).join(" · ")}</p>
      <ul className="flex flex-wrap gap-1.5">
        {similarityReasons(t, item, props.themeLabel).map((reason) => (
          <li key={reason} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
            {reason}
          </li>
        ))}
      </ul>
      {props.children}
    </li>
  );
}
