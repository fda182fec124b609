import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Markdown } from "@/components/common/markdown";
import { PageHeader } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { getContext } from "@/server/auth/session";
import { mentionMarkdown } from "@/server/forum/mentions";
import { postHistory } from "@/server/forum/read";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("forum.history.title"), robots: { index: false } };
}

/** Every version of a post, newest first: edits are visible, so nobody rewrites what others answered. */
export default async function PostHistoryPage({ params }: Props) {
  const { id } = await params;
  const [{ t, locale }, ctx] = await Promise.all([getTranslator(), getContext()]);
  const history = await postHistory(ctx, id);
  if (!history) notFound();
  const { post } = history;
  const when = (d: Date) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(d);
  const back = `/forum/threads/${history.threadId}?post=${post.number}#post-${post.number}`;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader
        eyebrow={
          <Link href={back} className="hover:underline">
            ← {history.threadTitle}
          </Link>
        }
        title={t("forum.history.heading", { number: post.number })}
        description={t("forum.history.intro", { count: history.revisions.length })}
      />
      <ol className="space-y-4">
        <li className="rounded-lg border border-teal-300 bg-white p-5 shadow-sm">
          <p className="mb-2 text-sm font-semibold text-teal-900">
            {t("forum.history.current", { version: post.version })}
            {post.editedAt ? <span className="font-normal text-slate-600"> · {when(post.editedAt)}</span> : null}
          </p>
          <Markdown source={post.markdown ?? ""} />
        </li>
        {history.revisions.map((r) => (
          <li key={r.id} className="rounded-lg border border-slate-200 bg-slate-50 p-5">
            <p className="mb-2 text-sm font-semibold text-slate-800">
              {t("forum.history.version", { version: r.version })}
              <span className="font-normal text-slate-600"> · {t("forum.history.replacedBy", { name: r.editor?.name ?? t("forum.formerMember"), when: when(r.createdAt) })}</span>
            </p>
            {r.title ? <p className="mb-2 text-sm text-slate-700">{t("forum.history.titleWas", { title: r.title })}</p> : null}
            <Markdown source={mentionMarkdown(r.body, [])} />
          </li>
        ))}
      </ol>
    </div>
  );
}
