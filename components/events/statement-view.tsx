import Link from "next/link";
import { Markdown } from "@/components/common/markdown";
import { networkLabel } from "@/components/initiatives/similar-list";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import type { Actor } from "@/server/auth/actor";
import { policy } from "@/server/auth/policy";
import type { UiLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { StatementView as Statement } from "@/server/events/service";
import { SignStatement } from "./actions";

/**
 * A joint statement with its signatories. Owners see a sign button for each network of theirs that
 * has not signed; hosts' staff see an edit link only while nobody has signed.
 */
export function StatementView(props: {
  statement: Statement;
  actor: Actor | null;
  hostIds: string[];
  ownNetworks: { id: string; label: string }[];
  t: Translate;
  locale: UiLocale;
  headingLevel?: "h2" | "h3";
}) {
  const { statement, actor, t, locale } = props;
  const Heading = props.headingLevel ?? "h3";
  const lang = statement.language === "zh" ? "zh-CN" : statement.language;
  const signedIds = new Set(statement.signatures.map((s) => s.networkId));
  const canSign = props.ownNetworks.filter((n) => !signedIds.has(n.id) && policy.signStatement(actor, n.id));
  const frozen = statement.state === "SIGNING";
  const canEdit = !frozen && policy.draftStatement(actor, props.hostIds);
  const day = (d: Date) => new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(d);
  return (
    <article id={`statement-${statement.slug}`} className="scroll-mt-20 space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm" data-testid="statement">
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          {frozen ? (
            <Badge tone="green">{t("events.statement.signed")}</Badge>
          ) : (
            <Badge tone="amber">{t("events.statement.draft")}</Badge>
          )}
          {statement.frozenAt ? <span className="text-xs text-slate-600">{t("events.statement.frozenOn", { date: day(statement.frozenAt) })}</span> : null}
        </div>
        <Heading className="text-xl font-semibold text-slate-900" lang={lang}>
          <Link href={`/statements/${statement.slug}`} className="hover:text-teal-800 hover:underline">
            {statement.title}
          </Link>
        </Heading>
        {canEdit ? (
          <div className="flex flex-wrap items-center gap-3">
            <ButtonLink href={`/statements/${statement.slug}/edit`} size="sm" variant="secondary">
              {t("events.statement.edit")}
            </ButtonLink>
            <span className="text-xs text-slate-600">{t("events.statement.draftNote")}</span>
          </div>
        ) : null}
      </header>
      <div lang={lang} className="border-l-4 border-teal-700/30 pl-4" data-testid="statement-body">
        <Markdown source={statement.body} />
      </div>
      <section aria-label={t("events.statement.signatories")} className="space-y-2">
        <h4 className="text-sm font-semibold uppercase tracking-wide text-slate-600">
          {t("events.statement.signatoriesCount", { count: statement.signatures.length })}
        </h4>
        {statement.signatures.length ? (
          <ol className="flex flex-wrap gap-2" data-testid="signatories">
            {statement.signatures.map((s) => (
              <li key={s.networkId} className="rounded-md border border-green-200 bg-green-50 px-3 py-1.5 text-sm">
                <Link href={`/networks/${s.network.slug}`} className="font-medium text-green-950 hover:underline">
                  {networkLabel(s.network)}
                </Link>
                <span className="ml-2 text-xs text-green-900/80">{day(s.createdAt)}</span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-slate-600">{t("events.statement.noSignatures")}</p>
        )}
        <p className="text-xs text-slate-500">{t("events.statement.appendOnly")}</p>
      </section>
      {canSign.length ? <SignStatement statementId={statement.id} networks={canSign} /> : null}
    </article>
  );
}
