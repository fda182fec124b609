import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { getContext } from "@/server/auth/session";
import { registryStats } from "@/server/registry/stats";
import { mostConnectedCities } from "@/server/cities/service";
import { CityCard } from "@/components/cities/city-card";
import { navItems } from "@/components/layout/nav-items";

export default async function HomePage() {
  const { t, locale } = await getTranslator();
  const ctx = await getContext();
  const [stats, connected] = await Promise.all([registryStats(ctx.db), mostConnectedCities(ctx, 6)]);
  return (
    <div className="space-y-10">
      <section className="rounded-2xl bg-gradient-to-br from-teal-800 to-sky-800 px-6 py-12 text-white sm:px-10">
        <h1 className="max-w-3xl text-3xl font-bold tracking-tight sm:text-4xl">{t("home.heroTitle")}</h1>
        <p className="mt-4 max-w-2xl text-lg text-teal-50">{t("home.heroBody")}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <ButtonLink href="/networks" variant="secondary" size="lg">
            {t("home.browseNetworks")}
          </ButtonLink>
          <ButtonLink href="/cities" variant="secondary" size="lg" className="bg-transparent text-white hover:bg-white/10">
            {t("home.browseCities")}
          </ButtonLink>
        </div>
      </section>
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        {(["networks", "cities", "memberships", "partners"] as const).map((key) => (
          <Card key={key} className="text-center">
            <dd className="text-3xl font-bold text-teal-800">{stats[key].toLocaleString()}</dd>
            <dt className="text-sm text-slate-700">{t(`home.stats.${key}`)}</dt>
          </Card>
        ))}
      </dl>
      {connected.length ? (
        <section aria-labelledby="overlap-heading" className="space-y-3">
          <div className="flex flex-wrap items-end justify-between gap-2">
            <div>
              <h2 id="overlap-heading" className="text-xl font-semibold text-slate-900">
                {t("home.overlapTitle")}
              </h2>
              <p className="text-slate-700">{t("home.overlapBody")}</p>
            </div>
            <ButtonLink href="/cities?sort=networks" variant="secondary" size="sm">
              {t("home.browseCities")}
            </ButtonLink>
          </div>
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {connected.map((city) => (
              <CityCard key={city.id} city={city} t={t} locale={locale} />
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="sections-heading" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <h2 id="sections-heading" className="sr-only">
          {t("nav.main")}
        </h2>
        {navItems.map((item) => (
          <Link key={item.key} href={item.href} className="group rounded-lg border border-slate-200 bg-white p-5 shadow-sm hover:border-teal-600">
            <h3 className="font-semibold text-slate-900 group-hover:text-teal-800">
              {t(`nav.${item.key}`)}
              {item.ready ? null : <span className="ml-2 text-xs font-normal text-slate-500">· {t("common.comingSoon")}</span>}
            </h3>
            <p className="mt-1 text-sm text-slate-700">{t(`home.sections.${item.key}`)}</p>
          </Link>
        ))}
      </section>
    </div>
  );
}
