import type { Metadata } from "next";
import { InitiativeCard } from "@/components/initiatives/initiative-card";
import { regionLabel as cityRegionLabel } from "@/components/cities/labels";
import { themeName } from "@/components/networks/labels";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { Input, Label, Select } from "@/components/ui/form";
import { Pagination } from "@/components/ui/pagination";
import { getTranslator } from "@/lib/i18n/server";
import { first, pageHref, type SearchParams } from "@/lib/search-params";
import { getContext } from "@/server/auth/session";
import { initiativeStatuses } from "@/server/initiatives/input";
import { initiativeFacets, listInitiatives } from "@/server/initiatives/service";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("initiatives.title") };
}

export default async function InitiativesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { t, locale } = await getTranslator();
  const ctx = await getContext();
  const [result, facets, themes] = await Promise.all([
    listInitiatives(ctx, {
      q: first(params.q),
      theme: first(params.theme),
      sdg: first(params.sdg),
      network: first(params.network),
      status: first(params.status),
      city: first(params.city),
      region: first(params.region),
      page: first(params.page),
    }),
    initiativeFacets(ctx.db, first(params.city)),
    ctx.db.theme.findMany({ orderBy: { position: "asc" } }),
  ]);
  const { input } = result;
  const filters = { q: input.q, theme: input.theme, sdg: input.sdg?.toString(), network: input.network, status: input.status?.toLowerCase(), city: input.city, region: input.region };
  const filtered = Object.values(filters).some(Boolean);
  const canPublish = !!ctx.actor && ctx.actor.staff.size > 0;

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("initiatives.title")}
        description={t("initiatives.description")}
        actions={canPublish ? <ButtonLink href="/initiatives/new">{t("initiatives.publish")}</ButtonLink> : undefined}
      />
      <form method="get" action="/initiatives" role="search" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6">
        <div className="space-y-1 sm:col-span-2 lg:col-span-6">
          <Label htmlFor="initiative-q">{t("initiatives.filters.search")}</Label>
          <Input id="initiative-q" name="q" type="search" defaultValue={input.q} placeholder={t("initiatives.filters.searchPlaceholder")} />
        </div>
        <div className="space-y-1">
          <Label htmlFor="initiative-theme">{t("initiatives.filters.theme")}</Label>
          <Select id="initiative-theme" name="theme" defaultValue={input.theme ?? ""}>
            <option value="">{t("initiatives.filters.any")}</option>
            {themes.map((theme) => (
              <option key={theme.slug} value={theme.slug}>
                {themeName(theme, locale)}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1">
          <Label htmlFor="initiative-sdg">{t("initiatives.filters.sdg")}</Label>
          <Select id="initiative-sdg" name="sdg" defaultValue={input.sdg?.toString() ?? ""}>
            <option value="">{t("initiatives.filters.any")}</option>
            {Array.from({ length: 17 }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {t("knowledge.sdg", { number: n })}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1">
          <Label htmlFor="initiative-network">{t("initiatives.filters.network")}</Label>
          <Select id="initiative-network" name="network" defaultValue={input.network ?? ""}>
            <option value="">{t("initiatives.filters.any")}</option>
            {facets.networks.map((n) => (
              <option key={n.slug} value={n.slug}>
                {n.acronym ?? n.name}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1">
          <Label htmlFor="initiative-status">{t("initiatives.filters.status")}</Label>
          <Select id="initiative-status" name="status" defaultValue={input.status?.toLowerCase() ?? ""}>
            <option value="">{t("initiatives.filters.any")}</option>
            {initiativeStatuses.map((s) => (
              <option key={s} value={s.toLowerCase()}>
                {t(`knowledge.initiativeStatus.${s}`)}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1">
          <Label htmlFor="initiative-city">{t("initiatives.filters.city")}</Label>
          <Select id="initiative-city" name="city" defaultValue={input.city ?? ""}>
            <option value="">{t("initiatives.filters.any")}</option>
            {facets.cities.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1">
          <Label htmlFor="initiative-region">{t("initiatives.filters.region")}</Label>
          <Select id="initiative-region" name="region" defaultValue={input.region ?? ""}>
            <option value="">{t("initiatives.filters.any")}</option>
            {facets.regions.map((r) => (
              <option key={r} value={r}>
                {cityRegionLabel(t, r)}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex gap-2 sm:col-span-2 lg:col-span-6">
          <Button type="submit">{t("initiatives.filters.apply")}</Button>
          {filtered ? (
            <ButtonLink href="/initiatives" variant="ghost">
              {t("initiatives.filters.reset")}
            </ButtonLink>
          ) : null}
        </div>
      </form>
      <section aria-labelledby="initiative-list-heading" className="space-y-3">
        <h2 id="initiative-list-heading" className="sr-only">
          {t("initiatives.list")}
        </h2>
        <p className="text-sm text-slate-700" aria-live="polite" data-testid="initiative-count">
          {t("initiatives.resultCount", { count: result.total })}
        </p>
        {result.items.length ? (
          <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
            {result.items.map((initiative) => (
              <InitiativeCard key={initiative.id} initiative={initiative} t={t} locale={locale} />
            ))}
          </ul>
        ) : (
          <EmptyState
            title={t("initiatives.emptyTitle")}
            description={filtered ? t("initiatives.emptyFiltered") : t("initiatives.emptyBody")}
            action={filtered ? <ButtonLink href="/initiatives" variant="secondary">{t("initiatives.filters.reset")}</ButtonLink> : undefined}
          />
        )}
        <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => pageHref("/initiatives", filters, page)} t={t} />
      </section>
    </div>
  );
}
