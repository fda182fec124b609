import type { Metadata } from "next";
import Link from "next/link";
import { SeedNote } from "@/components/common/seed-note";
import { networkLabel } from "@/components/initiatives/similar-list";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { first, type SearchParams } from "@/lib/search-params";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";
import { listFrameworks } from "@/server/frameworks/service";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("frameworks.title") };
}

// Frameworks are few and curated by moderators, so the whole list fits one page.
export default async function FrameworksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { t } = await getTranslator();
  const ctx = await getContext();
  // ?network=<slug>: the frameworks a network endorsed (its profile's "See all").
  const slug = first((await searchParams).network)?.trim().slice(0, 120);
  const network = slug ? await ctx.db.network.findFirst({ where: { slug, status: "VERIFIED" }, select: { slug: true, name: true, acronym: true } }) : null;
  const frameworks = await listFrameworks(ctx.db, { network: network?.slug });
  const canCreate = policy.createFramework(ctx.actor);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("frameworks.title")}
        description={t("frameworks.intro")}
        actions={
          <>
            {canCreate ? <ButtonLink href="/frameworks/new">{t("frameworks.new.action")}</ButtonLink> : null}
            <ButtonLink href="/api/v1/frameworks" variant="secondary" prefetch={false}>
              {t("frameworks.openData")}
            </ButtonLink>
          </>
        }
      />
      {network ? (
        <p className="text-sm text-slate-700" data-testid="frameworks-network-filter">
          {t("frameworks.list.endorsedByNetwork", { network: networkLabel(network) })}{" "}
          <Link href="/frameworks" className="text-teal-800 underline-offset-2 hover:underline">
            {t("frameworks.list.allFrameworks")}
          </Link>
        </p>
      ) : null}
      {frameworks.some((f) => f.isSeed) ? <SeedNote text={t("knowledge.seedNoteList")} /> : null}
      {frameworks.length === 0 ? (
        <EmptyState title={t("frameworks.empty")} description={t("frameworks.emptyHint")} />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {frameworks.map((f) => {
            const gaps = f._count.pillars - f.coveredPillars;
            const pct = f._count.pillars ? Math.round((f.coveredPillars / f._count.pillars) * 100) : 0;
            return (
              <li key={f.id}>
                <Card className="flex h-full flex-col gap-3">
                  <p className="text-xs font-semibold uppercase tracking-wide text-teal-800">{f.anchor}</p>
                  <h2 className="text-lg font-semibold leading-snug text-slate-900">
                    <Link href={`/frameworks/${f.slug}`} className="hover:underline focus-visible:underline">
                      {f.title}
                    </Link>
                  </h2>
                  <p className="line-clamp-3 text-sm text-slate-700" lang={f.language === "zh" ? "zh-CN" : f.language}>
                    {f.summary}
                  </p>
                  <div className="flex flex-wrap gap-1.5">
                    {f.consultationOpen ? <Badge tone="amber">{t("frameworks.consultation.openBadge")}</Badge> : null}
                    <Badge>{t("frameworks.versionLabel", { version: f.version })}</Badge>
                  </div>
                  <dl className="mt-auto grid grid-cols-3 gap-2 border-t border-slate-100 pt-3 text-center text-sm">
                    <div>
                      <dt className="text-xs text-slate-600">{t("frameworks.list.pillars")}</dt>
                      <dd className="text-lg font-semibold text-slate-900">{f._count.pillars}</dd>
                    </div>
                    <div>
                      <dt className="text-xs text-slate-600">{t("frameworks.list.endorsements")}</dt>
                      <dd className="text-lg font-semibold text-slate-900">{f._count.endorsements}</dd>
                    </div>
                    <div>
                      <dt className="text-xs text-slate-600">{t("frameworks.list.covered")}</dt>
                      <dd className="text-lg font-semibold text-slate-900">
                        {f.coveredPillars}/{f._count.pillars}
                      </dd>
                    </div>
                  </dl>
                  <div>
                    <div className="h-2 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
                      <div className="h-full rounded-full bg-teal-600" style={{ width: `${pct}%` }} />
                    </div>
                    <p className="mt-1 text-xs text-slate-600">
                      {gaps > 0 ? t("frameworks.list.gaps", { count: gaps }) : f._count.pillars ? t("frameworks.list.noGaps") : t("frameworks.list.noPillars")}
                    </p>
                  </div>
                  {f.endorsements.length ? (
                    <p className="text-xs text-slate-600">
                      {t("frameworks.list.endorsedBy")} {f.endorsements.map((e) => networkLabel(e.network)).join(" · ")}
                      {f._count.endorsements > f.endorsements.length ? ` +${f._count.endorsements - f.endorsements.length}` : ""}
                    </p>
                  ) : null}
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
