import Link from "next/link";
import { Markdown } from "@/components/common/markdown";
import { LazyPostModeration } from "@/components/moderation/lazy-islands";
import { Badge } from "@/components/ui/badge";
import type { UiLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { cn } from "@/lib/utils";
import type { Actor } from "@/server/auth/actor";
import { policy } from "@/server/auth/policy";
import type { PostView } from "@/server/forum/read";
import { langTag, relativeTime } from "./labels";
import { LazyPostInteractive } from "./lazy-islands";
import { Avatar, Disclosure, SpeakerOrg } from "./speaker";

type Thread = { id: string; title: string; language: string; authorId: string | null; acceptedPostId: string | null; lockedAt: Date | null };

/**
 * One post in the stream: who wrote it and for whom, the reply-to link, the body (or the
 * placeholder a hidden or deleted post leaves), and the actions this reader may take.
 */
export function ForumPost(props: { post: PostView; thread: Thread; actor: Actor | null; t: Translate; locale: UiLocale; anchor?: boolean; highlight?: boolean; flagged?: boolean }) {
  const { post, thread, actor, t, locale } = props;
  const accepted = thread.acceptedPostId === post.id;
  // A deleted account keeps its row without a name: its posts read "former member", unlinked.
  const author = post.author?.name || t("forum.formerMember");
  const profileId = post.author?.name ? post.author.id : null;
  const when = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" }).format(post.createdAt);
  const live = post.state === "visible";
  const canModerate = policy.hidePost(actor);
  const canFlag = live && policy.flagPost(actor, post);
  const can = {
    like: live && policy.likeForumPost(actor, post),
    reply: live && policy.replyInForum(actor, thread),
    accept: live && policy.acceptForumAnswer(actor, thread),
    edit: policy.editForumPost(actor, { authorId: post.authorId, threadLocked: !!thread.lockedAt }),
    delete: policy.deleteForumPost(actor, post),
  };
  const body = (
    <>
      {post.state === "hidden" ? (
        <div role="note" className="mb-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <p className="font-semibold">{t("forum.post.hiddenNotice")}</p>
          {post.hiddenReason ? <p>{t("forum.post.hiddenReason", { reason: post.hiddenReason })}</p> : null}
        </div>
      ) : null}
      <div lang={langTag(thread.language)}>
        <Markdown source={post.markdown ?? ""} />
      </div>
      <Disclosure speaker={post} t={t} />
    </>
  );
  return (
    <article
      id={props.anchor === false ? undefined : `post-${post.number}`}
      aria-labelledby={`post-${post.number}-author`}
      data-post-number={post.number}
      data-state={post.state}
      className={cn(
        "flex scroll-mt-24 gap-3 px-4 py-5 sm:gap-4 sm:px-5",
        accepted && "bg-green-50/60",
        props.highlight && "bg-amber-50/70",
        post.state === "hidden" && post.markdown && "opacity-70",
      )}
    >
      {/* On phones the text gets the whole width; the name and organisation still lead each post. */}
      <Avatar name={author} className="hidden sm:inline-flex" />
      <div className="min-w-0 flex-1">
        <header className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
          <span id={`post-${post.number}-author`} className="font-semibold text-slate-900">
            {profileId ? (
              <Link href={`/people/${profileId}`} className="hover:text-teal-800 hover:underline">
                {author}
              </Link>
            ) : (
              author
            )}
          </span>
          <SpeakerOrg speaker={post} t={t} />
          {accepted ? <Badge tone="green">✓ {t("forum.post.acceptedAnswer")}</Badge> : null}
          <span className="ml-auto flex items-center gap-2 text-xs text-slate-600">
            {post.replyTo ? (
              <Link href={`/forum/threads/${thread.id}?post=${post.replyTo.number}#post-${post.replyTo.number}`} className="text-teal-800 hover:underline">
                {t("forum.post.inReplyTo", { number: post.replyTo.number })}
              </Link>
            ) : null}
            {post.editedAt && live ? (
              <Link href={`/forum/posts/${post.id}/history`} className="italic hover:underline" title={t("forum.post.historyLink")}>
                {t("forum.post.edited")}
              </Link>
            ) : null}
            <Link href={`/forum/threads/${thread.id}?post=${post.number}#post-${post.number}`} className="hover:underline" title={when}>
              <time dateTime={post.createdAt.toISOString()}>{relativeTime(locale, post.createdAt)}</time>
            </Link>
            <span aria-label={t("forum.post.numberLabel", { number: post.number })}>#{post.number}</span>
          </span>
        </header>
        <div className="mt-2">
          {post.state === "deleted" ? (
            <p className="rounded-md border border-dashed border-slate-300 bg-slate-50 px-3 py-2 text-sm italic text-slate-600">{t("forum.post.deletedPlaceholder")}</p>
          ) : post.state === "hidden" && !post.markdown ? (
            <p className="rounded-md border border-dashed border-slate-300 bg-slate-50 px-3 py-2 text-sm italic text-slate-600">{t("forum.post.hiddenPlaceholder")}</p>
          ) : Object.values(can).some(Boolean) || canModerate || canFlag ? (
            <LazyPostInteractive
              postId={post.id}
              threadId={thread.id}
              number={post.number}
              author={author}
              source={post.source}
              version={post.version}
              threadTitle={thread.title}
              liked={post.liked}
              likeCount={post.likeCount}
              accepted={accepted}
              can={can}
              moderation={
                <LazyPostModeration postId={post.id} threadId={thread.id} hidden={post.state === "hidden"} canModerate={canModerate} canFlag={canFlag} flagged={props.flagged} />
              }
            >
              {body}
            </LazyPostInteractive>
          ) : (
            // A reader with no action on the post gets the action bar's read-only part without the island.
            <>
              {body}
              <div className="mt-3 flex flex-wrap items-center gap-1 text-sm">
                {post.likeCount > 0 ? (
                  <span className="px-3 text-slate-600" aria-label={t("forum.post.likes", { count: post.likeCount })}>
                    <span aria-hidden>♥</span> {post.likeCount}
                  </span>
                ) : null}
              </div>
            </>
          )}
        </div>
      </div>
    </article>
  );
}
