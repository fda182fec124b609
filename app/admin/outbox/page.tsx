import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { BackLink } from "@/components/admin/back-link";
import { first, pageHref, type SearchParams } from "@/lib/search-params";
import { SearchForm } from "@/components/admin/search-form";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { getTranslator } from "@/lib/i18n/server";
import { listOutbox } from "@/server/admin/service";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.outbox.title") };
}

export default async function OutboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await getContext();
  if (!ctx.actor) redirect(`/signin?callbackUrl=${encodeURIComponent("/admin/outbox")}`);
  if (!policy.readOutbox(ctx.actor)) notFound();
  const params = await searchParams;
  const { t, locale } = await getTranslator();
  const outbox = await listOutbox(ctx, { q: first(params.q), page: first(params.page) });
  const q = outbox.input.q;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });

  return (
    <div className="space-y-6">
      <PageHeader eyebrow={<BackLink href="/admin" label={t("admin.dashboardLink")} />} title={t("admin.outbox.title")} description={t("admin.outbox.description")} />
      <SearchForm
        action="/admin/outbox"
        id="outbox-q"
        label={t("admin.outbox.search")}
        hint={t("admin.outbox.searchHint")}
        value={q}
        labels={{ search: t("common.search"), clear: t("common.clear") }}
      />
      <p className="text-sm text-slate-700" aria-live="polite">
        {t("admin.outbox.total", { count: outbox.total })}
      </p>
      {outbox.items.length ? (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm" data-testid="outbox-table">
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-2 font-semibold">{t("admin.outbox.date")}</th>
                <th scope="col" className="px-4 py-2 font-semibold">{t("admin.outbox.to")}</th>
                <th scope="col" className="px-4 py-2 font-semibold">{t("admin.outbox.subject")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {outbox.items.map((mail) => (
                <tr key={mail.id}>
                  <td className="px-4 py-2 whitespace-nowrap text-slate-600">
                    <time dateTime={mail.createdAt.toISOString()}>{date.format(mail.createdAt)}</time>
                  </td>
                  <td className="px-4 py-2 break-all">{mail.to}</td>
                  <td className="px-4 py-2">
                    <Link href={`/admin/outbox/${mail.id}`} className="text-teal-800 underline">
                      {mail.subject}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <EmptyState title={q ? t("admin.outbox.emptySearch", { q }) : t("admin.outbox.empty")} />
      )}
      <Pagination
        page={outbox.page}
        pageCount={outbox.pageCount}
        hrefFor={(page) => pageHref("/admin/outbox", { q }, page)}
        t={t}
      />
    </div>
  );
}
