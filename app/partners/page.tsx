import type { Metadata } from "next";
import Link from "next/link";
import { PartnerTypeBadge } from "@/components/partners/partner-type-badge";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink, buttonVariants } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Input, Label, Select } from "@/components/ui/form";
import { Pagination } from "@/components/ui/pagination";
import { getTranslator } from "@/lib/i18n/server";
import { first, pageHref, type SearchParams } from "@/lib/search-params";
import { getContext } from "@/server/auth/session";
import { countryName } from "@/server/cities/country";
import { partnerTypes } from "@/server/partners/input";
import { listPartners } from "@/server/partners/service";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("partners.title") };
}


export default async function PartnersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { t, locale } = await getTranslator();
  const ctx = await getContext();
  const result = await listPartners(ctx, {
    q: first(params.q),
    type: partnerTypes.find((type) => type === first(params.type)),
    page: first(params.page),
  });
  const { input } = result;
  const hrefFor = (page: number) => pageHref("/partners", { q: input.q, type: input.type }, page);

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("partners.title")}
        description={t("partners.description")}
        actions={<ButtonLink href="/partners/new">{t("partners.create")}</ButtonLink>}
      />
      <form method="get" action="/partners" role="search" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[2fr_1fr_auto]">
        <div className="space-y-1">
          <Label htmlFor="partner-q">{t("partners.searchLabel")}</Label>
          <Input id="partner-q" name="q" type="search" defaultValue={input.q} placeholder={t("partners.searchPlaceholder")} />
        </div>
        <div className="space-y-1">
          <Label htmlFor="partner-type">{t("partners.typeLabel")}</Label>
          <Select id="partner-type" name="type" defaultValue={input.type ?? ""}>
            <option value="">{t("partners.anyType")}</option>
            {partnerTypes.map((type) => (
              <option key={type} value={type}>
                {t(`partners.types.${type}`)}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex items-end gap-2">
          <Button type="submit">{t("partners.filter")}</Button>
          <Link href="/partners" className={buttonVariants({ variant: "ghost" })}>
            {t("partners.reset")}
          </Link>
        </div>
      </form>
      <section aria-labelledby="partner-list-heading" className="space-y-3">
        <h2 id="partner-list-heading" className="sr-only">
          {t("partners.list")}
        </h2>
        <p className="text-sm text-slate-700" aria-live="polite">
          {t("partners.resultCount", { count: result.total })}
        </p>
        {result.items.length ? (
          <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
            {result.items.map((partner) => (
              <li key={partner.id} className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-teal-600">
                <div className="flex items-start justify-between gap-2">
                  <h3 className="font-semibold text-slate-900">
                    <Link href={`/partners/${partner.slug}`} className="hover:text-teal-800 hover:underline">
                      {partner.name}
                    </Link>
                  </h3>
                  <PartnerTypeBadge type={partner.type} label={t(`partners.types.${partner.type}`)} className="shrink-0" />
                </div>
                {partner.countryCode ? <p className="text-sm text-slate-700">{countryName(partner.countryCode, locale)}</p> : null}
                {partner.description ? <p className="line-clamp-3 text-sm text-slate-700">{partner.description}</p> : null}
                <div className="mt-auto space-y-1">
                  <p className="text-sm font-medium text-teal-900">
                    {partner.memberships.length === 0
                      ? t("partners.networksNone")
                      : t("partners.networksCount", { count: partner.memberships.length })}
                  </p>
                  {partner.memberships.length ? (
                    <ul className="flex flex-wrap gap-1">
                      {partner.memberships.map((m) => (
                        <li key={m.network.slug}>
                          <Badge tone="teal">{m.network.acronym ?? m.network.name}</Badge>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState
            title={t("partners.emptyTitle")}
            description={t("partners.emptyBody")}
            action={
              <ButtonLink href="/partners" variant="secondary">
                {t("partners.reset")}
              </ButtonLink>
            }
          />
        )}
        <Pagination
          page={result.page}
          pageCount={result.pageCount}
          hrefFor={hrefFor}
          t={t}
        />
      </section>
    </div>
  );
}
