import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Composer } from "@/components/forum/composer";
import { categoryName } from "@/components/forum/labels";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/card";
import { contentLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/server";
import { SuspendedNotice } from "@/components/moderation/suspended-notice";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";
import { ensureForumCategories } from "@/server/forum/categories";
import { attachmentFromQuery } from "@/server/forum/compose";
import { listCategories } from "@/server/forum/read";
import { getDraft, speakerChoices } from "@/server/forum/service";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("forum.newThreadTitle") };
}

export default async function NewThreadPage({ searchParams }: Props) {
  const raw = await searchParams;
  const query = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const [{ t, locale }, ctx] = await Promise.all([getTranslator(), getContext()]);
  if (!ctx.actor) {
    const back = `/forum/new${Object.keys(query).length ? `?${new URLSearchParams(query as Record<string, string>).toString()}` : ""}`;
    redirect(`/signin?callbackUrl=${encodeURIComponent(back)}`);
  }
  const suspendedUntil = ctx.actor.suspendedUntil;
  await ensureForumCategories(ctx.db);
  const [categories, attachment, speakers] = await Promise.all([listCategories(ctx), attachmentFromQuery(ctx, query), speakerChoices(ctx.db, ctx.actor)]);
  const wanted = query.category ?? attachment?.categorySlug;
  const initial = categories.find((c) => c.slug === wanted) ?? categories.find((c) => c.slug === "dialogue") ?? categories[0];
  const draft = initial ? await getDraft(ctx, { key: `thread:${initial.id}` }) : null;
  const options = categories.map((c) => ({ id: c.id, name: categoryName(t, locale, c), group: c.themeId ? t("forum.groups.themes") : t("forum.groups.mechanisms") }));
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        eyebrow={
          <Link href="/forum" className="hover:underline">
            {t("forum.title")}
          </Link>
        }
        title={t("forum.newThreadTitle")}
        description={t("forum.newThreadIntro")}
      />
      {!policy.startForumThread(ctx.actor) ? (
        <SuspendedNotice until={suspendedUntil ?? new Date()} t={t} locale={locale} />
      ) : !initial ? (
        <Alert tone="info">{t("forum.noCategories")}</Alert>
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <Composer
            mode="thread"
            categories={options}
            categoryId={initial.id}
            attachment={attachment ? { kind: attachment.kind, id: attachment.id, title: attachment.title, label: t(`forum.attachmentKinds.${attachment.kind}`) } : null}
            speakers={speakers}
            draft={draft}
            defaultLanguage={contentLocale(locale)}
          />
        </div>
      )}
    </div>
  );
}
