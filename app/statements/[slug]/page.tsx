import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { formatDay } from "@/components/events/format";
import { StatementView } from "@/components/events/statement-view";
import { networkLabel } from "@/components/initiatives/similar-list";
import { getTranslator } from "@/lib/i18n/server";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";
import { getStatement } from "@/server/events/service";

type Props = { params: Promise<{ slug: string }> };

const load = cache(async (slug: string) => {
  const ctx = await getContext();
  const statement = await getStatement(ctx.db, slug);
  if (!statement) return { ctx, statement: null, hostIds: [] };
  const hostIds = statement.event?.hosts.map((h) => h.networkId) ?? [];
  // A draft is the hosts' work in progress: only they see it before the first signature.
  const visible = statement.state === "SIGNING" || policy.draftStatement(ctx.actor, hostIds);
  return { ctx, statement: visible ? statement : null, hostIds };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { statement } = await load((await params).slug);
  return { title: statement?.title };
}

export default async function StatementPage({ params }: Props) {
  const { slug } = await params;
  const { t, locale } = await getTranslator();
  const { ctx, statement, hostIds } = await load(slug);
  if (!statement) notFound();
  const actor = ctx.actor;
  const ownerIds = actor ? [...actor.staff].filter(([, role]) => role === "OWNER").map(([id]) => id) : [];
  const ownNetworks = ownerIds.length
    ? await ctx.db.network.findMany({ where: { id: { in: ownerIds }, status: "VERIFIED" }, orderBy: { name: "asc" }, select: { id: true, name: true, acronym: true } })
    : [];
  const event = statement.event;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p className="text-sm text-slate-600">
        <Link href="/events" className="text-teal-800 hover:underline">
          {t("events.title")}
        </Link>
        {event ? (
          <>
            {" / "}
            <Link href={`/events/${event.slug}`} className="text-teal-800 hover:underline">
              {event.title}
            </Link>
          </>
        ) : null}
      </p>
      {event ? (
        <p className="text-sm text-slate-700">
          {t("events.statement.adoptedAt", {
            event: event.title,
            hosts: event.hosts.map((h) => networkLabel(h.network)).join(", "),
            date: formatDay(locale, event.startsAt, event.timeZone),
          })}
        </p>
      ) : null}
      <StatementView
        statement={statement}
        actor={actor}
        hostIds={hostIds}
        ownNetworks={ownNetworks.map((n) => ({ id: n.id, label: networkLabel(n) }))}
        t={t}
        locale={locale}
        headingLevel="h2"
      />
    </div>
  );
}
