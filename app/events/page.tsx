import type { Metadata } from "next";
import Link from "next/link";
import { EventCard } from "@/components/events/event-card";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Label, Select } from "@/components/ui/form";
import { getTranslator } from "@/lib/i18n/server";
import { first, type SearchParams } from "@/lib/search-params";
import { cn } from "@/lib/utils";
import { getContext } from "@/server/auth/session";
import { eventModes } from "@/server/events/input";
import { eventNetworkChoices, listEvents } from "@/server/events/service";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("events.title") };
}

const href = (params: Record<string, string | undefined>) => {
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
  const text = query.toString();
  return text ? `/events?${text}` : "/events";
};

export default async function EventsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { t, locale } = await getTranslator();
  const ctx = await getContext();
  const [result, networks] = await Promise.all([
    listEvents(ctx, { when: first(params.when) === "past" ? "past" : "upcoming", mode: first(params.mode), network: first(params.network), cursor: first(params.cursor) }),
    eventNetworkChoices(ctx.db),
  ]);
  const { input } = result;
  const now = new Date();
  const filters = { when: input.when === "past" ? "past" : undefined, mode: input.mode?.toLowerCase(), network: input.network };
  const filtered = !!(filters.mode || filters.network);
  const canCreate = !!ctx.actor && ctx.actor.staff.size > 0;
  // Nothing upcoming: show what happened recently instead of an empty page.
  const past =
    input.when === "upcoming" && !input.cursor && !result.items.length
      ? (await listEvents(ctx, { when: "past", mode: input.mode, network: input.network })).items.slice(0, 6)
      : [];
  const tabs = [
    { key: "upcoming", label: t("events.tabs.upcoming") },
    { key: "past", label: t("events.tabs.past") },
  ] as const;

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("events.title")}
        description={t("events.description")}
        actions={canCreate ? <ButtonLink href="/events/new">{t("events.create")}</ButtonLink> : undefined}
      />
      <nav aria-label={t("events.tabs.label")} className="flex gap-1 border-b border-slate-200">
        {tabs.map((tab) => {
          const active = input.when === tab.key;
          return (
            <Link
              key={tab.key}
              href={href({ ...filters, when: tab.key === "past" ? "past" : undefined })}
              aria-current={active ? "page" : undefined}
              className={cn(
                "-mb-px border-b-2 px-4 py-2 text-sm font-medium",
                active ? "border-teal-700 text-teal-900" : "border-transparent text-slate-600 hover:text-slate-900",
              )}
            >
              {tab.label}
            </Link>
          );
        })}
      </nav>
      <form method="get" action="/events" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
        {filters.when ? <input type="hidden" name="when" value={filters.when} /> : null}
        <div className="min-w-44 space-y-1">
          <Label htmlFor="event-filter-network">{t("events.filters.network")}</Label>
          <Select id="event-filter-network" name="network" defaultValue={input.network ?? ""}>
            <option value="">{t("events.filters.any")}</option>
            {networks.map((n) => (
              <option key={n.slug} value={n.slug}>
                {n.acronym ?? n.name}
              </option>
            ))}
          </Select>
        </div>
        <div className="min-w-44 space-y-1">
          <Label htmlFor="event-filter-mode">{t("events.filters.mode")}</Label>
          <Select id="event-filter-mode" name="mode" defaultValue={input.mode?.toLowerCase() ?? ""}>
            <option value="">{t("events.filters.any")}</option>
            {eventModes.map((m) => (
              <option key={m} value={m.toLowerCase()}>
                {t(`events.mode.${m}`)}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex gap-2">
          <Button type="submit">{t("events.filters.apply")}</Button>
          {filtered ? (
            <ButtonLink href={href({ when: filters.when })} variant="ghost">
              {t("events.filters.reset")}
            </ButtonLink>
          ) : null}
        </div>
      </form>
      <section aria-labelledby="event-list-heading" className="space-y-4">
        <h2 id="event-list-heading" className="sr-only">
          {input.when === "past" ? t("events.tabs.past") : t("events.tabs.upcoming")}
        </h2>
        {result.items.length ? (
          <ul className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3">
            {result.items.map((event) => (
              <EventCard key={event.id} event={event} t={t} locale={locale} now={now} />
            ))}
          </ul>
        ) : (
          <EmptyState
            title={input.when === "past" ? t("events.emptyPast") : t("events.emptyUpcoming")}
            description={filtered ? t("events.emptyFiltered") : canCreate ? t("events.emptyCreate") : undefined}
            action={filtered ? <ButtonLink href={href({ when: filters.when })} variant="secondary">{t("events.filters.reset")}</ButtonLink> : undefined}
          />
        )}
        {past.length ? (
          <section aria-labelledby="past-instead-heading" className="space-y-3">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 id="past-instead-heading" className="text-lg font-semibold text-slate-900">
                {t("events.host.pastInstead")}
              </h2>
              <Link href={href({ ...filters, when: "past" })} className="text-sm font-medium text-teal-800 underline-offset-2 hover:underline">
                {t("events.tabs.past")}
              </Link>
            </div>
            <ul className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3">
              {past.map((event) => (
                <EventCard key={event.id} event={event} t={t} locale={locale} now={now} />
              ))}
            </ul>
          </section>
        ) : null}
        {input.when === "upcoming" && !result.items.length ? (
          <section aria-labelledby="host-heading" className="space-y-2 rounded-lg border border-teal-200 bg-teal-50 p-4" data-testid="host-event">
            <h2 id="host-heading" className="font-semibold text-slate-900">
              {t("events.host.hostTitle")}
            </h2>
            <p className="text-sm text-slate-700">{t("events.host.hostBody")}</p>
            {canCreate ? (
              <ButtonLink href="/events/new">{t("events.host.hostCreate")}</ButtonLink>
            ) : ctx.actor ? (
              <ButtonLink href="/networks/new" variant="secondary">
                {t("events.host.hostRegister")}
              </ButtonLink>
            ) : (
              <ButtonLink href="/signin?callbackUrl=/events/new" variant="secondary">
                {t("events.host.hostSignIn")}
              </ButtonLink>
            )}
          </section>
        ) : null}
        <div className="flex justify-between">
          {input.cursor ? (
            <ButtonLink href={href(filters)} variant="ghost">
              {t("events.firstPage")}
            </ButtonLink>
          ) : (
            <span />
          )}
          {result.nextCursor ? (
            <ButtonLink href={href({ ...filters, cursor: result.nextCursor })} variant="secondary">
              {t("events.nextPage")}
            </ButtonLink>
          ) : null}
        </div>
      </section>
    </div>
  );
}
