import type { Metadata } from "next";
import { AcceptInvitation } from "@/components/members/accept-invitation";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { getContext } from "@/server/auth/session";
import { getInvitation } from "@/server/members/service";

type Props = { params: Promise<{ token: string }> };

// The token is a credential: keep it out of search engines and other sites' referrer logs.
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

const closedTitles = {
  accepted: "members.invitation.usedTitle",
  revoked: "members.invitation.revokedTitle",
  expired: "members.invitation.expiredTitle",
} as const;
const closedBodies = {
  accepted: "members.invitation.errors.used",
  revoked: "members.invitation.errors.revoked",
  expired: "members.invitation.errors.expired",
} as const;

export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const ctx = await getContext();
  const { t } = await getTranslator();
  const invitation = await getInvitation(ctx, { token });

  if (!invitation) {
    return (
      <div className="mx-auto max-w-2xl">
        <PageHeader title={t("members.invitation.notFoundTitle")} />
        <Alert tone="error">{t("members.invitation.notFound")}</Alert>
      </div>
    );
  }

  const networkName = invitation.network.acronym ?? invitation.network.name;
  if (invitation.state === "accepted" && invitation.acceptedByYou) {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <PageHeader title={t("members.invitation.title", { network: networkName })} eyebrow={invitation.network.name} />
        <Alert tone="success">{t("members.invitation.accepted", { role: t(`members.roles.${invitation.role}`), network: networkName })}</Alert>
        <ButtonLink href={`/networks/${invitation.network.slug}`} variant="secondary">
          {t("members.invitation.openNetwork")}
        </ButtonLink>
      </div>
    );
  }
  if (invitation.state !== "valid") {
    return (
      <div className="mx-auto max-w-2xl">
        <PageHeader title={t(closedTitles[invitation.state])} eyebrow={invitation.network.name} />
        <Alert tone="warning">
          <p>{t(closedBodies[invitation.state])}</p>
          {invitation.state === "accepted" ? null : <p className="mt-1">{t("members.invitation.askAgain", { network: networkName })}</p>}
        </Alert>
      </div>
    );
  }

  const here = `/invitations/${token}`;
  const role = t(`members.roles.${invitation.role}`);
  const actor = ctx.actor;
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t("members.invitation.title", { network: networkName })} eyebrow={invitation.network.name} />
      <Card className="space-y-4">
        <p className="text-slate-800">{t("members.invitation.intro", { inviter: invitation.invitedBy, network: invitation.network.name, role })}</p>
        <p className="text-sm text-slate-700">{t("members.invitation.sentTo", { email: invitation.email })}</p>
        {actor ? (
          <>
            {actor.email.toLowerCase() !== invitation.email ? (
              <Alert tone="info">{t("members.invitation.otherEmail", { email: actor.email })}</Alert>
            ) : null}
            {invitation.alreadyStaff ? <Alert tone="info">{t("members.invitation.alreadyStaff")}</Alert> : null}
            <AcceptInvitation token={token} />
          </>
        ) : (
          <div className="space-y-3">
            <p className="text-sm text-slate-700">{t("members.invitation.signInHint")}</p>
            <div className="flex flex-wrap gap-2">
              <ButtonLink href={`/signup?email=${encodeURIComponent(invitation.email)}&callbackUrl=${encodeURIComponent(here)}`}>
                {t("members.invitation.signUp")}
              </ButtonLink>
              <ButtonLink href={`/signin?callbackUrl=${encodeURIComponent(here)}`} variant="secondary">
                {t("members.invitation.signIn")}
              </ButtonLink>
            </div>
          </div>
        )}
      </Card>
    </div>
  );
}
