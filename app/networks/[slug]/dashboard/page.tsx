import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";
import { buttonVariants } from "@/components/ui/button";
import { Card, PageHeader, Section } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";
import { networkDashboardInsights } from "@/server/insights/dashboard";
import { networkRecords } from "@/server/networks/export";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { robots: { index: false } };

export default async function NetworkDashboardPage({ params }: Props) {
  const { slug } = await params;
  const ctx = await getContext();
  if (!ctx.actor) redirect(`/signin?callbackUrl=${encodeURIComponent(`/networks/${slug}/dashboard`)}`);
  const records = await networkRecords(ctx.db, slug);
  // Not staff: the same answer as a missing network, so the page does not confirm what exists.
  if (!records || !policy.seeNetworkDashboard(ctx.actor, records.networkId)) notFound();
  const [{ t, locale }, { similarByInitiative, adoptions }] = await Promise.all([getTranslator(), networkDashboardInsights(ctx.db, records.networkId)]);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const { profile, members, initiatives, events, exchanges } = records;
  const name = profile.acronym ?? profile.name;

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("networkDashboard.title", { name })}
        actions={
          <Link href={`/networks/${profile.slug}`} className="text-sm text-teal-800 underline">
            {t("networkDashboard.back")}
          </Link>
        }
      />
      {policy.exportNetwork(ctx.actor, records.networkId) && (
        <Card className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-slate-700">{t("networkDashboard.exportHint")}</p>
          <a
            href={`/api/networks/${profile.slug}/export`}
            download
            className={buttonVariants()}
          >
            {t("networkDashboard.export")}
          </a>
        </Card>
      )}
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        {[
          [t("networkDashboard.members"), members.length],
          [t("networkDashboard.initiatives"), initiatives.length],
          [t("networkDashboard.events"), events.length],
          [t("networkDashboard.exchanges"), exchanges.length],
        ].map(([label, count]) => (
          <Card key={String(label)}>
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="text-2xl font-semibold text-slate-900">{count}</dd>
          </Card>
        ))}
      </dl>
      <Section title={t("networkDashboard.initiatives")}>
        <List empty={t("networkDashboard.none")}>
          {initiatives.map((i) => (
            <li key={i.slug}>
              <Link className="text-teal-800 underline" href={`/initiatives/${i.slug}`}>
                {i.title}
              </Link>{" "}
              {/* Confirmed links are listed here; the similarity module's live suggestions are on the initiative's page. */}
              <Link className="text-sm text-slate-700 underline" href={`/initiatives/${i.slug}#similar`}>
                {t("networkDashboard.suggestions")}
              </Link>
              {similarByInitiative.get(i.slug)?.length ? (
                <ul className="mt-1 ml-4 list-disc space-y-0.5 text-slate-700" aria-label={t("networkDashboard.similarElsewhere")}>
                  {similarByInitiative.get(i.slug)!.map((s) => (
                    <li key={s.slug}>
                      <Link className="text-teal-800 underline" href={`/initiatives/${s.slug}`}>{s.title}</Link>{" "}
                      <span className="text-slate-600">({s.networks.join(", ")} · {t(`networkDashboard.link.${s.link}`)})</span>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </List>
      </Section>
      <Section title={t("networkDashboard.adoptions")}>
        <List empty={t("networkDashboard.none")}>
          {adoptions.map((a, index) => (
            <li key={`${a.practice}-${index}`}>
              <Link className="text-teal-800 underline" href={`/practices/${a.practice}`}>{a.title}</Link>{" "}
              <span className="text-slate-600">{t("networkDashboard.adoptedBy", { adopter: a.adopterName, date: date.format(a.adoptedOn) })}</span>
            </li>
          ))}
        </List>
      </Section>
      <Section title={t("networkDashboard.events")}>
        <List empty={t("networkDashboard.none")}>
          {events.map((e) => (
            <li key={e.slug}>
              <Link className="text-teal-800 underline" href={`/events/${e.slug}`}>
                {e.title}
              </Link>{" "}
              <span className="text-slate-600">{e.startsAt.toISOString().slice(0, 10)}</span>
            </li>
          ))}
        </List>
      </Section>
      <Section title={t("networkDashboard.exchanges")}>
        <List empty={t("networkDashboard.none")}>
          {exchanges.map((x) => (
            <li key={x.slug}>
              <Link className="text-teal-800 underline" href={`/exchange/${x.slug}`}>
                {x.title}
              </Link>
            </li>
          ))}
        </List>
      </Section>
    </div>
  );
}

function List({ empty, children }: { empty: string; children: ReactNode[] }) {
  return children.length === 0 ? <p className="text-sm text-slate-600">{empty}</p> : <ul className="space-y-1 text-sm">{children}</ul>;
}
