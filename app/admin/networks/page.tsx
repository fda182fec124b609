import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { acronymPrefix, modelLabel, scopeText, themeName } from "@/components/networks/labels";
import { hqText } from "@/components/networks/network-card";
import { UndoProvider } from "@/components/moderation/undo-toast";
import { ReviewDecision } from "@/components/networks/review-decision";
import { EmptyState, PageHeader, Section } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { getTranslator } from "@/lib/i18n/server";
import { first, type SearchParams } from "@/lib/search-params";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";
import { pendingQueue } from "@/server/networks/service";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("networks.admin.title") };
}


export default async function NetworkModerationPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await getContext();
  if (!ctx.actor) redirect(`/signin?callbackUrl=${encodeURIComponent("/admin/networks")}`);
  if (!policy.reviewNetwork(ctx.actor) && !policy.reviewClaim(ctx.actor)) notFound();
  const params = await searchParams;
  const { t, locale } = await getTranslator();
  const queue = await pendingQueue(ctx, { registrationsPage: first(params.rpage), claimsPage: first(params.cpage) });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  const hrefFor = (key: "rpage" | "cpage") => (page: number) => {
    const query = new URLSearchParams();
    const pages = { rpage: queue.input.registrationsPage, cpage: queue.input.claimsPage, [key]: page };
    for (const [name, value] of Object.entries(pages)) if (value > 1) query.set(name, String(value));
    const text = query.toString();
    return text ? `/admin/networks?${text}` : "/admin/networks";
  };
  return (
    <UndoProvider className="space-y-10">
      <PageHeader title={t("networks.admin.title")} description={t("networks.admin.description")} />

      <Section id="registrations" title={t("networks.admin.registrationsTitle", { count: queue.registrationCount })}>
        {queue.registrations.length ? (
          <ul className="space-y-3">
            {queue.registrations.map((network) => {
              const hq = hqText(locale, network.hqCity, network.hqCountry);
              return (
                <li key={network.id} className="rounded-lg border border-amber-200 bg-amber-50/50 p-4" data-testid="pending-registration">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h3 className="font-semibold text-slate-900">
                      <Link href={`/networks/${network.slug}`} className="text-teal-800 hover:underline">
                        {acronymPrefix(network) ? `${acronymPrefix(network)} · ` : null}
                        {network.name}
                      </Link>
                    </h3>
                    <p className="text-xs text-slate-600">{t("networks.admin.submitted", { date: date.format(network.createdAt) })}</p>
                  </div>
                  {network.registeredBy ? (
                    <p className="text-sm text-slate-700">{t("networks.admin.by", { name: network.registeredBy.name, email: network.registeredBy.email })}</p>
                  ) : null}
                  <p className="mt-1 text-sm text-slate-700">
                    {[
                      scopeText(t, network.scope, network.region),
                      hq,
                      network.foundedYear ? t("networks.founded", { year: network.foundedYear }) : null,
                      modelLabel(t, network.membershipModel),
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                  {network.themes.length ? (
                    <p className="text-sm text-slate-700">{network.themes.map((theme) => themeName(theme, locale)).join(", ")}</p>
                  ) : null}
                  {network.website ? (
                    <p className="text-sm break-all">
                      <a href={network.website} className="text-teal-800 underline" rel="noopener noreferrer" target="_blank">
                        {network.website}
                      </a>
                    </p>
                  ) : null}
                  <div className="mt-3 rounded-md border border-amber-100 bg-white px-3 py-2" data-testid="registration-about">
                    <h4 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">{t("moderation.registration.about")}</h4>
                    {network.about ? (
                      <p className="mt-1 max-h-60 overflow-y-auto text-sm whitespace-pre-line text-slate-800">{network.about}</p>
                    ) : (
                      <p className="mt-1 text-sm text-slate-600 italic">{t("moderation.registration.noAbout")}</p>
                    )}
                  </div>
                  <div className="mt-3">
                    <ReviewDecision kind="registration" id={network.id} subject={network.name} />
                  </div>
                </li>
              );
            })}
          </ul>
        ) : (
          <EmptyState title={t("networks.admin.registrationsEmpty")} />
        )}
        <Pagination
          page={queue.input.registrationsPage}
          pageCount={queue.registrationPageCount}
          hrefFor={hrefFor("rpage")}
          t={t}
        />
      </Section>

      <Section id="claims" title={t("networks.admin.claimsTitle", { count: queue.claimCount })}>
        {queue.claims.length ? (
          <ul className="space-y-3">
            {queue.claims.map((claim) => (
              <li key={claim.id} className="rounded-lg border border-amber-200 bg-amber-50/50 p-4" data-testid="pending-claim">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <p className="font-medium text-slate-900">
                    {t("networks.admin.claimant", {
                      name: claim.user.name,
                      email: claim.user.email,
                      network: claim.network.acronym ?? claim.network.name,
                    })}
                  </p>
                  <p className="text-xs text-slate-600">{t("networks.admin.submitted", { date: date.format(claim.createdAt) })}</p>
                </div>
                <p className="text-sm">
                  <Link href={`/networks/${claim.network.slug}`} className="text-teal-800 underline">
                    {claim.network.name}
                  </Link>
                </p>
                <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-[8rem_1fr]">
                  <dt className="text-slate-600">{t("networks.admin.message")}</dt>
                  <dd className="whitespace-pre-line">{claim.message}</dd>
                </dl>
                <div className="mt-3">
                  <ReviewDecision kind="claim" id={claim.id} subject={`${claim.user.name} · ${claim.network.name}`} />
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title={t("networks.admin.claimsEmpty")} />
        )}
        <Pagination
          page={queue.input.claimsPage}
          pageCount={queue.claimPageCount}
          hrefFor={hrefFor("cpage")}
          t={t}
        />
      </Section>
    </UndoProvider>
  );
}
