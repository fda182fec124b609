"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, type ClientError } from "@/lib/trpc/client";
import { useUndoOffer } from "@/components/moderation/undo-toast";

export type Decision = "VERIFIED" | "REJECTED";

/** Catalog keys for one kind of review; `done` is shown after a decision (omit to just refresh). */
export type ReviewLabels = {
  verify: string;
  reject: string;
  reason: string;
  reasonHint?: string;
  working: string;
  confirmReject: string;
  done?: Record<Decision, string>;
};

/**
 * Verify at once, or open a reason field to reject (the applicant reads the reason). Shared by
 * every moderation queue: network registrations and claims, city officer claims, partner joins.
 * With `undo` inside an UndoProvider, the decision is confirmed in the provider's banner with an
 * Undo button. With `confirmVerify`, verifying asks first: for decisions that cannot be undone.
 */
export function ReviewDecision(props: {
  id: string;
  subject: string;
  labels: ReviewLabels;
  decide: (decision: Decision, reason?: string) => Promise<unknown>;
  undo?: () => Promise<unknown>;
  confirmVerify?: string;
}) {
  const { id, subject, labels } = props;
  const { t } = useI18n();
  const router = useRouter();
  const [rejecting, setRejecting] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const [done, setDone] = useState<Decision | null>(null);
  const [confirming, setConfirming] = useState(false);
  const reasonId = `reason-${id}`;
  const offerUndo = useUndoOffer();
  const undo = props.undo;

  async function decide(decision: Decision, reason?: string) {
    setError(null);
    setPending(true);
    try {
      await props.decide(decision, reason);
    } catch (e) {
      setError(readClientError(e));
      return;
    } finally {
      setPending(false);
    }
    setDone(decision);
    setConfirming(false);
    if (undo && offerUndo && labels.done) offerUndo({ text: `${subject}: ${t(labels.done[decision])}`, subject, undo });
    router.refresh();
  }

  function onReject(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void decide("REJECTED", String(new FormData(event.currentTarget).get("reason") ?? ""));
  }

  if (done && labels.done) return <Alert tone="success">{t(labels.done[done])}</Alert>;
  return (
    <div className="space-y-2">
      {error && !error.fieldErrors.reason ? <Alert tone="error">{t(error.message)}</Alert> : null}
      {rejecting ? (
        <form onSubmit={onReject} className="space-y-2" noValidate>
          <Field
            id={reasonId}
            label={t(labels.reason)}
            hint={labels.reasonHint ? t(labels.reasonHint) : undefined}
            errors={error?.fieldErrors.reason?.map((k) => t(k))}
          >
            {(aria) => <Textarea {...aria} name="reason" required maxLength={1000} className="min-h-16" autoFocus />}
          </Field>
          <div className="flex gap-2">
            <Button type="submit" variant="danger" size="sm" disabled={pending}>
              {pending ? t(labels.working) : t(labels.confirmReject)}
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setRejecting(false)}>
              {t("common.cancel")}
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          {confirming && props.confirmVerify ? (
            <>
              <span className="text-sm text-slate-800">{props.confirmVerify}</span>
              <Button size="sm" onClick={() => void decide("VERIFIED")} disabled={pending}>
                {pending ? t(labels.working) : t("moderation.undo.confirmYes")}
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
                {t("common.cancel")}
              </Button>
            </>
          ) : (
            <Button
              size="sm"
              onClick={() => (props.confirmVerify ? setConfirming(true) : void decide("VERIFIED"))}
              disabled={pending}
              aria-label={`${t(labels.verify)}: ${subject}`}
            >
              {pending ? t(labels.working) : t(labels.verify)}
            </Button>
          )}
          <Button size="sm" variant="secondary" onClick={() => setRejecting(true)} aria-label={`${t(labels.reject)}: ${subject}`}>
            {t(labels.reject)}
          </Button>
        </div>
      )}
    </div>
  );
}
