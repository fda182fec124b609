import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { AddMemberForm } from "@/components/members/add-member-form";
import { CsvImport } from "@/components/members/csv-import";
import { MemberRowActions } from "@/components/members/member-row-actions";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader, Section } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";
import { countryName } from "@/server/cities/country";
import { AppError } from "@/server/errors";
import { getMembersPage } from "@/server/members/service";

type Props = { params: Promise<{ slug: string }> };
type Row = { id: string; slug: string; name: string; memberType: "MEMBER" | "OBSERVER" | "PARTNER"; yearJoined: number | null };

/** Null when the network is missing or the reader may not manage its members: both show as not found. */
const load = cache(async (slug: string) =>
  getMembersPage(await getContext(), slug).catch((e: unknown) => {
    if (e instanceof AppError) return null;
    throw e;
  }),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getTranslator();
  const page = await load((await params).slug);
  return { title: page ? t("members.list.title", { name: page.network.acronym ?? page.network.name }) : undefined };
}

const typeTone = { MEMBER: "teal", OBSERVER: "neutral", PARTNER: "blue" } as const;

function MembersTable(props: { t: Translate; rows: Row[]; hrefBase: string; detailLabel: string; detail: (row: Row) => string; caption: string }) {
  const { t } = props;
  return (
    <Card className="overflow-x-auto p-0">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{props.caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">{t("members.list.name")}</th>
            <th scope="col" className="px-4 py-2 font-medium">{props.detailLabel}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t("members.list.type")}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t("members.list.year")}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t("members.list.actions")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {props.rows.map((row) => (
            <tr key={row.id} className="align-top">
              <td className="px-4 py-3 font-medium">
                <Link href={`${props.hrefBase}/${row.slug}`} className="text-teal-800 hover:underline">
                  {row.name}
                </Link>
              </td>
              <td className="px-4 py-3 text-slate-700">{props.detail(row)}</td>
              <td className="px-4 py-3">
                <Badge tone={typeTone[row.memberType]}>{t(`members.types.${row.memberType}`)}</Badge>
              </td>
              <td className="px-4 py-3 tabular-nums text-slate-700">{row.yearJoined ?? "—"}</td>
              <td className="px-4 py-3">
                <MemberRowActions membershipId={row.id} name={row.name} memberType={row.memberType} yearJoined={row.yearJoined} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

export default async function MembersPage({ params }: Props) {
  const { slug } = await params;
  const ctx = await getContext();
  if (!ctx.actor) redirect(`/signin?callbackUrl=${encodeURIComponent(`/networks/${slug}/members`)}`);
  const page = await load(slug);
  if (!page) notFound();
  const { t, locale } = await getTranslator();
  const { network } = page;
  const countryOf = new Map(page.cities.map((c) => [c.id, c.countryCode]));
  const typeOf = new Map(page.partners.map((p) => [p.id, p.type]));

  return (
    <div className="mx-auto max-w-5xl space-y-8">
      <PageHeader
        title={t("members.list.title", { name: network.acronym ?? network.name })}
        description={t("members.list.description")}
        actions={
          <>
            {policy.manageStaff(ctx.actor, network.id) ? (
              <ButtonLink href={`/networks/${network.slug}/staff`} variant="secondary">
                {t("members.list.staffLink")}
              </ButtonLink>
            ) : null}
            <Link href={`/networks/${network.slug}`} className="self-center text-sm text-teal-800 underline">
              {t("members.list.back")}
            </Link>
          </>
        }
      />

      <div className="grid gap-8 lg:grid-cols-2">
        <Section id="add-member" title={t("members.add.title")}>
          <Card>
            <AddMemberForm
              networkId={network.id}
              cities={page.options.cities.map((c) => ({ slug: c.slug, name: c.name, detail: countryName(c.countryCode, locale) }))}
              partners={page.options.partners}
            />
          </Card>
        </Section>
        <Section id="import" title={t("members.csv.title")}>
          <Card>
            <CsvImport networkId={network.id} templateHref={`/networks/${network.slug}/members/template`} />
          </Card>
        </Section>
      </div>

      <Section id="member-cities" title={t("members.list.cities", { count: page.cities.length })}>
        {page.cities.length === 0 ? (
          <EmptyState title={t("members.list.noCities")} />
        ) : (
          <MembersTable
            t={t}
            rows={page.cities}
            hrefBase="/cities"
            caption={t("members.list.cities", { count: page.cities.length })}
            detailLabel={t("members.list.country")}
            detail={(row) => countryName(countryOf.get(row.id) ?? "", locale)}
          />
        )}
      </Section>

      <Section id="member-partners" title={t("members.list.partners", { count: page.partners.length })}>
        {page.partners.length === 0 ? (
          <EmptyState title={t("members.list.noPartners")} />
        ) : (
          <MembersTable
            t={t}
            rows={page.partners}
            hrefBase="/partners"
            caption={t("members.list.partners", { count: page.partners.length })}
            detailLabel={t("members.list.partnerType")}
            detail={(row) => {
              const type = typeOf.get(row.id);
              return type ? t(`partners.types.${type}`) : "";
            }}
          />
        )}
      </Section>
    </div>
  );
}
