"use client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useMutation, useTRPC } from "@/lib/trpc/client";

/** Shows the outcome in place: refreshing the page would only show the now-used invitation. */
export function AcceptInvitation({ token }: { token: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [error, setError] = useState<string | null>(null);
  const accept = useMutation(trpc.members.invitations.accept.mutationOptions());

  async function onClick() {
    setError(null);
    try {
      await accept.mutateAsync({ token });
    } catch (e) {
      setError(t(readClientError(e).message));
    }
  }

  if (accept.data) {
    const { network, role } = accept.data;
    return (
      <div className="space-y-4">
        <Alert tone="success">{t("members.invitation.accepted", { role: t(`members.roles.${role}`), network: network.acronym ?? network.name })}</Alert>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={`/networks/${network.slug}/edit`}>{t("members.invitation.editProfile")}</ButtonLink>
          <ButtonLink href={`/networks/${network.slug}`} variant="secondary">
            {t("members.invitation.openNetwork")}
          </ButtonLink>
        </div>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button size="lg" disabled={accept.isPending} onClick={() => void onClick()}>
        {accept.isPending ? t("members.invitation.accepting") : t("members.invitation.accept")}
      </Button>
    </div>
  );
}
