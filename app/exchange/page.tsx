import type { Metadata } from "next";
import Link from "next/link";
import { StandingOfferToggle } from "@/components/exchange/actions";
import { dayText, networkLabel, RequestCard } from "@/components/exchange/parts";
import { SearchResult } from "@/components/search/search-result";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader, Section } from "@/components/ui/card";
import { Input, Label, Select } from "@/components/ui/form";
import { getTranslator } from "@/lib/i18n/server";
import { markdownToText } from "@/lib/markdown/render";
import { first, pageHref, type SearchParams } from "@/lib/search-params";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";
import { exchangeFormats, exchangeTopics } from "@/server/exchange/input";
import { listRequests, listStandingOffers, recentLearnings, withdrawnStandingOffers } from "@/server/exchange/service";
import { search } from "@/server/search/query";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("exchange.title") };
}

const SEARCH_LIMIT = 10;
const excerpt = (markdown: string) => {
  const text = markdownToText(markdown);
  return text.length > 180 ? `${text.slice(0, 180)}…` : text;
};

export default async function ExchangePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { t, locale } = await getTranslator();
  const ctx = await getContext();
  const q = first(params.q)?.trim().slice(0, 200) ?? "";
  const [list, standing, withdrawn, learnings, found] = await Promise.all([
    listRequests(ctx.db, { topic: first(params.topic), format: first(params.format), status: first(params.status), network: first(params.network), cursor: first(params.after) }),
    listStandingOffers(ctx.db),
    withdrawnStandingOffers(ctx.db, ctx.actor),
    recentLearnings(ctx.db),
    q ? search(ctx.db, { q, kind: "EXCHANGE_LEARNING", limit: SEARCH_LIMIT, offset: 0 }) : Promise.resolve(null),
  ]);
  const { input } = list;
  const filters = { topic: input.topic?.toLowerCase(), format: input.format?.toLowerCase(), status: input.status === "active" ? undefined : input.status, network: list.network?.slug };
  const filtered = Object.values(filters).some(Boolean);
  const isStaff = !!ctx.actor && ctx.actor.staff.size > 0;

  return (
    <div className="space-y-8">
      <PageHeader
        title={t("exchange.title")}
        description={t("exchange.description")}
        actions={
          isStaff ? (
            <>
              <ButtonLink href="/exchange/new">{t("exchange.ask")}</ButtonLink>
              <ButtonLink href="/exchange/standing-offers/new" variant="secondary">
                {t("exchange.standing.new")}
              </ButtonLink>
            </>
          ) : undefined
        }
      />

      <form method="get" action="/exchange" role="search" className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:items-end">
        <div className="flex-1 space-y-1">
          <Label htmlFor="exchange-q">{t("exchange.search.label")}</Label>
          <Input id="exchange-q" name="q" type="search" defaultValue={q} placeholder={t("exchange.search.placeholder")} maxLength={200} />
        </div>
        <Button type="submit">{t("exchange.search.submit")}</Button>
      </form>

      {found ? (
        <Section id="exchange-search" title={t("exchange.search.results", { q })}>
          {found.hits.length ? (
            <ul className="space-y-3" data-testid="exchange-search-results">
              {found.hits.map((hit) => (
                <SearchResult key={`${hit.kind}-${hit.entityId}`} hit={hit} t={t} themeNames={new Map()} />
              ))}
            </ul>
          ) : (
            <EmptyState title={t("exchange.search.none")} description={t("exchange.search.noneHint")} action={<ButtonLink href="/exchange" variant="secondary">{t("exchange.search.clear")}</ButtonLink>} />
          )}
          {found.total > SEARCH_LIMIT ? (
            <p className="text-sm">
              <Link href={pageHref("/search", { q, type: "learning" }, 1)} className="text-teal-800 underline-offset-2 hover:underline">
                {t("exchange.search.more", { count: found.total })}
              </Link>
            </p>
          ) : null}
        </Section>
      ) : null}

      <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Section id="exchange-requests" title={t("exchange.requests.title")}>
          <form method="get" action="/exchange" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3">
            <div className="space-y-1">
              <Label htmlFor="exchange-topic">{t("exchange.form.topic")}</Label>
              <Select id="exchange-topic" name="topic" defaultValue={filters.topic ?? ""}>
                <option value="">{t("exchange.filters.any")}</option>
                {exchangeTopics.map((value) => (
                  <option key={value} value={value.toLowerCase()}>
                    {t(`exchange.topics.${value}`)}
                  </option>
                ))}
              </Select>
            </div>
            <div className="space-y-1">
              <Label htmlFor="exchange-format">{t("exchange.form.format")}</Label>
              <Select id="exchange-format" name="format" defaultValue={filters.format ?? ""}>
                <option value="">{t("exchange.filters.any")}</option>
                {exchangeFormats.map((value) => (
                  <option key={value} value={value.toLowerCase()}>
                    {t(`exchange.formats.${value}`)}
                  </option>
                ))}
              </Select>
            </div>
            <div className="space-y-1">
              <Label htmlFor="exchange-status">{t("exchange.filters.status")}</Label>
              <Select id="exchange-status" name="status" defaultValue={input.status}>
                <option value="active">{t("exchange.filters.active")}</option>
                <option value="completed">{t("exchange.status.COMPLETED")}</option>
                <option value="closed">{t("exchange.status.CLOSED")}</option>
                <option value="all">{t("exchange.filters.anyStatus")}</option>
              </Select>
            </div>
            {list.network ? <input type="hidden" name="network" value={list.network.slug} /> : null}
            <div className="flex gap-2 sm:col-span-3">
              <Button type="submit">{t("exchange.filters.apply")}</Button>
              {filtered ? (
                <ButtonLink href="/exchange" variant="ghost">
                  {t("exchange.filters.reset")}
                </ButtonLink>
              ) : null}
            </div>
          </form>
          {list.network ? (
            <p className="text-sm text-slate-700" data-testid="exchange-network-filter">
              {t("exchange.filters.network", { network: networkLabel(list.network) })}{" "}
              <Link href={pageHref("/exchange", { ...filters, network: undefined }, 1)} className="text-teal-800 underline-offset-2 hover:underline">
                {t("exchange.filters.allNetworks")}
              </Link>
            </p>
          ) : null}
          {list.items.length ? (
            <ul className="grid gap-4 md:grid-cols-2" data-testid="exchange-requests">
              {list.items.map((request) => (
                <RequestCard key={request.id} request={request} t={t} locale={locale} />
              ))}
            </ul>
          ) : (
            <EmptyState
              title={t("exchange.requests.emptyTitle")}
              description={filtered ? t("exchange.requests.emptyFiltered") : t("exchange.requests.emptyBody")}
              action={
                filtered ? (
                  <ButtonLink href="/exchange" variant="secondary">
                    {t("exchange.filters.reset")}
                  </ButtonLink>
                ) : isStaff ? (
                  <ButtonLink href="/exchange/new">{t("exchange.ask")}</ButtonLink>
                ) : undefined
              }
            />
          )}
          <nav aria-label={t("exchange.requests.pages")} className="flex gap-3 text-sm">
            {input.cursor ? (
              <Link href={pageHref("/exchange", filters, 1)} className="text-teal-800 underline-offset-2 hover:underline">
                {t("exchange.requests.newest")}
              </Link>
            ) : null}
            {list.nextCursor ? (
              <Link href={pageHref("/exchange", { ...filters, after: list.nextCursor }, 1)} className="text-teal-800 underline-offset-2 hover:underline" rel="next">
                {t("exchange.requests.older")}
              </Link>
            ) : null}
          </nav>
        </Section>

        <div className="space-y-8">
          <Section id="exchange-standing" title={t("exchange.standing.title")}>
            {standing.length ? (
              <ul className="space-y-3">
                {standing.map((offer) => (
                  <li key={offer.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="standing-offer">
                    <div className="flex flex-wrap items-center gap-2 text-xs">
                      <Badge tone="amber">{t(`exchange.topics.${offer.topic}`)}</Badge>
                      {offer.formats.map((f) => (
                        <Badge key={f}>{t(`exchange.formats.${f}`)}</Badge>
                      ))}
                    </div>
                    <p className="mt-2 font-semibold text-slate-900">{offer.title}</p>
                    <p className="mt-1 text-sm text-slate-700">{offer.description}</p>
                    <div className="mt-2 flex flex-wrap items-center justify-between gap-2 text-xs text-slate-600">
                      <Link href={`/networks/${offer.network.slug}`} className="font-medium text-teal-800 underline-offset-2 hover:underline">
                        {networkLabel(offer.network)}
                      </Link>
                      {policy.editStandingOffer(ctx.actor, offer.network.id) ? <StandingOfferToggle standingOfferId={offer.id} active /> : null}
                    </div>
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState title={t("exchange.standing.emptyTitle")} description={t("exchange.standing.emptyBody")} />
            )}
            {withdrawn.length ? (
              <div className="space-y-2" data-testid="withdrawn-offers">
                <h3 className="text-sm font-semibold text-slate-800">{t("exchange.standing.withdrawnTitle")}</h3>
                <p className="text-xs text-slate-600">{t("exchange.standing.withdrawnHint")}</p>
                <ul className="space-y-2">
                  {withdrawn.map((offer) => (
                    <li key={offer.id} className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-dashed border-slate-300 bg-slate-50 p-3 text-sm" data-testid="withdrawn-offer">
                      <div className="min-w-0">
                        <p className="font-medium text-slate-800">{offer.title}</p>
                        <p className="text-xs text-slate-600">
                          {networkLabel(offer.network)} · {t(`exchange.topics.${offer.topic}`)}
                        </p>
                      </div>
                      <StandingOfferToggle standingOfferId={offer.id} active={false} />
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </Section>

          <Section id="exchange-learnings" title={t("exchange.learnings.recent")}>
            {learnings.length ? (
              <ul className="space-y-3">
                {learnings.map((l) => (
                  <li key={l.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                    <Link href={`/exchange/${l.request.slug}#learning-${l.id}`} className="font-semibold text-teal-900 underline-offset-2 hover:underline">
                      {l.title}
                    </Link>
                    <p className="mt-1 text-sm text-slate-700">{excerpt(l.body)}</p>
                    <p className="mt-2 text-xs text-slate-600">
                      {networkLabel(l.network)} · {dayText(l.createdAt, locale)}
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState title={t("exchange.learnings.emptyTitle")} description={t("exchange.learnings.emptyBody")} />
            )}
          </Section>
        </div>
      </div>
    </div>
  );
}
