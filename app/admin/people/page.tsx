import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { BackLink } from "@/components/admin/back-link";
import { first, pageHref, type SearchParams } from "@/lib/search-params";
import { RoleButtons } from "@/components/admin/role-buttons";
import { SearchForm } from "@/components/admin/search-form";
import { Badge } from "@/components/ui/badge";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { getTranslator } from "@/lib/i18n/server";
import { searchPeople } from "@/server/admin/service";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.people.title") };
}

export default async function PeoplePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await getContext();
  if (!ctx.actor) redirect(`/signin?callbackUrl=${encodeURIComponent("/admin/people")}`);
  if (!policy.grantPlatformRole(ctx.actor)) notFound();
  const actor = ctx.actor;
  const params = await searchParams;
  const { t } = await getTranslator();
  const people = await searchPeople(ctx, { q: first(params.q), page: first(params.page) });
  const q = people.input.q;

  return (
    <div className="space-y-6">
      <PageHeader
        eyebrow={<BackLink href="/admin" label={t("admin.dashboardLink")} />}
        title={t("admin.people.title")}
        description={t("admin.people.description")}
        actions={
          <Link href="/admin/audit?entityType=User" className="text-sm text-teal-800 underline">
            {t("admin.people.auditLink")}
          </Link>
        }
      />
      <SearchForm action="/admin/people" id="people-q" label={t("admin.people.search")} value={q} labels={{ search: t("common.search"), clear: t("common.clear") }} />
      <p className="text-sm text-slate-700" aria-live="polite">
        {t("admin.people.total", { count: people.total })}
      </p>
      {people.items.length ? (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm" data-testid="people-table">
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-2 font-semibold">{t("admin.people.name")}</th>
                <th scope="col" className="px-4 py-2 font-semibold">{t("admin.people.email")}</th>
                <th scope="col" className="px-4 py-2 font-semibold">{t("admin.people.roles")}</th>
                <th scope="col" className="px-4 py-2 font-semibold">{t("admin.people.actions")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {people.items.map((person) => (
                <tr key={person.id} data-testid="person-row">
                  <td className="px-4 py-2">
                    {person.name}
                    {person.id === actor.id ? <span className="ml-1 text-slate-600">({t("admin.people.you")})</span> : null}
                  </td>
                  <td className="px-4 py-2 break-all">{person.email}</td>
                  <td className="px-4 py-2">
                    {person.roles.length ? (
                      <span className="flex flex-wrap gap-1">
                        {person.roles.map((role) => (
                          <Badge key={role} tone="blue">
                            {t(`account.roles.platformRole.${role}`)}
                          </Badge>
                        ))}
                      </span>
                    ) : (
                      <span className="text-slate-600">{t("admin.people.noRoles")}</span>
                    )}
                  </td>
                  <td className="px-4 py-2">
                    <RoleButtons
                      userId={person.id}
                      name={person.name}
                      roles={person.roles}
                      locked={person.roles.filter((role) => !policy.revokePlatformRole(actor, { userId: person.id, role }))}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <EmptyState title={q ? t("admin.people.empty", { q }) : t("admin.people.emptyAll")} />
      )}
      <Pagination
        page={people.page}
        pageCount={people.pageCount}
        hrefFor={(page) => pageHref("/admin/people", { q }, page)}
        t={t}
      />
    </div>
  );
}
