import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { UiLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { countryName } from "@/server/cities/country";
import type { NetworkListItem } from "@/server/networks/service";
import { acronymPrefix, activityTone, memberCountText, scopeText, themeName } from "./labels";

export function hqText(locale: UiLocale, city: string | null, country: string | null): string | null {
  const parts = [city, country ? countryName(country, locale) : null].filter(Boolean);
  return parts.length ? parts.join(", ") : null;
}

export function NetworkCard({ network, t, locale }: { network: NetworkListItem; t: Translate; locale: UiLocale }) {
  const hq = hqText(locale, network.hqCity, network.hqCountry);
  return (
    <li className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-teal-600" data-testid="network-card">
      <div className="space-y-1">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h3 className="font-semibold text-slate-900">
            <Link href={`/networks/${network.slug}`} className="hover:text-teal-800 hover:underline">
              {acronymPrefix(network) ? <span className="mr-2 text-teal-800">{acronymPrefix(network)}</span> : null}
              {network.name}
            </Link>
          </h3>
          <div className="flex flex-wrap gap-1">
            {network.activity !== "ACTIVE" ? <Badge tone={activityTone[network.activity]}>{t(`networks.activity.${network.activity}`)}</Badge> : null}
            {network.unclaimed ? <Badge tone="amber">{t("networks.unclaimed")}</Badge> : null}
            {network.confidence === "LOW" ? <Badge tone="blue">{t("networks.toBeConfirmed")}</Badge> : null}
          </div>
        </div>
        <p className="text-sm text-slate-700">{scopeText(t, network.scope, network.region)}</p>
      </div>
      <div className="space-y-0.5 text-sm text-slate-700">
        {hq ? <p>{t("networks.hq", { place: hq })}</p> : null}
        {network.foundedYear ? <p>{t("networks.founded", { year: network.foundedYear })}</p> : null}
        <p>{memberCountText(t, network.memberCount, network.memberCountYear)}</p>
      </div>
      {network.themes.length ? (
        <ul className="mt-auto flex flex-wrap gap-1" aria-label={t("networks.detail.themes")}>
          {network.themes.map((theme) => (
            <li key={theme.slug}>
              <Badge tone="teal">{themeName(theme, locale)}</Badge>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
