"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useTRPC, type ClientError } from "@/lib/trpc/client";

type Decision = "VERIFIED" | "REJECTED";

/** Verify at once, or open a reason field to reject (the applicant reads the reason). */
export function ReviewDecision({ kind, id, subject }: { kind: "registration" | "claim"; id: string; subject: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const [rejecting, setRejecting] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const [done, setDone] = useState<Decision | null>(null);
  const reviewNetwork = useMutation(trpc.networks.review.mutationOptions());
  const reviewClaim = useMutation(trpc.networks.reviewClaim.mutationOptions());
  const pending = reviewNetwork.isPending || reviewClaim.isPending;
  const reasonId = `reason-${kind}-${id}`;

  async function decide(decision: Decision, reason?: string) {
    setError(null);
    try {
      if (kind === "registration") await reviewNetwork.mutateAsync({ networkId: id, decision, reason });
      else await reviewClaim.mutateAsync({ claimId: id, decision, reason });
    } catch (e) {
      setError(readClientError(e));
      return;
    }
    setDone(decision);
    router.refresh();
  }

  function onReject(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void decide("REJECTED", String(new FormData(event.currentTarget).get("reason") ?? ""));
  }

  if (done) return <Alert tone="success">{t(done === "VERIFIED" ? "networks.admin.verified" : "networks.admin.rejected")}</Alert>;
  return (
    <div className="space-y-2">
      {error && !error.fieldErrors.reason ? <Alert tone="error">{t(error.message)}</Alert> : null}
      {rejecting ? (
        <form onSubmit={onReject} className="space-y-2" noValidate>
          <Field id={reasonId} label={t("networks.admin.reason")} hint={t("networks.admin.reasonHint")} errors={error?.fieldErrors.reason?.map((k) => t(k))}>
            {(aria) => <Textarea {...aria} name="reason" required maxLength={1000} className="min-h-16" autoFocus />}
          </Field>
          <div className="flex gap-2">
            <Button type="submit" variant="danger" size="sm" disabled={pending}>
              {pending ? t("networks.admin.working") : t("networks.admin.confirmReject")}
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setRejecting(false)}>
              {t("common.cancel")}
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex gap-2">
          <Button size="sm" onClick={() => void decide("VERIFIED")} disabled={pending} aria-label={`${t("networks.admin.verify")}: ${subject}`}>
            {pending ? t("networks.admin.working") : t("networks.admin.verify")}
          </Button>
          <Button size="sm" variant="secondary" onClick={() => setRejecting(true)} aria-label={`${t("networks.admin.reject")}: ${subject}`}>
            {t("networks.admin.reject")}
          </Button>
        </div>
      )}
    </div>
  );
}
