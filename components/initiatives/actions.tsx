"use client";
import { NetworkInviteForm } from "@/components/common/network-invite-form";
import { ErrorText, useAction } from "@/components/common/action";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { useMutation, useTRPC } from "@/lib/trpc/client";

// Small buttons and forms on the initiative page. Each runs one mutation, shows its error in
// words, and refreshes the server-rendered page when it succeeds.



export function StateActions(props: { initiativeId: string; version: number; state: "DRAFT" | "PUBLISHED" | "ARCHIVED" }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const setState = useMutation(trpc.initiatives.setState.mutationOptions());
  const { error, busy, run } = useAction();
  const go = (state: "DRAFT" | "PUBLISHED" | "ARCHIVED") => run(() => setState.mutateAsync({ initiativeId: props.initiativeId, version: props.version, state }));
  return (
    <div className="flex flex-wrap items-center gap-2">
      {props.state !== "PUBLISHED" ? (
        <Button size="sm" disabled={busy} onClick={() => go("PUBLISHED")}>
          {t("initiatives.actions.publish")}
        </Button>
      ) : (
        <Button size="sm" variant="secondary" disabled={busy} onClick={() => go("ARCHIVED")}>
          {t("initiatives.actions.archive")}
        </Button>
      )}
      {props.state === "PUBLISHED" ? (
        <Button size="sm" variant="ghost" disabled={busy} onClick={() => go("DRAFT")}>
          {t("initiatives.actions.unpublish")}
        </Button>
      ) : null}
      <ErrorText error={error} />
    </div>
  );
}

export function InviteCoOwner(props: { initiativeId: string; networks: { slug: string; label: string }[] }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const invite = useMutation(trpc.initiatives.inviteCoOwner.mutationOptions());
  return (
    <NetworkInviteForm
      id="co-owner-network"
      networks={props.networks}
      invite={(networkSlug) => invite.mutateAsync({ initiativeId: props.initiativeId, networkSlug })}
      text={{
        label: t("initiatives.owners.invite"),
        hint: t("initiatives.owners.inviteHint"),
        choose: t("initiatives.owners.chooseNetwork"),
        submit: t("initiatives.owners.sendInvite"),
        sent: t("initiatives.owners.invited"),
      }}
    />
  );
}

export function AnswerCoOwnership(props: { initiativeId: string; networkId: string; networkName: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const answer = useMutation(trpc.initiatives.answerCoOwnership.mutationOptions());
  const { error, busy, run } = useAction();
  const go = (accept: boolean) => run(() => answer.mutateAsync({ initiativeId: props.initiativeId, networkId: props.networkId, accept }));
  return (
    <Alert tone="info" title={t("initiatives.owners.invitedTitle", { network: props.networkName })}>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button size="sm" disabled={busy} onClick={() => go(true)}>
          {t("initiatives.owners.accept")}
        </Button>
        <Button size="sm" variant="secondary" disabled={busy} onClick={() => go(false)}>
          {t("initiatives.owners.decline")}
        </Button>
      </div>
      <ErrorText error={error} />
    </Alert>
  );
}

export function ProposeCollaboration(props: { fromInitiativeId: string; toInitiativeId: string; toTitle: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const propose = useMutation(trpc.initiatives.proposeCollaboration.mutationOptions());
  const { error, busy, run } = useAction();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const [message, setMessage] = useState("");
  if (sent) return <p className="text-sm font-medium text-green-800">{t("initiatives.proposals.sent")}</p>;
  if (!open) {
    return (
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)}>
        {t("initiatives.proposals.propose")}
      </Button>
    );
  }
  const id = `proposal-${props.toInitiativeId}`;
  return (
    <form
      className="space-y-2"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await run(() => propose.mutateAsync({ fromInitiativeId: props.fromInitiativeId, toInitiativeId: props.toInitiativeId, message }))) setSent(true);
      }}
    >
      <Field id={id} label={t("initiatives.proposals.messageLabel", { title: props.toTitle })}>
        {(aria) => <Textarea {...aria} rows={3} maxLength={2000} value={message} onChange={(e) => setMessage(e.target.value)} placeholder={t("initiatives.proposals.placeholder")} />}
      </Field>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={busy}>
          {t("initiatives.proposals.send")}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setOpen(false)}>
          {t("initiatives.proposals.cancel")}
        </Button>
      </div>
      <ErrorText error={error} />
    </form>
  );
}

export function AnswerProposal(props: { proposalId: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const answerProposal = useMutation(trpc.initiatives.answerProposal.mutationOptions());
  const { error, busy, run } = useAction();
  const [answer, setAnswer] = useState("");
  const go = (accept: boolean) => run(() => answerProposal.mutateAsync({ proposalId: props.proposalId, accept, answer: answer || undefined }));
  return (
    <div className="space-y-2">
      <Field id={`answer-${props.proposalId}`} label={t("initiatives.proposals.answerLabel")}>
        {(aria) => <Textarea {...aria} rows={2} maxLength={2000} value={answer} onChange={(e) => setAnswer(e.target.value)} />}
      </Field>
      <div className="flex gap-2">
        <Button size="sm" disabled={busy} onClick={() => go(true)}>
          {t("initiatives.proposals.accept")}
        </Button>
        <Button size="sm" variant="secondary" disabled={busy} onClick={() => go(false)}>
          {t("initiatives.proposals.decline")}
        </Button>
      </div>
      <ErrorText error={error} />
    </div>
  );
}

export function RelationButtons(props: { initiativeId: string; otherId: string; current: "DUPLICATE" | "RELATED" | null }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const mark = useMutation(trpc.initiatives.markRelation.mutationOptions());
  const { error, busy, run } = useAction();
  const go = (kind: "DUPLICATE" | "RELATED" | null) => run(() => mark.mutateAsync({ initiativeId: props.initiativeId, otherId: props.otherId, kind }));
  return (
    <div className="flex flex-wrap items-center gap-1.5 text-xs">
      <span className="text-slate-600">{t("initiatives.relations.moderatorMark")}</span>
      {(["DUPLICATE", "RELATED"] as const).map((kind) => (
        <Button key={kind} size="sm" variant={props.current === kind ? "primary" : "secondary"} disabled={busy} aria-pressed={props.current === kind} onClick={() => go(props.current === kind ? null : kind)}>
          {t(`knowledge.relation.${kind}`)}
        </Button>
      ))}
      <ErrorText error={error} />
    </div>
  );
}
