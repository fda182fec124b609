import type { Metadata } from "next";
import Link from "next/link";
import { categoryDescription, categoryName, relativeTime, threadsText } from "@/components/forum/labels";
import { CitiesFilter, ThreadList } from "@/components/forum/thread-list";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader, Section } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { getContext } from "@/server/auth/session";
import { ensureForumCategories } from "@/server/forum/categories";
import { TOP_WINDOW_DAYS } from "@/server/forum/input";
import { listCategories, listThreads, type CategoryRow } from "@/server/forum/read";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("forum.title"), description: t("forum.description") };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

const VIEWS = ["latest", "top", "unread", "categories"] as const;
type View = (typeof VIEWS)[number];

export default async function ForumPage({ searchParams }: Props) {
  const params = await searchParams;
  const cities = one(params.cities) === "1";
  const cursor = one(params.after);
  const [{ t, locale }, ctx] = await Promise.all([getTranslator(), getContext()]);
  const asked = VIEWS.find((v) => v === one(params.view)) ?? "latest";
  // Unread is a reader's own list: visitors see Latest (and no Unread tab).
  const view: View = asked === "unread" && !ctx.actor ? "latest" : asked;
  await ensureForumCategories(ctx.db);
  const [categories, latest] = await Promise.all([
    listCategories(ctx),
    view === "categories" ? null : listThreads(ctx, { cities, cursor, take: 20, order: view }),
  ]);
  const href = (p: { cities?: boolean; after?: string | null; view?: View }) => {
    const q = new URLSearchParams();
    const v = p.view ?? view;
    if (v !== "latest") q.set("view", v);
    if (p.cities) q.set("cities", "1");
    if (p.after) q.set("after", p.after);
    const s = q.toString();
    return `/forum${s ? `?${s}` : ""}`;
  };
  const themed = categories.filter((c) => c.themeId);
  const mechanisms = categories.filter((c) => !c.themeId);

  const categoryCard = (c: CategoryRow) => (
    <li key={c.id} className="flex flex-col justify-between gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm transition hover:border-teal-600">
      <div>
        <div className="flex items-start justify-between gap-2">
          <Link href={`/forum/c/${c.slug}`} className="font-semibold text-slate-900 hover:text-teal-800 hover:underline">
            {categoryName(t, locale, c)}
          </Link>
          {c.unreadThreads > 0 ? (
            <span className="shrink-0 rounded-full bg-teal-700 px-2 py-0.5 text-xs font-semibold text-white">{t("forum.categoryUnread", { count: c.unreadThreads })}</span>
          ) : null}
        </div>
        <p className="mt-1 text-sm text-slate-600">{categoryDescription(t, locale, c)}</p>
      </div>
      <p className="text-xs text-slate-600">
        {threadsText(t, c.threadCount)}
        {c.lastPostAt ? <> · {t("forum.lastActivity", { when: relativeTime(locale, c.lastPostAt) })}</> : null}
      </p>
    </li>
  );

  return (
    <div className="space-y-10">
      <PageHeader
        title={t("forum.title")}
        description={t("forum.description")}
        actions={ctx.actor ? <ButtonLink href="/forum/new">{t("forum.startThread")}</ButtonLink> : <ButtonLink href="/signin?callbackUrl=/forum/new" variant="secondary">{t("forum.signInToPost")}</ButtonLink>}
      />
      <nav aria-label={t("forumFront.tabsLabel")} className="overflow-x-auto border-b border-slate-200">
        <ul className="flex gap-1">
          {VIEWS.filter((v) => v !== "unread" || ctx.actor).map((v) => (
            <li key={v}>
              <Link
                href={href({ view: v })}
                aria-current={v === view ? "page" : undefined}
                className={`inline-block border-b-2 px-4 py-2 text-sm font-medium whitespace-nowrap ${
                  v === view ? "border-teal-700 text-teal-800" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"
                }`}
              >
                {t(`forumFront.${v}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {latest ? (
        <Section
          title={t(`forumFront.${view}`)}
          id="threads"
          actions={<CitiesFilter cities={cities} hrefFor={(c) => href({ cities: c })} t={t} />}
        >
          {view !== "latest" ? (
            <p className="text-sm text-slate-600">{view === "top" ? t("forumFront.topHint", { days: TOP_WINDOW_DAYS }) : t("forumFront.unreadHint")}</p>
          ) : null}
          <ThreadList
            pinned={[]}
            threads={latest.threads}
            nextHref={latest.nextCursor ? href({ cities, after: latest.nextCursor }) : null}
            firstHref={cursor ? href({ cities }) : null}
            t={t}
            locale={locale}
            showCategory
            empty={
              view === "unread"
                ? { title: t("forumFront.unreadEmptyTitle"), description: t("forumFront.unreadEmptyBody") }
                : view === "top" && !cities
                  ? { title: t("forumFront.topEmptyTitle", { days: TOP_WINDOW_DAYS }), description: t("forum.emptyBody") }
                  : { title: cities ? t("forum.emptyCitiesTitle") : t("forum.emptyTitle"), description: t("forum.emptyBody") }
            }
          />
        </Section>
      ) : null}
      <Section title={t("forum.groups.mechanisms")} id="mechanisms">
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">{mechanisms.map(categoryCard)}</ul>
      </Section>
      <Section title={t("forum.groups.themes")} id="themes">
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">{themed.map(categoryCard)}</ul>
      </Section>
    </div>
  );
}
