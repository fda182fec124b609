import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { UiLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { countryName } from "@/server/cities/country";
import type { CityListItem } from "@/server/cities/service";
import { networksCountText, populationText, regionLabel } from "./labels";

export function CityCard({ city, t, locale }: { city: CityListItem; t: Translate; locale: UiLocale }) {
  const hidden = city.networkCount - city.networks.length;
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-teal-600">
      <div>
        <h3 className="font-semibold text-slate-900">
          <Link href={`/cities/${city.slug}`} className="hover:text-teal-800 hover:underline">
            {city.name}
          </Link>
          {city.nameLocal && city.nameLocal !== city.name ? (
            <span className="ml-2 font-normal text-slate-600">{city.nameLocal}</span>
          ) : null}
        </h3>
        <p className="text-sm text-slate-700">
          {countryName(city.countryCode, locale)} · {regionLabel(t, city.region)}
        </p>
      </div>
      <p className="text-sm text-slate-700">{t("cities.populationLine", { value: populationText(t, locale, city.population, city.populationYear) })}</p>
      <div className="mt-auto space-y-1">
        <p className="text-sm font-medium text-teal-900">{networksCountText(t, city.networkCount)}</p>
        {city.networks.length ? (
          <ul className="flex flex-wrap gap-1" aria-label={t("cities.detail.networksTitle")}>
            {city.networks.map((n) => (
              <li key={n.slug}>
                <Badge tone="teal">{n.label}</Badge>
              </li>
            ))}
            {hidden > 0 ? (
              <li>
                <Badge>{t("cities.moreNetworks", { count: hidden })}</Badge>
              </li>
            ) : null}
          </ul>
        ) : null}
      </div>
    </li>
  );
}
