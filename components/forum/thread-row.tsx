import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { UiLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { ThreadCard } from "@/server/forum/read";
import { categoryName, langTag, relativeTime, repliesText } from "./labels";
import { Avatar, SpeakerOrg } from "./speaker";

/** One thread in a list: title, who started it for whom, tags, replies, last activity and what is new. */
export function ThreadRow({ thread, t, locale, showCategory }: { thread: ThreadCard; t: Translate; locale: UiLocale; showCategory: boolean }) {
  const opening = thread.posts[0];
  const unread = thread.unread ?? 0;
  return (
    <li className="flex gap-3 px-4 py-3 sm:items-center" data-thread-id={thread.id}>
      <Avatar name={thread.author?.name ?? "?"} />
      <div className="min-w-0 flex-1 space-y-1">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          {thread.pinnedAt ? <Badge tone="amber">{t("forum.pinned")}</Badge> : null}
          {thread.lockedAt ? <Badge>{t("forum.locked")}</Badge> : null}
          {thread.hiddenAt ? <Badge tone="red">{t("forum.hiddenThread")}</Badge> : null}
          <Link href={`/forum/threads/${thread.id}`} className="font-semibold text-slate-900 hover:text-teal-800 hover:underline" lang={langTag(thread.language)}>
            {thread.title}
          </Link>
          {thread.acceptedPostId ? <Badge tone="green">{t("forum.answered")}</Badge> : null}
          {unread > 0 ? (
            <Link href={`/forum/threads/${thread.id}`} className="rounded-full bg-teal-700 px-2 py-0.5 text-xs font-semibold text-white" aria-label={t("forum.unreadLabel", { count: unread })}>
              {t("forum.newCount", { count: unread })}
            </Link>
          ) : thread.isNew ? (
            <Badge tone="blue">{t("forum.newThread")}</Badge>
          ) : null}
        </div>
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600">
          <span>{thread.author?.name ?? t("forum.formerMember")}</span>
          {opening ? <SpeakerOrg speaker={opening} t={t} compact /> : null}
          {showCategory ? (
            <Link href={`/forum/c/${thread.category.slug}`} className="text-teal-800 hover:underline">
              {categoryName(t, locale, thread.category)}
            </Link>
          ) : null}
          {thread.tags.map(({ tag }) => (
            <span key={tag.slug} className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-700">
              #{tag.name}
            </span>
          ))}
        </div>
      </div>
      <div className="hidden w-36 shrink-0 text-right text-xs text-slate-600 sm:block">
        <p className="text-sm font-semibold text-slate-800">{repliesText(t, thread.replyCount)}</p>
        <p>
          <time dateTime={thread.lastPostAt.toISOString()}>{relativeTime(locale, thread.lastPostAt)}</time>
        </p>
        {thread.lastPostBy ? <p className="truncate">{thread.lastPostBy.name}</p> : null}
      </div>
    </li>
  );
}
