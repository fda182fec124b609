import type { Metadata } from "next";
import { ChallengeCard } from "@/components/challenges/challenge-card";
import { regionLabel } from "@/components/cities/labels";
import { themeName } from "@/components/networks/labels";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Label, Select } from "@/components/ui/form";
import { Pagination } from "@/components/ui/pagination";
import { getTranslator } from "@/lib/i18n/server";
import { first, pageHref, type SearchParams } from "@/lib/search-params";
import { getContext } from "@/server/auth/session";
import { CHALLENGE_PAGE_SIZE, challengeStatuses, urgencies } from "@/server/challenges/input";
import { challengeRegions, listChallenges } from "@/server/challenges/service";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("challenges.title"), description: t("challenges.description") };
}

export default async function ChallengesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { t, locale } = await getTranslator();
  const ctx = await getContext();
  const [result, regions, themes] = await Promise.all([
    listChallenges(ctx, {
      theme: first(params.theme),
      region: first(params.region),
      urgency: first(params.urgency),
      status: first(params.status),
      noResponse: first(params.noResponse),
      page: first(params.page),
    }),
    challengeRegions(ctx.db),
    ctx.db.theme.findMany({ orderBy: { position: "asc" } }),
  ]);
  const { input } = result;
  const filters = {
    theme: input.theme,
    region: input.region,
    urgency: input.urgency?.toLowerCase(),
    status: input.status?.toLowerCase(),
    noResponse: input.noResponse ? "1" : undefined,
  };
  const filtered = Object.values(filters).some(Boolean);
  const canPost = !!ctx.actor && ctx.actor.cities.size > 0;
  const offset = (result.page - 1) * CHALLENGE_PAGE_SIZE;

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("challenges.title")}
        description={t("challenges.description")}
        actions={<ButtonLink href="/challenges/new" variant={canPost ? "primary" : "secondary"}>{t("challenges.post")}</ButtonLink>}
      />
      <form method="get" action="/challenges" aria-label={t("challenges.filters.label")} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="space-y-1">
          <Label htmlFor="challenge-theme">{t("challenges.filters.theme")}</Label>
          <Select id="challenge-theme" name="theme" defaultValue={input.theme ?? ""}>
            <option value="">{t("challenges.filters.any")}</option>
            {themes.map((theme) => (
              <option key={theme.slug} value={theme.slug}>
                {themeName(theme, locale)}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1">
          <Label htmlFor="challenge-region">{t("challenges.filters.region")}</Label>
          <Select id="challenge-region" name="region" defaultValue={input.region ?? ""}>
            <option value="">{t("challenges.filters.any")}</option>
            {regions.map((r) => (
              <option key={r} value={r}>
                {regionLabel(t, r)}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1">
          <Label htmlFor="challenge-urgency">{t("challenges.filters.urgency")}</Label>
          <Select id="challenge-urgency" name="urgency" defaultValue={filters.urgency ?? ""}>
            <option value="">{t("challenges.filters.any")}</option>
            {[...urgencies].reverse().map((u) => (
              <option key={u} value={u.toLowerCase()}>
                {t(`challenges.urgency.${u}`)}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1">
          <Label htmlFor="challenge-status">{t("challenges.filters.status")}</Label>
          <Select id="challenge-status" name="status" defaultValue={filters.status ?? ""}>
            <option value="">{t("challenges.filters.any")}</option>
            {challengeStatuses.map((s) => (
              <option key={s} value={s.toLowerCase()}>
                {t(`challenges.status.${s}`)}
              </option>
            ))}
          </Select>
        </div>
        <label className="flex items-center gap-2 text-sm font-medium text-slate-800 sm:col-span-2 lg:col-span-4">
          <input type="checkbox" name="noResponse" value="1" defaultChecked={input.noResponse} className="size-4 accent-teal-700" />
          {t("challenges.filters.noResponse")}
        </label>
        <div className="flex gap-2 sm:col-span-2 lg:col-span-4">
          <Button type="submit">{t("challenges.filters.apply")}</Button>
          {filtered ? (
            <ButtonLink href="/challenges" variant="ghost">
              {t("challenges.filters.reset")}
            </ButtonLink>
          ) : null}
        </div>
      </form>
      <section aria-labelledby="challenge-list-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="challenge-list-heading" className="text-lg font-semibold text-slate-900">
            {t("challenges.list")}
          </h2>
          <p className="text-sm text-slate-700" aria-live="polite" data-testid="challenge-count">
            {t("challenges.resultCount", { count: result.total })}
          </p>
        </div>
        <p className="text-sm text-slate-600">{t("challenges.rankNote")}</p>
        {result.items.length ? (
          <ol className="space-y-3">
            {result.items.map((challenge, i) => (
              <ChallengeCard key={challenge.id} challenge={challenge} rank={offset + i + 1} t={t} locale={locale} />
            ))}
          </ol>
        ) : (
          <EmptyState
            title={t("challenges.emptyTitle")}
            description={filtered ? t("challenges.emptyFiltered") : t("challenges.emptyBody")}
            action={filtered ? <ButtonLink href="/challenges" variant="secondary">{t("challenges.filters.reset")}</ButtonLink> : undefined}
          />
        )}
        <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => pageHref("/challenges", filters, page)} t={t} />
        <p className="text-sm">
          <a href="/api/v1/challenges" className="text-teal-800 underline">
            {t("challenges.openData")}
          </a>
        </p>
      </section>
    </div>
  );
}
