import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, Section } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { getContext } from "@/server/auth/session";
import { listAttachedThreads, type AttachmentTarget } from "@/server/forum/attachments";
import { repliesText } from "./labels";

/** The discussions attached to a record (initiative, practice, framework, event, challenge), for its page. */
export async function AttachedThreads({ target }: { target: AttachmentTarget }) {
  const [{ t, locale }, ctx] = await Promise.all([getTranslator(), getContext()]);
  const { threads, total } = await listAttachedThreads(ctx.db, target);
  const startHref = `/forum/new?${target.kind}=${encodeURIComponent(target.id)}`;
  const when = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  return (
    <Section
      title={t("forum.attached.title")}
      id={`discussions-${target.kind}`}
      actions={
        threads.length ? (
          <ButtonLink href={startHref} size="sm" variant="secondary">
            {t("forum.attached.start")}
          </ButtonLink>
        ) : null
      }
    >
      {threads.length ? (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {threads.map((thread) => (
            <li key={thread.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3">
              <div className="min-w-0">
                <Link href={`/forum/threads/${thread.id}`} className="font-medium text-teal-900 hover:underline" lang={thread.language === "zh" ? "zh-CN" : thread.language}>
                  {thread.title}
                </Link>
                {thread.acceptedPostId ? (
                  <Badge tone="green" className="ml-2">
                    {t("forum.answered")}
                  </Badge>
                ) : null}
                <p className="text-xs text-slate-600">{thread.author ? t("forum.attached.startedBy", { name: thread.author.name }) : null}</p>
              </div>
              <p className="text-xs text-slate-600">
                {repliesText(t, thread.replyCount)} · <time dateTime={thread.lastPostAt.toISOString()}>{when.format(thread.lastPostAt)}</time>
              </p>
            </li>
          ))}
          {total > threads.length ? (
            <li className="px-4 py-2 text-sm text-slate-600">{t("forum.attached.more", { count: total - threads.length })}</li>
          ) : null}
        </ul>
      ) : (
        <EmptyState
          title={t("forum.attached.emptyTitle")}
          description={t("forum.attached.emptyBody")}
          action={
            <ButtonLink href={startHref} size="sm">
              {t("forum.attached.start")}
            </ButtonLink>
          }
        />
      )}
    </Section>
  );
}
