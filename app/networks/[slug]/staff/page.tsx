import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { InviteForm } from "@/components/members/invite-form";
import { RevokeInvitation } from "@/components/members/revoke-invitation";
import { StaffRowActions } from "@/components/members/staff-row-actions";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader, Section } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { getContext } from "@/server/auth/session";
import { AppError } from "@/server/errors";
import { getStaffPage } from "@/server/members/service";

type Props = { params: Promise<{ slug: string }> };

/** Null when the network is missing or the reader may not manage its staff: both show as not found. */
const load = cache(async (slug: string) =>
  getStaffPage(await getContext(), slug).catch((e: unknown) => {
    if (e instanceof AppError) return null;
    throw e;
  }),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getTranslator();
  const page = await load((await params).slug);
  return { title: page ? t("members.staff.title", { name: page.network.acronym ?? page.network.name }) : undefined };
}

export default async function StaffPage({ params }: Props) {
  const { slug } = await params;
  const ctx = await getContext();
  if (!ctx.actor) redirect(`/signin?callbackUrl=${encodeURIComponent(`/networks/${slug}/staff`)}`);
  const page = await load(slug);
  if (!page) notFound();
  const { t, locale } = await getTranslator();
  const { network } = page;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });

  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <PageHeader
        title={t("members.staff.title", { name: network.acronym ?? network.name })}
        description={t("members.staff.description")}
        actions={
          <>
            <ButtonLink href={`/networks/${network.slug}/members`} variant="secondary">
              {t("members.staff.membersLink")}
            </ButtonLink>
            <Link href={`/networks/${network.slug}`} className="self-center text-sm text-teal-800 underline">
              {t("members.staff.back")}
            </Link>
          </>
        }
      />

      <Section id="staff" title={t("members.staff.listTitle")}>
        {page.staff.length === 0 ? (
          <EmptyState title={t("members.staff.empty")} />
        ) : (
          <Card className="overflow-x-auto p-0">
            <table className="table-cards w-full text-left text-sm">
              <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className="px-4 py-2 font-medium">{t("members.staff.name")}</th>
                  <th scope="col" className="px-4 py-2 font-medium">{t("members.staff.role")}</th>
                  <th scope="col" className="px-4 py-2 font-medium">{t("members.staff.since")}</th>
                  <th scope="col" className="px-4 py-2 font-medium">{t("members.staff.actions")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {page.staff.map((person) => (
                  <tr key={person.userId} className="align-top">
                    <td className="px-4 py-3">
                      <div className="font-medium text-slate-900">
                        {person.name}
                        {person.userId === ctx.actor?.id ? <span className="ml-1 text-slate-600">({t("members.staff.you")})</span> : null}
                      </div>
                      <div className="break-all text-slate-600">{person.email}</div>
                    </td>
                    <td className="px-4 py-3" data-label={t("members.staff.role")}>
                      <Badge tone={person.role === "OWNER" ? "teal" : "neutral"}>{t(`members.roles.${person.role}`)}</Badge>
                    </td>
                    <td className="px-4 py-3 text-slate-700" data-label={t("members.staff.since")}>{date.format(person.since)}</td>
                    <td className="px-4 py-3" data-label={t("members.staff.actions")}>
                      <StaffRowActions networkId={network.id} userId={person.userId} name={person.name} role={person.role} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        )}
      </Section>

      <Section id="invite" title={t("members.invite.title")}>
        <Card>
          <InviteForm networkId={network.id} />
        </Card>
      </Section>

      <Section id="pending" title={t("members.invite.pendingTitle")}>
        {page.invitations.length === 0 ? (
          <EmptyState title={t("members.invite.pendingEmpty")} />
        ) : (
          <Card className="p-0">
            <ul className="divide-y divide-slate-100">
              {page.invitations.map((invitation) => (
                <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm">
                  <div>
                    <div className="font-medium text-slate-900">
                      {invitation.email} <Badge className="ml-1">{t(`members.roles.${invitation.role}`)}</Badge>
                    </div>
                    <div className="text-slate-600">
                      {t("members.invite.invitedBy", { name: invitation.invitedBy })} · {t("members.invite.expires", { date: date.format(invitation.expiresAt) })}
                    </div>
                  </div>
                  <RevokeInvitation invitationId={invitation.id} email={invitation.email} />
                </li>
              ))}
            </ul>
          </Card>
        )}
      </Section>
    </div>
  );
}
