"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useTRPC, type ClientError } from "@/lib/trpc/client";

/** Verify at once, or open a reason field to reject (the claimant reads the reason). */
export function ReviewClaim({ cityId, userId, claimant }: { cityId: string; userId: string; claimant: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const [rejecting, setRejecting] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const review = useMutation(trpc.cities.reviewClaim.mutationOptions());
  const idBase = `reason-${cityId}-${userId}`;

  async function decide(decision: "VERIFIED" | "REJECTED", reason?: string) {
    setError(null);
    try {
      await review.mutateAsync({ cityId, userId, decision, reason });
    } catch (e) {
      setError(readClientError(e));
      return;
    }
    router.refresh();
  }

  function onReject(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void decide("REJECTED", String(new FormData(event.currentTarget).get("reason") ?? ""));
  }

  if (review.isSuccess) return <Alert tone="success">{t("cities.review.done")}</Alert>;
  return (
    <div className="space-y-2">
      {error && !error.fieldErrors.reason ? <Alert tone="error">{t(error.message)}</Alert> : null}
      {rejecting ? (
        <form onSubmit={onReject} className="space-y-2" noValidate>
          <Field id={idBase} label={t("cities.review.reason")} hint={t("cities.review.reasonHint")} errors={error?.fieldErrors.reason?.map((k) => t(k))}>
            {(aria) => <Textarea {...aria} name="reason" required maxLength={1000} className="min-h-16" />}
          </Field>
          <div className="flex gap-2">
            <Button type="submit" variant="danger" size="sm" disabled={review.isPending}>
              {review.isPending ? t("cities.review.working") : t("cities.review.confirmReject")}
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setRejecting(false)}>
              {t("common.cancel")}
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex gap-2">
          <Button size="sm" onClick={() => void decide("VERIFIED")} disabled={review.isPending} aria-label={`${t("cities.review.verify")}: ${claimant}`}>
            {review.isPending ? t("cities.review.working") : t("cities.review.verify")}
          </Button>
          <Button size="sm" variant="secondary" onClick={() => setRejecting(true)} aria-label={`${t("cities.review.reject")}: ${claimant}`}>
            {t("cities.review.reject")}
          </Button>
        </div>
      )}
    </div>
  );
}
