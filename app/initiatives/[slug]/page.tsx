import { SeedNote } from "@/components/common/seed-note";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Markdown } from "@/components/common/markdown";
import { AttachedThreads } from "@/components/forum/attached-threads";
import { AnswerCoOwnership, AnswerProposal, InviteCoOwner, ProposeCollaboration, RelationButtons, StateActions } from "@/components/initiatives/actions";
import { statusTone } from "@/components/initiatives/initiative-card";
import { networkLabel, SimilarItem } from "@/components/initiatives/similar-list";
import { themeName } from "@/components/networks/labels";
import { PartnerTypeBadge } from "@/components/partners/partner-type-badge";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, Section } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";
import { getInitiative, similarToInitiative } from "@/server/initiatives/service";
import { requestSignal } from "@/server/runtime/request-signal";

type Props = { params: Promise<{ slug: string }> };

const load = cache(async (slug: string) => {
  const ctx = await getContext();
  return { ctx, initiative: await getInitiative(ctx, slug) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { initiative } = await load((await params).slug);
  return { title: initiative?.title, description: initiative?.summary };
}

const HISTORY_FIELDS = ["title", "summary", "body", "status", "startDate", "endDate", "language", "themes", "sdgs", "cities", "partners", "fundingSources", "links", "state"];

export default async function InitiativePage({ params }: Props) {
  const { slug } = await params;
  const { t, locale } = await getTranslator();
  const { ctx, initiative } = await load(slug);
  if (!initiative) notFound();
  const actor = ctx.actor;
  const owners = initiative.owners.filter((o) => o.status === "ACCEPTED");
  const invited = initiative.owners.filter((o) => o.status === "PENDING");
  const canEdit = policy.editInitiative(actor, initiative.ownerNetworkIds);
  const canInvite = policy.inviteCoOwner(actor, initiative.ownerNetworkIds);
  const canPropose = policy.proposeCollaboration(actor, initiative.ownerNetworkIds);
  const isModerator = policy.isModerator(actor);
  const myInvitations = invited.filter((o) => policy.answerCoOwnership(actor, o.networkId));
  const published = initiative.state === "PUBLISHED";

  const [similar, inviteChoices, themes] = await Promise.all([
    published ? similarToInitiative(ctx.db, initiative.id, 6, requestSignal()) : Promise.resolve([]),
    canInvite
      ? ctx.db.network.findMany({
          where: { status: "VERIFIED", id: { notIn: initiative.owners.map((o) => o.networkId) } },
          orderBy: { name: "asc" },
          select: { slug: true, name: true, acronym: true },
        })
      : Promise.resolve([]),
    ctx.db.theme.findMany({ select: { slug: true, nameEn: true, nameZh: true, nameFr: true, nameEs: true } }),
  ]);
  const themeLabel = (s: string) => {
    const theme = themes.find((th) => th.slug === s);
    return theme ? themeName(theme, locale) : s;
  };
  const relationWith = new Map(initiative.relations.map((r) => [r.other.id, r.kind]));
  const date = (d: Date | null) => (d ? new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(d) : null);
  const dateTime = (d: Date) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(d);
  const links = initiative.links as { label: string; url: string }[];
  const lang = initiative.language === "zh" ? "zh-CN" : initiative.language;
  // Enumerations are stored as codes; show them in the reader's language.
  const historyValue = (field: string, value: string) => {
    if (!value) return "—";
    if (field === "status") return t(`knowledge.initiativeStatus.${value}`);
    if (field === "state") return t(`knowledge.state.${value}`);
    if (field === "language") return t(`knowledge.language.${value}`);
    return value;
  };

  return (
    <article className="space-y-8">
      <header className="space-y-3 border-b border-slate-200 pb-6">
        <p className="text-sm font-semibold uppercase tracking-wide text-teal-800">
          {owners.map((o, i) => (
            <span key={o.networkId}>
              {i > 0 ? " · " : ""}
              <Link href={`/networks/${o.network.slug}`} className="hover:underline">
                {networkLabel(o.network)}
              </Link>
            </span>
          ))}
          {owners.length > 1 ? <span className="ml-2 font-normal normal-case text-slate-600">{t("initiatives.detail.coOwned")}</span> : null}
        </p>
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl" lang={lang}>
          {initiative.title}
        </h1>
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone={statusTone[initiative.status]}>{t(`knowledge.initiativeStatus.${initiative.status}`)}</Badge>
          {!published ? <Badge tone="amber">{t(`knowledge.state.${initiative.state}`)}</Badge> : null}
          <Badge>{t(`knowledge.language.${initiative.language}`)}</Badge>
        </div>
        {initiative.isSeed ? <SeedNote text={t("knowledge.seedNote")} source={{ href: initiative.sourceUrl, label: t("knowledge.source") }} /> : null}
        <p className="max-w-3xl text-lg text-slate-700" lang={lang}>
          {initiative.summary}
        </p>
        {canEdit ? (
          <div className="flex flex-wrap items-center gap-3 pt-1">
            <ButtonLink href={`/initiatives/${initiative.slug}/edit`} size="sm" variant="secondary">
              {t("initiatives.actions.edit")}
            </ButtonLink>
            <StateActions initiativeId={initiative.id} version={initiative.version} state={initiative.state} />
          </div>
        ) : null}
      </header>

      {myInvitations.map((o) => (
        <AnswerCoOwnership key={o.networkId} initiativeId={initiative.id} networkId={o.networkId} networkName={o.network.name} />
      ))}

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-8">
          {initiative.body ? (
            <div lang={lang}>
              <Markdown source={initiative.body} />
            </div>
          ) : null}

          <Section title={t("initiatives.detail.facts")} id="facts">
            <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
              <div>
                <dt className="font-medium text-slate-600">{t("initiatives.detail.period")}</dt>
                <dd>{initiative.startDate || initiative.endDate ? `${date(initiative.startDate) ?? "…"} – ${date(initiative.endDate) ?? (initiative.status === "COMPLETED" ? "…" : t("initiatives.detail.ongoing"))}` : t("initiatives.detail.notStated")}</dd>
              </div>
              <div>
                <dt className="font-medium text-slate-600">{t("initiatives.detail.funding")}</dt>
                <dd>{initiative.fundingSources.length ? initiative.fundingSources.join(" · ") : t("initiatives.detail.notStated")}</dd>
              </div>
              <div className="sm:col-span-2">
                <dt className="font-medium text-slate-600">{t("knowledge.themes")}</dt>
                <dd className="mt-1 flex flex-wrap gap-1.5">
                  {initiative.themes.map(({ theme }) => (
                    <Link key={theme.slug} href={`/initiatives?theme=${theme.slug}`}>
                      <Badge tone="teal">{themeName(theme, locale)}</Badge>
                    </Link>
                  ))}
                  {initiative.sdgs.map((s) => (
                    <Link key={s.sdgNumber} href={`/initiatives?sdg=${s.sdgNumber}`}>
                      <Badge>{t("knowledge.sdg", { number: s.sdgNumber })}</Badge>
                    </Link>
                  ))}
                </dd>
              </div>
            </dl>
          </Section>

          <Section title={t("initiatives.detail.cities", { count: initiative.cities.length })} id="cities">
            {initiative.cities.length ? (
              <ul className="flex flex-wrap gap-2 text-sm">
                {initiative.cities.map(({ city }) => (
                  <li key={city.slug}>
                    <Link href={`/cities/${city.slug}`} className="rounded-full border border-slate-200 bg-white px-3 py-1 hover:border-teal-700 hover:text-teal-800">
                      {city.name}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-600">{t("initiatives.detail.noCities")}</p>
            )}
          </Section>

          <Section title={t("initiatives.detail.partners")} id="partners">
            {initiative.partners.length ? (
              <ul className="space-y-2">
                {initiative.partners.map(({ partner, disclosure }) => (
                  <li key={partner.slug} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
                    <div className="flex flex-wrap items-center gap-2">
                      <Link href={`/partners/${partner.slug}`} className="font-medium text-teal-800 hover:underline">
                        {partner.name}
                      </Link>
                      <PartnerTypeBadge type={partner.type} label={t(`partners.types.${partner.type}`)} />
                    </div>
                    <p className="mt-1 text-slate-700">
                      <span className="font-medium">{t("initiatives.detail.disclosure")}</span> {disclosure}
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-600">{t("initiatives.detail.noPartners")}</p>
            )}
          </Section>

          {links.length || initiative.sourceUrl ? (
            <Section title={t("knowledge.links")} id="links">
              <ul className="list-disc space-y-1 pl-5 text-sm">
                {links.map((l) => (
                  <li key={l.url}>
                    <a href={l.url} rel="nofollow ugc noopener" target="_blank" className="text-teal-800 underline">
                      {l.label}
                    </a>
                  </li>
                ))}
                {initiative.sourceUrl ? (
                  <li>
                    {t("knowledge.source")}:{" "}
                    <a href={initiative.sourceUrl} rel="nofollow noopener" target="_blank" className="break-all text-teal-800 underline">
                      {initiative.sourceUrl}
                    </a>
                  </li>
                ) : null}
              </ul>
            </Section>
          ) : null}

          {initiative.proposals.length ? (
            <Section title={t("initiatives.proposals.title")} id="proposals">
              <ul className="space-y-3">
                {initiative.proposals.map((p) => {
                  const incoming = p.toInitiative.id === initiative.id;
                  const other = incoming ? p.fromInitiative : p.toInitiative;
                  return (
                    <li key={p.id} className="space-y-2 rounded-md border border-slate-200 bg-white p-3 text-sm" data-testid="proposal">
                      <div className="flex flex-wrap items-center justify-between gap-2">
                        <p>
                          {t(incoming ? "initiatives.proposals.from" : "initiatives.proposals.to")}{" "}
                          <Link href={`/initiatives/${other.slug}`} className="font-medium text-teal-800 hover:underline">
                            {other.title}
                          </Link>
                        </p>
                        <Badge tone={p.status === "ACCEPTED" ? "green" : p.status === "DECLINED" ? "red" : "amber"}>{t(`knowledge.answer.${p.status}`)}</Badge>
                      </div>
                      <p className="whitespace-pre-line text-slate-800">{p.message}</p>
                      {p.answer ? <p className="border-l-2 border-slate-300 pl-3 text-slate-700">{p.answer}</p> : null}
                      <p className="text-xs text-slate-500">{dateTime(p.createdAt)}</p>
                      {incoming && p.status === "PENDING" && policy.answerCollaboration(actor, initiative.ownerNetworkIds) ? <AnswerProposal proposalId={p.id} /> : null}
                    </li>
                  );
                })}
              </ul>
            </Section>
          ) : null}

          {published ? <AttachedThreads target={{ kind: "initiative", id: initiative.id }} /> : null}

          <Section title={t("initiatives.history.title")} id="history">
            <ol className="space-y-3 border-l-2 border-slate-200 pl-4 text-sm">
              {initiative.revisions.map((r) => (
                <li key={r.id} className="space-y-1" data-testid="revision">
                  <p className="text-slate-600">
                    {t("initiatives.history.edited", { who: r.actorName ?? t("initiatives.history.someone"), when: dateTime(r.createdAt), version: r.version })}
                  </p>
                  <ul className="space-y-0.5">
                    {Object.entries(r.changes)
                      .filter(([field]) => HISTORY_FIELDS.includes(field))
                      .map(([field, change]) => (
                        <li key={field}>
                          <span className="font-medium">{t(`initiatives.history.fields.${field}`)}</span>:{" "}
                          {field === "body" ? (
                            t("initiatives.history.bodyChanged")
                          ) : (
                            <>
                              <del className="text-slate-500">{historyValue(field, change.from)}</del> → <ins className="no-underline">{historyValue(field, change.to)}</ins>
                            </>
                          )}
                        </li>
                      ))}
                  </ul>
                </li>
              ))}
              <li className="text-slate-600">
                {initiative.isSeed
                  ? t("initiatives.history.seeded", { when: dateTime(initiative.createdAt) })
                  : t("initiatives.history.created", { who: initiative.createdBy?.name ?? t("initiatives.history.someone"), when: dateTime(initiative.createdAt) })}
              </li>
            </ol>
          </Section>
        </div>

        <div className="space-y-6">
          <Card className="space-y-3">
            <h2 className="font-semibold text-slate-900">{t("initiatives.owners.title")}</h2>
            <ul className="space-y-1.5 text-sm">
              {initiative.owners.map((o) => (
                <li key={o.networkId} className="flex flex-wrap items-center justify-between gap-2">
                  <Link href={`/networks/${o.network.slug}`} className="font-medium text-teal-800 hover:underline">
                    {o.network.name}
                  </Link>
                  <span className="text-xs text-slate-600">
                    {o.isLead ? t("initiatives.owners.lead") : o.status === "ACCEPTED" ? t("initiatives.owners.coOwner") : t(`knowledge.answer.${o.status}`)}
                  </span>
                </li>
              ))}
            </ul>
            {canInvite ? <InviteCoOwner initiativeId={initiative.id} networks={inviteChoices.map((n) => ({ slug: n.slug, label: n.acronym ? `${n.acronym} — ${n.name}` : n.name }))} /> : null}
          </Card>

          <section aria-labelledby="similar-heading" className="space-y-3" id="similar">
            <h2 id="similar-heading" className="font-semibold text-slate-900">
              {t("initiatives.similar.title")}
            </h2>
            <p className="text-sm text-slate-600">{t("initiatives.similar.hint")}</p>
            {similar.length ? (
              <ul className="space-y-2">
                {similar.map((item) => (
                  <SimilarItem key={item.id} item={item} t={t} themeLabel={themeLabel}>
                    {relationWith.get(item.id) ? <Badge tone="amber">{t(`knowledge.relation.${relationWith.get(item.id)}`)}</Badge> : null}
                    {canPropose ? <ProposeCollaboration fromInitiativeId={initiative.id} toInitiativeId={item.id} toTitle={item.title} /> : null}
                    {isModerator ? <RelationButtons initiativeId={initiative.id} otherId={item.id} current={relationWith.get(item.id) ?? null} /> : null}
                  </SimilarItem>
                ))}
              </ul>
            ) : (
              <EmptyState title={published ? t("initiatives.similar.none") : t("initiatives.similar.afterPublishing")} />
            )}
          </section>

          {initiative.relations.length ? (
            <section aria-labelledby="relations-heading" className="space-y-2">
              <h2 id="relations-heading" className="font-semibold text-slate-900">
                {t("initiatives.relations.title")}
              </h2>
              <ul className="space-y-1 text-sm">
                {initiative.relations.map((r) => (
                  <li key={r.other.id} className="flex flex-wrap items-center gap-2">
                    <Badge tone={r.kind === "DUPLICATE" ? "amber" : "neutral"}>{t(`knowledge.relation.${r.kind}`)}</Badge>
                    <Link href={`/initiatives/${r.other.slug}`} className="text-teal-800 hover:underline">
                      {r.other.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </div>
    </article>
  );
}
