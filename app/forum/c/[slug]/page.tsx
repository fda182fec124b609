import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LazyFollowButton } from "@/components/forum/lazy-islands";
import { categoryDescription, categoryName, threadsText } from "@/components/forum/labels";
import { CitiesFilter, ThreadList } from "@/components/forum/thread-list";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { cn } from "@/lib/utils";
import { getContext } from "@/server/auth/session";
import { getCategory, listThreads, popularTags } from "@/server/forum/read";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t, locale }, ctx] = await Promise.all([getTranslator(), getContext()]);
  const category = await getCategory(ctx, (await params).slug);
  return category ? { title: `${categoryName(t, locale, category)} · ${t("forum.title")}` } : {};
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const [{ t, locale }, ctx] = await Promise.all([getTranslator(), getContext()]);
  const category = await getCategory(ctx, slug);
  if (!category) notFound();
  const cities = one(query.cities) === "1";
  const tag = one(query.tag);
  const cursor = one(query.after);
  const [page, tags] = await Promise.all([listThreads(ctx, { categorySlug: slug, cities, tag, cursor }), popularTags(ctx.db, category.id)]);
  const href = (p: { cities?: boolean; tag?: string | null; after?: string | null }) => {
    const q = new URLSearchParams();
    if (p.cities) q.set("cities", "1");
    if (p.tag) q.set("tag", p.tag);
    if (p.after) q.set("after", p.after);
    const s = q.toString();
    return `/forum/c/${slug}${s ? `?${s}` : ""}`;
  };
  const name = categoryName(t, locale, category);
  return (
    <div className="space-y-6">
      <PageHeader
        eyebrow={
          <Link href="/forum" className="hover:underline">
            {t("forum.title")}
          </Link>
        }
        title={name}
        description={categoryDescription(t, locale, category)}
        actions={
          ctx.actor ? (
            <>
              <LazyFollowButton target={{ categoryId: category.id }} following={category.following} />
              <ButtonLink href={`/forum/new?category=${category.slug}`}>{t("forum.startThread")}</ButtonLink>
            </>
          ) : (
            <ButtonLink href={`/signin?callbackUrl=/forum/c/${slug}`} variant="secondary">
              {t("forum.signInToPost")}
            </ButtonLink>
          )
        }
      />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <nav aria-label={t("forum.filters.tags")} className="flex flex-wrap items-center gap-1.5">
          <Link href={href({ cities })} aria-current={!tag ? "true" : undefined} className={cn("rounded-full px-3 py-1 text-sm", !tag ? "bg-slate-800 text-white" : "bg-slate-100 text-slate-700 hover:bg-slate-200")}>
            {t("forum.filters.allTags")}
          </Link>
          {tags.map((g) => (
            <Link key={g.slug} href={href({ cities, tag: g.slug })} aria-current={tag === g.slug ? "true" : undefined} className={cn("rounded-full px-3 py-1 text-sm", tag === g.slug ? "bg-slate-800 text-white" : "bg-slate-100 text-slate-700 hover:bg-slate-200")}>
              #{g.name} <span className="text-xs opacity-70">{g.uses}</span>
            </Link>
          ))}
        </nav>
        <CitiesFilter cities={cities} hrefFor={(c) => href({ cities: c, tag })} t={t} />
      </div>
      <p className="text-sm text-slate-600">{threadsText(t, category.threadCount)}</p>
      <ThreadList
        pinned={page.pinned}
        threads={page.threads}
        nextHref={page.nextCursor ? href({ cities, tag, after: page.nextCursor }) : null}
        firstHref={cursor ? href({ cities, tag }) : null}
        t={t}
        locale={locale}
        showCategory={false}
        empty={{
          title: cities ? t("forum.emptyCitiesTitle") : t("forum.emptyTitle"),
          description: t("forum.emptyBody"),
          action: ctx.actor ? <ButtonLink href={`/forum/new?category=${category.slug}`}>{t("forum.startThread")}</ButtonLink> : undefined,
        }}
      />
    </div>
  );
}
