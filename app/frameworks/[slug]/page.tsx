import { SeedNote } from "@/components/common/seed-note";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Markdown } from "@/components/common/markdown";
import { CommentForm, DecideMapping, EndorseForm, HideComment, ProposeMapping, WithdrawEndorsement } from "@/components/frameworks/actions";
import { AttachedThreads } from "@/components/forum/attached-threads";
import { networkLabel } from "@/components/initiatives/similar-list";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, Section } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";
import { endorsableNetworks, getFramework, lastDayOf, mappableRecords, type FrameworkPage } from "@/server/frameworks/service";

type Props = { params: Promise<{ slug: string }> };

const load = cache(async (slug: string) => {
  const ctx = await getContext();
  return { ctx, framework: await getFramework(ctx, slug) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { framework } = await load((await params).slug);
  return { title: framework?.title, description: framework?.summary };
}

type Translate = Awaited<ReturnType<typeof getTranslator>>["t"];
type Change = FrameworkPage["changes"][number];

/** A changelog row in the reader's language; rows without a known action keep their stored English summary. */
function changeText(change: Change, t: Translate) {
  const data = change.data;
  if (!data?.action) return change.summary;
  const text = t(`frameworks.change.${data.action}`, data.params);
  return text.startsWith("frameworks.change.") ? change.summary : text;
}

const show = (value: unknown) => (Array.isArray(value) ? value.join("; ") : value === null || value === undefined || value === "" ? "—" : String(value));

/** The changelog shows this many versions, the earlier ones behind a disclosure. */
const RECENT_CHANGES = 8;

/** The newest changes first; the ones a reader can open show what changed, before and after. */
function ChangeList({ changes, t, date }: { changes: Change[]; t: Translate; date: (d: Date) => string }) {
  return (
    <ol className="space-y-3 border-l border-slate-200 pl-4">
      {changes.map((c) => {
        const before = c.data?.before ?? null;
        const after = c.data?.after ?? null;
        const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
        return (
          <li key={c.id} className="relative" data-testid="change">
            <span aria-hidden="true" className="absolute top-1.5 -left-[1.3rem] h-2 w-2 rounded-full bg-teal-700" />
            <p className="text-sm">
              <span className="font-semibold text-slate-900">{t("frameworks.versionLabel", { version: c.version })}</span>{" "}
              <span className="text-slate-800">{changeText(c, t)}</span>
            </p>
            <p className="text-xs text-slate-600">
              <time dateTime={c.createdAt.toISOString()}>{date(c.createdAt)}</time>
              {c.actor ? ` · ${c.actor.name}` : ""}
            </p>
            {keys.length && (c.data?.action === "edited" || c.data?.action === "pillarEdited" || c.data?.action === "pillarMoved") ? (
              <details className="mt-1 text-xs text-slate-700">
                <summary className="cursor-pointer text-teal-800">{t("frameworks.changelog.details")}</summary>
                <dl className="mt-1 space-y-1">
                  {keys.map((k) => (
                    <div key={k}>
                      <dt className="font-medium">{k}</dt>
                      <dd>
                        <del className="text-red-800">{show(before?.[k])}</del> → <ins className="text-green-800 no-underline">{show(after?.[k])}</ins>
                      </dd>
                    </div>
                  ))}
                </dl>
              </details>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

export default async function FrameworkDetailPage({ params }: Props) {
  const { slug } = await params;
  const { t, locale } = await getTranslator();
  const { ctx, framework: f } = await load(slug);
  if (!f) notFound();
  const actor = ctx.actor;
  const isModerator = policy.isModerator(actor);
  const [owned, records] = await Promise.all([endorsableNetworks(ctx), mappableRecords(ctx)]);
  const endorsedBy = new Map(f.endorsements.map((e) => [e.networkId, e.commitment]));
  const staffOnlyEditor = !!actor && actor.staff.size > 0 && owned.length === 0;
  const canMap = records.initiatives.length + records.practices.length > 0 && f.pillars.length > 0 && policy.proposeFrameworkMapping(actor, true);
  const canComment = policy.commentOnFramework(actor);
  const pending = f.pillars.flatMap((p) => p.pending.map((m) => ({ ...m, pillarTitle: p.title })));
  const covered = f.pillars.length - f.gaps;
  const initiatives = f.pillars.reduce((n, p) => n + p.initiativeCount, 0);
  const practices = f.pillars.reduce((n, p) => n + p.practiceCount, 0);
  const lang = f.language === "zh" ? "zh-CN" : f.language;
  const date = (d: Date) => new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(d);
  const day = (d: string) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${d}T00:00:00Z`));
  const closes = lastDayOf(f.consultationClosesAt);
  const contributing = new Map<string, { slug: string; name: string; acronym: string | null }>();
  for (const e of f.endorsements) contributing.set(e.network.id, e.network);
  for (const p of f.pillars) for (const n of p.networks) contributing.set(n.id, n);

  return (
    <article className="space-y-8">
      <header className="space-y-3 border-b border-slate-200 pb-6">
        <p className="text-sm font-semibold uppercase tracking-wide text-teal-800">{f.anchor}</p>
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl" lang={lang}>
          {f.title}
        </h1>
        <div className="flex flex-wrap items-center gap-2">
          <Badge>{t("frameworks.versionLabel", { version: f.version })}</Badge>
          {f.consultationOpen ? <Badge tone="amber">{t("frameworks.consultation.openBadge")}</Badge> : null}
        </div>
        {f.isSeed ? <SeedNote text={t("knowledge.seedNote")} source={{ href: f.sourceUrl, label: t("knowledge.source") }} /> : null}
        <p className="max-w-3xl text-lg text-slate-700" lang={lang}>
          {f.summary}
        </p>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          {f.sourceUrl ? (
            <a href={f.sourceUrl} className="font-medium text-teal-800 underline-offset-4 hover:underline" rel="noopener noreferrer" target="_blank">
              {t("frameworks.source")} ↗
            </a>
          ) : null}
          <Link href={`/api/v1/frameworks/${f.slug}`} prefetch={false} className="text-teal-800 underline-offset-4 hover:underline">
            {t("frameworks.openDataOne")}
          </Link>
          {isModerator ? (
            <ButtonLink href={`/frameworks/${f.slug}/edit`} size="sm" variant="secondary">
              {t("frameworks.edit.action")}
            </ButtonLink>
          ) : null}
        </div>
      </header>

      {f.consultationOpen && closes ? (
        <Alert tone="info" title={t("frameworks.consultation.bannerTitle")}>
          {t("frameworks.consultation.banner", { date: day(closes) })}
        </Alert>
      ) : null}

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {[
          [t("frameworks.stats.pillars"), f.pillars.length],
          [t("frameworks.stats.covered"), `${covered}/${f.pillars.length}`],
          [t("frameworks.stats.initiatives"), initiatives],
          [t("frameworks.stats.practices"), practices],
          [t("frameworks.stats.networks"), contributing.size],
        ].map(([label, value]) => (
          <div key={String(label)} className="rounded-lg border border-slate-200 bg-white px-4 py-3">
            <dt className="text-xs font-medium text-slate-600">{label}</dt>
            <dd className="text-2xl font-semibold text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-8">
          {f.body ? (
            <div lang={lang}>
              <Markdown source={f.body} />
            </div>
          ) : null}

          <Section title={t("frameworks.coverage.title")} id="coverage">
            <p className="text-sm text-slate-700">
              {f.gaps ? t("frameworks.coverage.summaryGaps", { covered, total: f.pillars.length, gaps: f.gaps }) : t("frameworks.coverage.summaryFull", { total: f.pillars.length })}
            </p>
            {f.pillars.length === 0 ? <EmptyState title={t("frameworks.pillars.noneYet")} /> : null}
            <ol className="space-y-4">
              {f.pillars.map((p, i) => (
                <li key={p.id} id={`pillar-${i + 1}`}>
                  <Card className={p.isGap ? "space-y-4 border-amber-300 bg-amber-50/40" : "space-y-4"}>
                    <div className="flex flex-wrap items-start justify-between gap-2">
                      <div className="min-w-0">
                        <p className="text-xs font-semibold uppercase tracking-wide text-teal-800">{t("frameworks.pillars.number", { number: i + 1 })}</p>
                        <h3 className="text-base font-semibold text-slate-900" lang={lang}>
                          {p.title}
                        </h3>
                      </div>
                      {p.isGap ? (
                        <Badge tone="amber">{t("frameworks.coverage.gap")}</Badge>
                      ) : (
                        <Badge tone="green">{t("frameworks.coverage.covered")}</Badge>
                      )}
                    </div>
                    <p className="text-sm text-slate-700" lang={lang}>
                      {p.description}
                    </p>
                    <div>
                      <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-600">{t("frameworks.pillars.indicators")}</h4>
                      {p.indicators.length ? (
                        <ul className="mt-1 space-y-1 text-sm text-slate-800" lang={lang}>
                          {p.indicators.map((indicator) => (
                            <li key={indicator} className="flex gap-2">
                              <span aria-hidden="true" className={p.isGap ? "text-amber-600" : "text-teal-700"}>
                                {p.isGap ? "○" : "●"}
                              </span>
                              <span>
                                {indicator}
                                {p.isGap ? <span className="sr-only"> — {t("frameworks.coverage.unaddressed")}</span> : null}
                              </span>
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <p className="mt-1 text-sm text-slate-600">{t("frameworks.pillars.noIndicators")}</p>
                      )}
                    </div>
                    {p.isGap ? (
                      <p className="rounded-md bg-amber-100/70 px-3 py-2 text-sm text-amber-950">
                        {p.indicators.length ? t("frameworks.coverage.gapHint", { count: p.indicators.length }) : t("frameworks.coverage.gapHintNoIndicators")}
                      </p>
                    ) : (
                      <div className="space-y-2 border-t border-slate-100 pt-3">
                        <p className="text-sm text-slate-700">
                          {t("frameworks.coverage.counts", { initiatives: p.initiativeCount, practices: p.practiceCount })}
                        </p>
                        {p.networks.length ? (
                          <p className="flex flex-wrap items-center gap-1.5 text-sm">
                            <span className="text-slate-600">{t("frameworks.coverage.networks")}</span>
                            {p.networks.map((n) => (
                              <Link key={n.id} href={`/networks/${n.slug}`}>
                                <Badge tone="teal">{networkLabel(n)}</Badge>
                              </Link>
                            ))}
                          </p>
                        ) : null}
                        <ul className="space-y-1 text-sm">
                          {p.mappings.map((m) => {
                            const record = m.initiative ?? m.practice;
                            if (!record) return null;
                            const href = m.initiative ? `/initiatives/${record.slug}` : `/practices/${record.slug}`;
                            return (
                              <li key={m.id} className="flex flex-wrap items-baseline gap-2">
                                <Badge>{m.initiative ? t("frameworks.map.initiative") : t("frameworks.map.practice")}</Badge>
                                <Link href={href} className="text-teal-900 hover:underline">
                                  {record.title}
                                </Link>
                              </li>
                            );
                          })}
                        </ul>
                      </div>
                    )}
                    {f.consultationOpen || p.comments.length ? (
                      <div className="space-y-3 border-t border-slate-100 pt-3">
                        <h4 className="text-sm font-semibold text-slate-900">
                          {t("frameworks.consultation.comments", { count: p.comments.filter((c) => !c.hiddenAt).length })}
                        </h4>
                        {p.comments.length ? (
                          <ul className="space-y-2">
                            {p.comments.map((c) => (
                              <li key={c.id} className={c.hiddenAt ? "rounded-md border border-dashed border-slate-300 bg-slate-50 p-3" : "rounded-md bg-slate-50 p-3"}>
                                <p className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
                                  <span className="font-medium text-slate-800">{c.author?.name ?? t("frameworks.consultation.formerMember")}</span>
                                  <time dateTime={c.createdAt.toISOString()}>{date(c.createdAt)}</time>
                                  {c.hiddenAt ? <Badge tone="red">{t("frameworks.consultation.hidden")}</Badge> : null}
                                  {isModerator ? <HideComment commentId={c.id} hidden={!!c.hiddenAt} /> : null}
                                </p>
                                <p className="mt-1 whitespace-pre-line text-sm text-slate-800">{c.body}</p>
                              </li>
                            ))}
                          </ul>
                        ) : (
                          <p className="text-sm text-slate-600">{t("frameworks.consultation.noComments")}</p>
                        )}
                        {f.consultationOpen ? (
                          canComment ? (
                            <CommentForm pillarId={p.id} pillarTitle={p.title} />
                          ) : actor ? (
                            <p className="text-sm text-slate-600">{t("frameworks.consultation.suspended")}</p>
                          ) : (
                            <p className="text-sm">
                              <Link href={`/signin?callbackUrl=/frameworks/${f.slug}`} className="font-medium text-teal-800 hover:underline">
                                {t("frameworks.consultation.signIn")}
                              </Link>
                            </p>
                          )
                        ) : (
                          <p className="text-sm text-slate-600">{t("frameworks.consultation.closed")}</p>
                        )}
                      </div>
                    ) : null}
                  </Card>
                </li>
              ))}
            </ol>
          </Section>

          {isModerator ? (
            <Section title={t("frameworks.moderate.title")} id="pending">
              {pending.length ? (
                <ul className="space-y-3">
                  {pending.map((m) => {
                    const record = m.initiative ?? m.practice;
                    return (
                      <li key={m.id} data-testid="pending-mapping">
                        <Card className="space-y-2">
                          <p className="text-sm text-slate-600">{t("frameworks.moderate.forPillar", { pillar: m.pillarTitle })}</p>
                          <p className="font-medium text-slate-900">
                            <Badge className="mr-2">{m.initiative ? t("frameworks.map.initiative") : t("frameworks.map.practice")}</Badge>
                            {record ? (
                              <Link href={m.initiative ? `/initiatives/${record.slug}` : `/practices/${record.slug}`} className="hover:underline">
                                {record.title}
                              </Link>
                            ) : null}
                          </p>
                          {m.note ? <p className="whitespace-pre-line text-sm text-slate-700">{m.note}</p> : null}
                          <p className="text-xs text-slate-600">{t("frameworks.moderate.proposedBy", { name: m.proposedBy?.name ?? "—", date: date(m.createdAt) })}</p>
                          <DecideMapping mappingId={m.id} />
                        </Card>
                      </li>
                    );
                  })}
                </ul>
              ) : (
                <EmptyState title={t("frameworks.moderate.none")} />
              )}
            </Section>
          ) : null}

          <AttachedThreads target={{ kind: "framework", id: f.id }} />
        </div>

        <div className="space-y-8">
          <Section title={t("frameworks.endorsements.title", { count: f.endorsements.length })} id="endorsements">
            {f.endorsements.length ? (
              <ul className="space-y-3">
                {f.endorsements.map((e) => (
                  <li key={e.networkId} data-testid="endorsement">
                    <Card className="space-y-2 p-4">
                      <p className="font-semibold text-slate-900">
                        <Link href={`/networks/${e.network.slug}`} className="hover:underline">
                          {e.network.name}
                        </Link>
                      </p>
                      <blockquote className="border-l-2 border-teal-600 pl-3 text-sm text-slate-700">{e.commitment}</blockquote>
                      <p className="text-xs text-slate-600">{t("frameworks.endorsements.since", { date: date(e.createdAt) })}</p>
                      {policy.withdrawEndorsement(actor, e.networkId) ? (
                        <WithdrawEndorsement frameworkId={f.id} networkId={e.networkId} networkName={e.network.name} />
                      ) : null}
                    </Card>
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState title={t("frameworks.endorsements.none")} />
            )}
            {owned.length ? (
              <Card className="space-y-2 p-4">
                <h3 className="font-semibold text-slate-900">{t("frameworks.endorse.title")}</h3>
                <EndorseForm frameworkId={f.id} networks={owned.map((n) => ({ id: n.id, name: n.name, commitment: endorsedBy.get(n.id) ?? null }))} />
              </Card>
            ) : staffOnlyEditor ? (
              <p className="text-sm text-slate-600">{t("frameworks.endorse.ownersOnly")}</p>
            ) : null}
          </Section>

          {canMap ? (
            <Section title={t("frameworks.map.title")} id="map">
              <Card className="space-y-2 p-4">
                <p className="text-sm text-slate-700">{t("frameworks.map.intro")}</p>
                <ProposeMapping pillars={f.pillars.map((p) => ({ id: p.id, title: p.title }))} initiatives={records.initiatives} practices={records.practices} />
              </Card>
            </Section>
          ) : null}

          <Section title={t("frameworks.changelog.title")} id="changelog">
            <ChangeList changes={f.changes.slice(0, RECENT_CHANGES)} t={t} date={date} />
            {f.changes.length > RECENT_CHANGES ? (
              <details className="text-sm">
                <summary className="cursor-pointer font-medium text-teal-800">{t("frameworks.changelog.earlier", { count: f.changes.length - RECENT_CHANGES })}</summary>
                <div className="mt-3">
                  <ChangeList changes={f.changes.slice(RECENT_CHANGES)} t={t} date={date} />
                </div>
              </details>
            ) : null}
          </Section>
        </div>
      </div>
    </article>
  );
}
