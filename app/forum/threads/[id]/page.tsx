import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { categoryName, langTag, repliesText } from "@/components/forum/labels";
import { LazyComposer, LazyFollowButton } from "@/components/forum/lazy-islands";
import { ForumPost } from "@/components/forum/post";
import { CitiesFilter } from "@/components/forum/thread-list";
import { LazyThreadModeration } from "@/components/moderation/lazy-islands";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink, buttonVariants } from "@/components/ui/button";
import { contentLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/server";
import { SuspendedNotice } from "@/components/moderation/suspended-notice";
import { flaggedByMe } from "@/server/moderation/service";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";
import { getThread, listPosts, postsByNumber } from "@/server/forum/read";
import { getDraft, markRead, speakerChoices } from "@/server/forum/service";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const num = (v: string | string[] | undefined) => {
  const n = Number(one(v));
  return Number.isInteger(n) && n >= 1 ? n : undefined;
};

const load = cache(async (id: string) => {
  const ctx = await getContext();
  return { ctx, thread: await getThread(ctx, id) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { thread } = await load((await params).id);
  return thread ? { title: thread.title } : {};
}

export default async function ThreadPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const [{ t, locale }, { ctx, thread }] = await Promise.all([getTranslator(), load(id)]);
  if (!thread) notFound();
  const actor = ctx.actor;
  const cities = one(query.cities) === "1";
  const after = num(query.after);
  const before = num(query.before);
  const from = num(query.post);
  // A returning reader lands on the first post they have not seen.
  if (after === undefined && before === undefined && from === undefined && !cities && thread.lastReadNumber !== null && thread.lastReadNumber < thread.postCount) {
    const next = thread.lastReadNumber + 1;
    redirect(`/forum/threads/${thread.id}?post=${next}#post-${next}`);
  }
  const [page, pinnedPosts] = await Promise.all([
    listPosts(ctx, { threadId: thread.id, after, before, from, cities }),
    postsByNumber(ctx, thread.id, [1]),
  ]);
  const opening = pinnedPosts[0];
  const accepted = thread.acceptedPostId ? (await ctx.db.forumPost.findUnique({ where: { id: thread.acceptedPostId }, select: { number: true } }))?.number : undefined;
  const acceptedView = accepted ? (await postsByNumber(ctx, thread.id, [accepted]))[0] : undefined;
  // The opening post always heads the page (with the accepted answer under it); the stream holds the replies.
  const replies = page.posts.filter((p) => p.number > 1);
  const lastShown = page.posts.at(-1)?.number;
  const readBefore = thread.lastReadNumber;
  if (actor && lastShown && !cities) await markRead(ctx.db, actor.id, thread.id, lastShown);

  const flagged = await flaggedByMe(ctx, [opening, acceptedView, ...page.posts].flatMap((p) => (p ? [p.id] : [])));
  const canReply = policy.replyInForum(actor, thread);
  const [speakers, draft] = actor && canReply ? await Promise.all([speakerChoices(ctx.db, actor), getDraft(ctx, { key: `reply:${thread.id}` })]) : [[], null];
  const href = (p: { after?: number; before?: number; cities?: boolean }) => {
    const q = new URLSearchParams();
    if (p.cities) q.set("cities", "1");
    if (p.after !== undefined) q.set("after", String(p.after));
    if (p.before !== undefined) q.set("before", String(p.before));
    const s = q.toString();
    return `/forum/threads/${thread.id}${s ? `?${s}` : ""}`;
  };
  const threadForPosts = { ...thread };
  const firstUnread = readBefore !== null ? replies.find((p) => p.number > readBefore)?.number : undefined;

  return (
    <article className="mx-auto max-w-4xl space-y-6">
      <header className="space-y-3 border-b border-slate-200 pb-5">
        <nav aria-label={t("forum.breadcrumb")} className="text-sm text-teal-800">
          <Link href="/forum" className="hover:underline">
            {t("forum.title")}
          </Link>
          <span aria-hidden> / </span>
          <Link href={`/forum/c/${thread.category.slug}`} className="hover:underline">
            {categoryName(t, locale, thread.category)}
          </Link>
        </nav>
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl" lang={langTag(thread.language)}>
          {thread.title}
        </h1>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          {thread.pinnedAt ? <Badge tone="amber">{t("forum.pinned")}</Badge> : null}
          {thread.lockedAt ? <Badge>{t("forum.locked")}</Badge> : null}
          {thread.hiddenAt ? <Badge tone="red">{t("forum.hiddenThread")}</Badge> : null}
          {thread.acceptedPostId ? <Badge tone="green">{t("forum.answered")}</Badge> : null}
          <Badge>{t(`knowledge.language.${thread.language}`)}</Badge>
          {thread.tags.map(({ tag }) => (
            <Link key={tag.slug} href={`/forum/c/${thread.category.slug}?tag=${encodeURIComponent(tag.slug)}`} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700 hover:bg-slate-200">
              #{tag.name}
            </Link>
          ))}
        </div>
        {thread.attachment ? (
          <p className="text-sm text-slate-700">
            {t("forum.attachedTo", { kind: t(`forum.attachmentKinds.${thread.attachment.kind}`) })}{" "}
            <Link href={thread.attachment.href} className="font-medium text-teal-800 hover:underline">
              {thread.attachment.title}
            </Link>
          </p>
        ) : null}
        <div className="flex flex-wrap items-center justify-between gap-3">
          <CitiesFilter cities={cities} hrefFor={(c) => href({ cities: c })} t={t} />
          <div className="flex flex-wrap items-center gap-2">
            {actor ? <LazyFollowButton target={{ threadId: thread.id }} following={thread.following} /> : null}
          </div>
        </div>
        {policy.lockThread(actor) ? <LazyThreadModeration threadId={thread.id} locked={!!thread.lockedAt} pinned={!!thread.pinnedAt} categoryId={thread.categoryId} /> : null}
      </header>

      {opening ? (
        <section aria-label={t("forum.openingPost")} className="rounded-lg border border-slate-200 bg-white shadow-sm">
          <ForumPost post={opening} thread={threadForPosts} actor={actor} t={t} locale={locale} anchor={false} flagged={flagged.has(opening.id)} />
        </section>
      ) : null}
      {acceptedView ? (
        <section aria-labelledby="accepted-heading" className="rounded-lg border border-green-300 bg-white shadow-sm">
          <h2 id="accepted-heading" className="flex items-center justify-between border-b border-green-200 bg-green-50 px-5 py-2 text-sm font-semibold text-green-900">
            <span>✓ {t("forum.acceptedAnswerHeading")}</span>
            <Link href={`/forum/threads/${thread.id}?post=${acceptedView.number}#post-${acceptedView.number}`} className="font-normal hover:underline">
              {t("forum.goToPost", { number: acceptedView.number })}
            </Link>
          </h2>
          <ForumPost post={acceptedView} thread={threadForPosts} actor={actor} t={t} locale={locale} anchor={false} flagged={flagged.has(acceptedView.id)} />
        </section>
      ) : null}

      <section aria-label={t("forum.posts")} className="rounded-lg border border-slate-200 bg-white shadow-sm">
        <h2 className="border-b border-slate-200 px-5 py-3 text-sm font-semibold text-slate-700">{repliesText(t, thread.replyCount)}</h2>
        {page.previousBefore ? (
          <div className="border-b border-slate-200 px-5 py-3 text-center">
            <Link href={href({ before: page.previousBefore, cities })} className={buttonVariants({ variant: "secondary", size: "sm" })} rel="prev">
              ↑ {t("forum.earlierPosts")}
            </Link>
          </div>
        ) : null}
        {replies.length ? (
          <ol className="divide-y divide-slate-200">
            {replies.map((post) => (
              <li key={post.id}>
                {post.number === firstUnread ? (
                  <p id="new" className="flex items-center gap-3 px-5 pt-3 text-xs font-semibold uppercase tracking-wide text-rose-700">
                    <span className="h-px flex-1 bg-rose-300" aria-hidden />
                    {t("forum.newSinceLastVisit")}
                    <span className="h-px flex-1 bg-rose-300" aria-hidden />
                  </p>
                ) : null}
                <ForumPost post={post} thread={threadForPosts} actor={actor} t={t} locale={locale} highlight={post.number === from && from > 1} flagged={flagged.has(post.id)} />
              </li>
            ))}
          </ol>
        ) : (
          <p className="px-5 py-8 text-center text-sm text-slate-600">{cities ? t("forum.noCityPosts") : t("forum.noReplies")}</p>
        )}
        {page.nextAfter ? (
          <div className="border-t border-slate-200 px-5 py-3 text-center">
            <Link href={href({ after: page.nextAfter, cities })} className={buttonVariants({ variant: "secondary", size: "sm" })} rel="next">
              ↓ {t("forum.laterPosts")}
            </Link>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="reply-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="reply-heading" className="mb-3 text-lg font-semibold text-slate-900">
          {t("forum.replyHeading")}
        </h2>
        {!actor ? (
          <ButtonLink href={`/signin?callbackUrl=/forum/threads/${thread.id}`} variant="secondary">
            {t("forum.signInToReply")}
          </ButtonLink>
        ) : policy.isSuspended(actor) && actor.suspendedUntil ? (
          <SuspendedNotice until={actor.suspendedUntil} t={t} locale={locale} />
        ) : !canReply ? (
          <Alert tone="info">{t("forum.lockedNotice")}</Alert>
        ) : (
          <>
            {thread.lockedAt ? <Alert tone="warning" className="mb-3">{t("forum.lockedModeratorNotice")}</Alert> : null}
            <LazyComposer mode="reply" threadId={thread.id} speakers={speakers} draft={draft} defaultLanguage={contentLocale(locale)} />
          </>
        )}
      </section>
    </article>
  );
}
