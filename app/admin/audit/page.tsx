import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { BackLink } from "@/components/admin/back-link";
import { first, pageHref, type SearchParams } from "@/lib/search-params";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/form";
import { contentLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import type { AuditRef } from "@/server/moderation/audit-names";
import { auditLog } from "@/server/moderation/service";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";

/** A catalog text, or `fallback` when the catalog has none (codes added after this page was written). */
function known(t: Translate, key: string, fallback: string) {
  const text = t(key);
  return text === key ? fallback : text;
}

/** Instants stored in the details ("until") read as dates in the reader's language. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

const actionName = (t: Translate, action: string) => known(t, `moderation.audit.actions.${action.replace(/\./g, "_")}`, action);
const typeName = (t: Translate, type: string) => known(t, `moderation.audit.types.${type}`, type);
const detailName = (t: Translate, key: string) => known(t, `moderation.audit.keys.${key}`, key);

/** A record by its name, linked where it is shown; records deleted since are said to be gone. */
function RefText({ entry, t, sanctionsHref = null }: { entry: AuditRef; t: Translate; sanctionsHref?: string | null }) {
  const name = entry.name ?? (entry.nameKey ? t(entry.nameKey) : null);
  if (!name) return <span className="text-slate-500">{t("moderation.audit.deleted")}</span>;
  const href = sanctionsHref ?? entry.href;
  return href ? (
    <Link href={href} className="text-teal-800 underline-offset-2 hover:underline">
      {name}
    </Link>
  ) : (
    <span>{name}</span>
  );
}

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.audit.title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await getContext();
  if (!ctx.actor) redirect(`/signin?callbackUrl=${encodeURIComponent("/admin/audit")}`);
  if (!policy.readAuditLog(ctx.actor)) notFound();
  const params = await searchParams;
  const { t, locale } = await getTranslator();
  const log = await auditLog(
    ctx,
    {
      entityType: first(params.entityType),
      action: first(params.action),
      actor: first(params.actor),
      from: first(params.from),
      to: first(params.to),
      cursor: first(params.cursor),
    },
    contentLocale(locale),
  );
  const { entityType, action, actor, from, to, cursor } = log.input;
  const filters = { entityType, action, actor, from, to };
  const filtered = Object.values(filters).some(Boolean);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "medium" });
  const canReadSanctions = policy.readSanctions(ctx.actor);

  return (
    <div className="space-y-6">
      <PageHeader eyebrow={<BackLink href="/admin" label={t("admin.dashboardLink")} />} title={t("admin.audit.title")} description={t("admin.audit.description")} />
      <form action="/admin/audit" method="get" className="flex flex-wrap items-end gap-3">
        <div className="w-44">
          <Field id="audit-entity" label={t("admin.audit.entityType")}>
            {(aria) => (
              <Select {...aria} name="entityType" defaultValue={entityType ?? ""}>
                <option value="">{t("admin.audit.anyEntity")}</option>
                {log.facets.entityTypes.map((value) => (
                  <option key={value} value={value}>
                    {typeName(t, value)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
        <div className="w-56">
          <Field id="audit-action" label={t("admin.audit.action")}>
            {(aria) => (
              <Select {...aria} name="action" defaultValue={action ?? ""}>
                <option value="">{t("admin.audit.anyAction")}</option>
                {log.facets.actions.map((value) => (
                  <option key={value} value={value}>
                    {actionName(t, value)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
        <div className="w-56">
          <Field id="audit-actor" label={t("moderation.audit.actor")}>
            {(aria) => <Input {...aria} type="search" name="actor" defaultValue={actor ?? ""} placeholder={t("moderation.audit.actorHint")} autoComplete="off" />}
          </Field>
        </div>
        <div className="w-40">
          <Field id="audit-from" label={t("moderation.audit.from")}>
            {(aria) => <Input {...aria} type="date" name="from" defaultValue={from ?? ""} />}
          </Field>
        </div>
        <div className="w-40">
          <Field id="audit-to" label={t("moderation.audit.to")}>
            {(aria) => <Input {...aria} type="date" name="to" defaultValue={to ?? ""} />}
          </Field>
        </div>
        <Button type="submit" variant="secondary">
          {t("admin.audit.filter")}
        </Button>
        {filtered ? (
          <ButtonLink href="/admin/audit" variant="ghost">
            {t("common.clear")}
          </ButtonLink>
        ) : null}
      </form>
      <p className="text-sm text-slate-700" aria-live="polite">
        {log.total > log.items.length || cursor
          ? t("moderation.audit.showing", { count: log.items.length, total: log.total })
          : t("admin.audit.total", { count: log.total })}
      </p>
      {log.items.length ? (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm" data-testid="audit-table">
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-2 font-semibold">{t("admin.audit.when")}</th>
                <th scope="col" className="px-4 py-2 font-semibold">{t("admin.audit.who")}</th>
                <th scope="col" className="px-4 py-2 font-semibold">{t("admin.audit.what")}</th>
                <th scope="col" className="px-4 py-2 font-semibold">{t("admin.audit.record")}</th>
                <th scope="col" className="px-4 py-2 font-semibold">{t("admin.audit.details")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 align-top">
              {log.items.map((entry) => (
                <tr key={entry.id}>
                  <td className="px-4 py-2 whitespace-nowrap text-slate-600">
                    <time dateTime={entry.createdAt.toISOString()}>{date.format(entry.createdAt)}</time>
                  </td>
                  <td className="px-4 py-2">{entry.actor ? `${entry.actor.name} (${entry.actor.email})` : t("admin.audit.system")}</td>
                  <td className="px-4 py-2">
                    <span className="font-medium text-slate-900">{actionName(t, entry.action)}</span>
                  </td>
                  <td className="px-4 py-2">
                    <span className="text-slate-600">{typeName(t, entry.record.type)}: </span>
                    <RefText entry={entry.record} t={t} sanctionsHref={entry.record.type === "User" && canReadSanctions ? `/moderation/people/${entry.record.id}` : null} />
                  </td>
                  <td className="px-4 py-2">
                    {entry.details.length ? (
                      <dl className="space-y-0.5 text-xs">
                        {entry.details.map((detail) => (
                          <div key={detail.key} className="flex flex-wrap gap-x-1">
                            <dt className="text-slate-600">{detailName(t, detail.key)}:</dt>
                            <dd className="break-words text-slate-900">{"ref" in detail ? <RefText entry={detail.ref} t={t} /> : ISO_INSTANT.test(detail.value) ? date.format(new Date(detail.value)) : detail.value}</dd>
                          </div>
                        ))}
                      </dl>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <EmptyState title={t("admin.audit.empty")} />
      )}
      {cursor || log.nextCursor ? (
        <nav aria-label={t("common.pagination")} className="flex items-center justify-between gap-4">
          {cursor ? (
            <ButtonLink href={pageHref("/admin/audit", filters, 1)} variant="secondary" size="sm">
              ← {t("moderation.audit.first")}
            </ButtonLink>
          ) : (
            <span />
          )}
          {log.nextCursor ? (
            <ButtonLink href={pageHref("/admin/audit", { ...filters, cursor: log.nextCursor }, 1)} variant="secondary" size="sm" rel="next">
              {t("moderation.audit.next")} →
            </ButtonLink>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
