import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader, Section } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { dashboardCounts } from "@/server/admin/service";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";
import { openQueueCount } from "@/server/moderation/service";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.title") };
}

export default async function AdminDashboard() {
  const ctx = await getContext();
  if (!ctx.actor) redirect(`/signin?callbackUrl=${encodeURIComponent("/admin")}`);
  if (!policy.isModerator(ctx.actor)) notFound();
  const { t, locale } = await getTranslator();
  const [counts, flagged] = await Promise.all([dashboardCounts(ctx), openQueueCount(ctx.db)]);
  const number = new Intl.NumberFormat(locale);
  const queues = [
    { key: "registrations", count: counts.registrations, href: "/admin/networks#registrations-heading" },
    { key: "networkClaims", count: counts.networkClaims, href: "/admin/networks#claims-heading" },
    { key: "cityClaims", count: counts.cityClaims, href: "/admin/cities#city-claims-heading" },
    { key: "partnerJoins", count: counts.partnerJoins, href: "/admin/cities#partner-joins-heading" },
  ] as const;
  const tools = [
    { key: "outbox", href: "/admin/outbox", show: policy.readOutbox(ctx.actor) },
    { key: "people", href: "/admin/people", show: policy.grantPlatformRole(ctx.actor) },
    { key: "audit", href: "/admin/audit", show: policy.readAuditLog(ctx.actor) },
  ].filter((tool) => tool.show);

  return (
    <div className="space-y-10">
      <PageHeader title={t("admin.title")} description={t("admin.description")} />
      <Section
        id="queues"
        title={t("admin.queues")}
        actions={
          <Link href="/moderation" className="font-medium text-teal-800 hover:underline" data-testid="review-queue-link">
            {t("moderation.queue.link", { count: number.format(flagged) })}
          </Link>
        }
      >
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {queues.map((queue) => (
            <li key={queue.key}>
              <Link
                href={queue.href}
                className="block h-full rounded-lg border border-slate-200 bg-white p-5 shadow-sm hover:border-teal-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
                data-testid={`queue-${queue.key}`}
              >
                <span className={queue.count ? "text-3xl font-bold text-amber-800" : "text-3xl font-bold text-slate-400"}>{number.format(queue.count)}</span>
                <span className="mt-1 block font-medium text-slate-900">{t(`admin.counts.${queue.key}`)}</span>
                <span className="mt-2 block text-sm text-teal-800">{t("admin.openQueue")} →</span>
              </Link>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="tools" title={t("admin.tools")}>
        <ul className="grid gap-4 sm:grid-cols-3">
          {tools.map((tool) => (
            <li key={tool.key}>
              <Card className="h-full">
                <Link href={tool.href} className="font-semibold text-teal-800 hover:underline">
                  {t(`admin.cards.${tool.key}`)}
                </Link>
                <p className="mt-1 text-sm text-slate-700">{t(`admin.cards.${tool.key}Hint`)}</p>
                {tool.key !== "audit" ? (
                  <Badge tone="blue" className="mt-2">
                    {t("admin.adminsOnly")}
                  </Badge>
                ) : null}
              </Card>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
