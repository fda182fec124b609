"use client";
import { NetworkInviteForm } from "@/components/common/network-invite-form";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { useMutation, useTRPC } from "@/lib/trpc/client";
import { ErrorText, useAction } from "@/components/common/action";

// Buttons and small forms on the event page; each runs one mutation.

export function RegistrationButton(props: {
  eventId: string;
  registration: { status: "CONFIRMED" | "WAITLISTED"; waitlistPosition: number | null } | null;
  full: boolean;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const register = useMutation(trpc.events.register.mutationOptions());
  const cancel = useMutation(trpc.events.cancelRegistration.mutationOptions());
  const { error, busy, run } = useAction();
  const { registration } = props;
  return (
    <div className="space-y-2">
      {registration ? (
        <>
          <p className="text-sm font-medium text-slate-900" data-testid="registration-status">
            {registration.status === "CONFIRMED" ? t("events.registration.confirmed") : t("events.registration.waitlisted", { position: registration.waitlistPosition ?? 1 })}
          </p>
          <Button variant="secondary" disabled={busy} onClick={() => run(() => cancel.mutateAsync({ eventId: props.eventId }))}>
            {registration.status === "CONFIRMED" ? t("events.registration.cancel") : t("events.registration.leaveWaitlist")}
          </Button>
        </>
      ) : (
        <Button disabled={busy} onClick={() => run(() => register.mutateAsync({ eventId: props.eventId }))}>
          {props.full ? t("events.registration.joinWaitlist") : t("events.registration.register")}
        </Button>
      )}
      <ErrorText error={error} />
    </div>
  );
}

export function InviteHost(props: { eventId: string; networks: { slug: string; label: string }[] }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const invite = useMutation(trpc.events.inviteHost.mutationOptions());
  return (
    <NetworkInviteForm
      id="event-invite-network"
      networks={props.networks}
      invite={(networkSlug) => invite.mutateAsync({ eventId: props.eventId, networkSlug })}
      text={{ label: t("events.hosts.invite"), hint: t("events.hosts.inviteHint"), choose: t("events.hosts.chooseNetwork"), submit: t("events.hosts.sendInvitation") }}
    />
  );
}

export function AnswerHost(props: { eventId: string; networkId: string; networkName: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const answer = useMutation(trpc.events.answerHost.mutationOptions());
  const { error, busy, run } = useAction();
  const go = (accept: boolean) => run(() => answer.mutateAsync({ eventId: props.eventId, networkId: props.networkId, accept }));
  return (
    <div className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4" role="region" aria-label={t("events.hosts.invitationTitle")}>
      <p className="text-sm text-amber-950">{t("events.hosts.invitationBody", { network: props.networkName })}</p>
      <div className="flex gap-2">
        <Button size="sm" disabled={busy} onClick={() => go(true)}>
          {t("events.hosts.accept")}
        </Button>
        <Button size="sm" variant="secondary" disabled={busy} onClick={() => go(false)}>
          {t("events.hosts.decline")}
        </Button>
      </div>
      <ErrorText error={error} />
    </div>
  );
}

export function SignStatement(props: { statementId: string; networks: { id: string; label: string }[] }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const sign = useMutation(trpc.events.signStatement.mutationOptions());
  const { error, busy, run } = useAction();
  const [networkId, setNetworkId] = useState(props.networks[0]?.id ?? "");
  const [confirming, setConfirming] = useState(false);
  const only = props.networks.length === 1 ? props.networks[0] : undefined;
  return (
    <div className="space-y-2 rounded-lg border border-teal-200 bg-teal-50 p-4">
      {only ? null : (
        <Field id={`sign-network-${props.statementId}`} label={t("events.statement.signFor")}>
          {(aria) => (
            <Select {...aria} value={networkId} onChange={(e) => setNetworkId(e.target.value)}>
              {props.networks.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}
      <p className="text-sm text-teal-950">{t("events.statement.signWarning")}</p>
      {confirming ? (
        <div className="flex flex-wrap gap-2">
          <Button size="sm" disabled={busy || !networkId} onClick={() => run(() => sign.mutateAsync({ statementId: props.statementId, networkId }))}>
            {t("events.statement.confirmSign", { network: props.networks.find((n) => n.id === networkId)?.label ?? "" })}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
            {t("events.statement.notYet")}
          </Button>
        </div>
      ) : (
        <Button size="sm" onClick={() => setConfirming(true)}>
          {only ? t("events.statement.signAs", { network: only.label }) : t("events.statement.sign")}
        </Button>
      )}
      <ErrorText error={error} />
    </div>
  );
}
