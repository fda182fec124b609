import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { BackLink } from "@/components/admin/back-link";
import { Markdown } from "@/components/common/markdown";
import { ModeratorsOnly } from "@/components/moderation/moderators-only";
import { QueueActions } from "@/components/moderation/queue-actions";
import { UndoProvider } from "@/components/moderation/undo-toast";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Field, Select } from "@/components/ui/form";
import { getTranslator } from "@/lib/i18n/server";
import { first, pageHref, type SearchParams } from "@/lib/search-params";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";
import { flagReasons } from "@/server/moderation/input";
import { openQueueCount, reviewQueue } from "@/server/moderation/service";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("moderation.title") };
}

// Open is the default view, so it stays out of the URL.
const queueHref = (params: { status: string; reason?: string; cursor?: string }) =>
  pageHref("/moderation", { status: params.status === "open" ? undefined : params.status, reason: params.reason, cursor: params.cursor }, 1);

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await getContext();
  if (!ctx.actor) redirect(`/signin?callbackUrl=${encodeURIComponent("/moderation")}`);
  const { t, locale } = await getTranslator();
  if (!policy.reviewFlags(ctx.actor)) return <ModeratorsOnly t={t} />;
  const viewerId = ctx.actor.id;
  const params = await searchParams;
  const [queue, openCount] = await Promise.all([
    reviewQueue(ctx, { status: first(params.status), reason: first(params.reason), cursor: first(params.cursor) }),
    openQueueCount(ctx.db),
  ]);
  const { status, reason, cursor } = queue.input;
  const open = status === "open";
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });

  return (
    <UndoProvider className="space-y-6">
      <PageHeader
        eyebrow={<BackLink href="/admin" label={t("admin.dashboardLink")} />}
        title={t("moderation.title")}
        description={t("moderation.description")}
        actions={
          <Link href="/admin/audit?entityType=ForumPost" className="text-sm text-teal-800 underline">
            {t("admin.cards.audit")}
          </Link>
        }
      />
      <form action="/moderation" method="get" className="flex flex-wrap items-end gap-3" aria-label={t("moderation.queue.filters")}>
        <div className="w-40">
          <Field id="queue-status" label={t("moderation.queue.status")}>
            {(aria) => (
              <Select {...aria} name="status" defaultValue={status}>
                <option value="open">{t("moderation.queue.open")}</option>
                <option value="resolved">{t("moderation.queue.resolved")}</option>
              </Select>
            )}
          </Field>
        </div>
        <div className="w-56">
          <Field id="queue-reason" label={t("moderation.queue.reason")}>
            {(aria) => (
              <Select {...aria} name="reason" defaultValue={reason ?? ""}>
                <option value="">{t("moderation.queue.anyReason")}</option>
                {flagReasons.map((value) => (
                  <option key={value} value={value}>
                    {t(`moderation.reasons.${value}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
        <Button type="submit" variant="secondary">
          {t("moderation.queue.filter")}
        </Button>
        {!open || reason ? (
          <ButtonLink href="/moderation" variant="ghost">
            {t("common.clear")}
          </ButtonLink>
        ) : null}
        <p className="ml-auto self-center" aria-live="polite">
          <Badge tone={openCount ? "amber" : "green"}>{t("moderation.queue.waiting", { count: openCount })}</Badge>
        </p>
      </form>

      {queue.items.length ? (
        <ol className="space-y-4" data-testid="review-queue">
          {queue.items.map((item) => (
            <li key={item.postId}>
              <article aria-labelledby={`queue-${item.postId}`} className="rounded-lg border border-slate-200 bg-white shadow-sm" data-testid="queue-item">
                <header className="flex flex-wrap items-center gap-2 border-b border-slate-100 px-5 py-3">
                  <Badge tone={open ? "amber" : "neutral"}>{t("moderation.queue.flags", { count: item.flagCount })}</Badge>
                  {item.reasons.map((r) => (
                    <Badge key={r.reason} tone={r.reason === "HARASSMENT" ? "red" : "neutral"}>
                      {t(`moderation.reasons.${r.reason}`)}
                      {r.count > 1 ? ` ×${r.count}` : ""}
                    </Badge>
                  ))}
                  {item.thread.locked ? <Badge tone="blue">{t("moderation.queue.locked")}</Badge> : null}
                  <span className="ml-auto text-sm text-slate-600">
                    {t("moderation.queue.inThread")}{" "}
                    <Link id={`queue-${item.postId}`} href={item.href} className="font-medium text-teal-800 hover:underline">
                      {item.thread.title}
                    </Link>
                  </span>
                </header>
                <div className="grid gap-5 px-5 py-4 lg:grid-cols-[minmax(0,1fr)_18rem]">
                  <div className="min-w-0 space-y-3">
                    <p className="text-sm text-slate-700">
                      <span className="text-slate-500">{t("moderation.queue.postedBy")} </span>
                      {item.author ? (
                        <Link href={`/moderation/people/${item.author.id}`} className="font-semibold text-teal-900 underline-offset-2 hover:underline">
                          {item.author.name}
                        </Link>
                      ) : (
                        <span className="font-semibold">{t("moderation.queue.deletedAuthor")}</span>
                      )}
                      {item.organisation ? <span> · {item.organisation}</span> : null}
                      <span> · {t(`moderation.queue.speaks.${item.speakerKind}`)}</span>
                      <span className="text-slate-500">
                        {" "}
                        · <time dateTime={item.createdAt.toISOString()}>{dateTime.format(item.createdAt)}</time>
                      </span>
                    </p>
                    {item.author?.suspendedUntil && item.author.suspendedUntil > new Date() ? (
                      <Badge tone="red">{t("moderation.queue.suspendedUntil", { date: day.format(item.author.suspendedUntil) })}</Badge>
                    ) : null}
                    {item.author && item.author.sanctionCount > 0 ? (
                      <Link href={`/moderation/people/${item.author.id}`} className="ml-2 text-xs text-amber-800 underline">
                        {t("moderation.queue.sanctions", { count: item.author.sanctionCount })}
                      </Link>
                    ) : null}
                    {item.disclosure ? <p className="text-xs text-slate-600">{t("moderation.queue.disclosure", { text: item.disclosure })}</p> : null}
                    <div className="max-h-72 overflow-y-auto rounded-md border border-slate-200 bg-slate-50 px-4 py-3">
                      <Markdown source={item.body} />
                    </div>
                    {item.hidden ? (
                      <p className="text-sm text-red-800">{t("moderation.queue.hiddenBy", { name: item.hidden.by ?? "—", reason: item.hidden.reason ?? "" })}</p>
                    ) : null}
                    {item.deleted ? <p className="text-sm text-slate-600">{t("moderation.queue.deleted")}</p> : null}
                  </div>
                  <div className="space-y-3">
                    <h3 className="text-sm font-semibold text-slate-900">{t("moderation.queue.flagsHeading")}</h3>
                    <ul className="space-y-2 text-sm">
                      {item.flags.map((flag) => (
                        <li key={flag.id} className="rounded-md border border-slate-100 bg-white p-2">
                          <p className="font-medium text-slate-800">
                            {t("moderation.queue.flaggedBy", { name: flag.flagger?.name ?? t("moderation.queue.anonymousFlagger"), reason: t(`moderation.reasons.${flag.reason}`) })}
                          </p>
                          {flag.note ? <p className="mt-0.5 text-slate-700">“{flag.note}”</p> : null}
                          <p className="mt-0.5 text-xs text-slate-500">
                            <time dateTime={flag.createdAt.toISOString()}>{dateTime.format(flag.createdAt)}</time>
                            {flag.status !== "OPEN" ? ` · ${t(`moderation.queue.resolution.${flag.status}`, { name: flag.resolvedBy?.name ?? "—" })}` : ""}
                          </p>
                        </li>
                      ))}
                    </ul>
                  </div>
                </div>
                {open ? (
                  <footer className="border-t border-slate-100 bg-slate-50/60 px-5 py-3">
                    <QueueActions
                      postId={item.postId}
                      threadTitle={item.thread.title}
                      hidden={!!item.hidden}
                      author={item.author ? { id: item.author.id, name: item.author.name, isAdmin: item.author.isAdmin } : null}
                      viewerId={viewerId}
                    />
                  </footer>
                ) : null}
              </article>
            </li>
          ))}
        </ol>
      ) : (
        <EmptyState
          title={open && !reason ? t("moderation.queue.empty") : t("moderation.queue.emptyResolved")}
          description={open && !reason ? t("moderation.queue.emptyHint") : undefined}
        />
      )}
      {cursor || queue.nextCursor ? (
        <nav aria-label={t("common.pagination")} className="flex items-center justify-between gap-4">
          {cursor ? (
            <ButtonLink href={queueHref({ status, reason })} variant="secondary" size="sm">
              ← {t("moderation.queue.first")}
            </ButtonLink>
          ) : (
            <span />
          )}
          {queue.nextCursor ? (
            <ButtonLink href={queueHref({ status, reason, cursor: queue.nextCursor })} variant="secondary" size="sm" rel="next">
              {t("moderation.queue.next")} →
            </ButtonLink>
          ) : null}
        </nav>
      ) : null}
    </UndoProvider>
  );
}
