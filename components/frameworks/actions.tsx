"use client";
import { ErrorText, fieldErrors, useAction } from "@/components/common/action";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select, Textarea } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { useMutation, useTRPC } from "@/lib/trpc/client";

// The framework page's forms and buttons. Each runs one mutation, shows its error in words and
// refreshes the server-rendered page when it succeeds.




export function EndorseForm(props: { frameworkId: string; networks: { id: string; name: string; commitment: string | null }[] }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const endorse = useMutation(trpc.frameworks.endorse.mutationOptions());
  const { error, busy, run } = useAction();
  const [networkId, setNetworkId] = useState(props.networks[0]?.id ?? "");
  const current = props.networks.find((n) => n.id === networkId);
  const [commitment, setCommitment] = useState(current?.commitment ?? "");
  return (
    <form
      className="space-y-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => endorse.mutateAsync({ frameworkId: props.frameworkId, networkId, commitment }));
      }}
    >
      {props.networks.length > 1 ? (
        <Field id="endorse-network" label={t("frameworks.endorse.network")}>
          {(aria) => (
            <Select
              {...aria}
              value={networkId}
              onChange={(e) => {
                setNetworkId(e.target.value);
                setCommitment(props.networks.find((n) => n.id === e.target.value)?.commitment ?? "");
              }}
            >
              {props.networks.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ) : null}
      <Field
        id="endorse-commitment"
        label={t("frameworks.endorse.commitment", { network: current?.name ?? "" })}
        hint={t("frameworks.endorse.commitmentHint")}
        errors={fieldErrors(error, "commitment", t)}
      >
        {(aria) => <Textarea {...aria} value={commitment} onChange={(e) => setCommitment(e.target.value)} maxLength={2000} />}
      </Field>
      <ErrorText error={error} fields={["commitment"]} />
      <Button type="submit" disabled={busy}>
        {current?.commitment ? t("frameworks.endorse.update") : t("frameworks.endorse.submit")}
      </Button>
    </form>
  );
}

export function WithdrawEndorsement(props: { frameworkId: string; networkId: string; networkName: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const withdraw = useMutation(trpc.frameworks.withdraw.mutationOptions());
  const { error, busy, run } = useAction();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Button size="sm" variant="ghost" onClick={() => setConfirming(true)}>
        {t("frameworks.endorse.withdraw")}
      </Button>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t("frameworks.endorse.withdraw")}>
      <span className="text-sm text-slate-700">{t("frameworks.endorse.withdrawConfirm", { network: props.networkName })}</span>
      <Button size="sm" variant="danger" disabled={busy} onClick={() => void run(() => withdraw.mutateAsync({ frameworkId: props.frameworkId, networkId: props.networkId }))}>
        {t("frameworks.endorse.withdrawYes")}
      </Button>
      <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
        {t("frameworks.cancel")}
      </Button>
      <ErrorText error={error} />
    </div>
  );
}

type Choice = { id: string; title: string };

export function ProposeMapping(props: { pillars: { id: string; title: string }[]; initiatives: Choice[]; practices: Choice[] }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const propose = useMutation(trpc.frameworks.proposeMapping.mutationOptions());
  const { error, busy, run } = useAction();
  const [pillarId, setPillarId] = useState(props.pillars[0]?.id ?? "");
  const [record, setRecord] = useState("");
  const [note, setNote] = useState("");
  const [sent, setSent] = useState(false);
  return (
    <form
      className="space-y-3"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setSent(false);
        const [target, targetId] = record.split(":") as ["INITIATIVE" | "PRACTICE", string];
        const ok = await run(() => propose.mutateAsync({ pillarId, target: target || "INITIATIVE", targetId: targetId ?? "", note }));
        if (ok) {
          setSent(true);
          setRecord("");
          setNote("");
        }
      }}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="map-record" label={t("frameworks.map.record")} errors={fieldErrors(error, "targetId", t)}>
          {(aria) => (
            <Select {...aria} value={record} onChange={(e) => setRecord(e.target.value)}>
              <option value="">{t("frameworks.map.choose")}</option>
              {props.initiatives.length ? (
                <optgroup label={t("frameworks.map.initiatives")}>
                  {props.initiatives.map((i) => (
                    <option key={i.id} value={`INITIATIVE:${i.id}`}>
                      {i.title}
                    </option>
                  ))}
                </optgroup>
              ) : null}
              {props.practices.length ? (
                <optgroup label={t("frameworks.map.practices")}>
                  {props.practices.map((p) => (
                    <option key={p.id} value={`PRACTICE:${p.id}`}>
                      {p.title}
                    </option>
                  ))}
                </optgroup>
              ) : null}
            </Select>
          )}
        </Field>
        <Field id="map-pillar" label={t("frameworks.map.pillar")}>
          {(aria) => (
            <Select {...aria} value={pillarId} onChange={(e) => setPillarId(e.target.value)}>
              {props.pillars.map((p, i) => (
                <option key={p.id} value={p.id}>
                  {i + 1}. {p.title}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <Field id="map-note" label={t("frameworks.map.note")} hint={t("frameworks.map.noteHint")} errors={fieldErrors(error, "note", t)}>
        {(aria) => <Textarea {...aria} value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} className="min-h-16" />}
      </Field>
      <ErrorText error={error} fields={["targetId", "note"]} />
      {sent ? <Alert tone="success">{t("frameworks.map.sent")}</Alert> : null}
      <Button type="submit" disabled={busy || !record}>
        {t("frameworks.map.submit")}
      </Button>
    </form>
  );
}

export function DecideMapping(props: { mappingId: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const decide = useMutation(trpc.frameworks.decideMapping.mutationOptions());
  const { error, busy, run } = useAction();
  const go = (accept: boolean) => run(() => decide.mutateAsync({ mappingId: props.mappingId, accept }));
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button size="sm" disabled={busy} onClick={() => void go(true)}>
        {t("frameworks.moderate.accept")}
      </Button>
      <Button size="sm" variant="secondary" disabled={busy} onClick={() => void go(false)}>
        {t("frameworks.moderate.decline")}
      </Button>
      <ErrorText error={error} />
    </div>
  );
}

export function CommentForm(props: { pillarId: string; pillarTitle: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const comment = useMutation(trpc.frameworks.comment.mutationOptions());
  const { error, busy, run } = useAction();
  const [body, setBody] = useState("");
  const id = `comment-${props.pillarId}`;
  return (
    <form
      className="space-y-2"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        if (await run(() => comment.mutateAsync({ pillarId: props.pillarId, body }))) setBody("");
      }}
    >
      <Field id={id} label={t("frameworks.consultation.yourComment", { pillar: props.pillarTitle })} errors={fieldErrors(error, "body", t)}>
        {(aria) => <Textarea {...aria} value={body} onChange={(e) => setBody(e.target.value)} maxLength={4000} className="min-h-16" />}
      </Field>
      <ErrorText error={error} fields={["body"]} />
      <Button type="submit" size="sm" disabled={busy}>
        {t("frameworks.consultation.submit")}
      </Button>
    </form>
  );
}

export function HideComment(props: { commentId: string; hidden: boolean }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const hide = useMutation(trpc.frameworks.hideComment.mutationOptions());
  const { error, busy, run } = useAction();
  return (
    <span className="inline-flex items-center gap-2">
      <Button size="sm" variant="ghost" disabled={busy} onClick={() => void run(() => hide.mutateAsync({ commentId: props.commentId, hidden: !props.hidden }))}>
        {props.hidden ? t("frameworks.consultation.show") : t("frameworks.consultation.hide")}
      </Button>
      <ErrorText error={error} />
    </span>
  );
}
