"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useTRPC, type ClientError } from "@/lib/trpc/client";

export function ReviewJoin({ partnerId, userId, applicant }: { partnerId: string; userId: string; applicant: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const [rejecting, setRejecting] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const review = useMutation(trpc.partners.reviewJoin.mutationOptions());

  async function decide(decision: "VERIFIED" | "REJECTED", reason?: string) {
    setError(null);
    try {
      await review.mutateAsync({ partnerId, userId, decision, reason });
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

  return (
    <div className="space-y-2">
      {error && !error.fieldErrors.reason ? <Alert tone="error">{t(error.message)}</Alert> : null}
      {rejecting ? (
        <form onSubmit={onReject} className="space-y-2" noValidate>
          <Field id={`join-reason-${userId}`} label={t("partners.review.reason")} errors={error?.fieldErrors.reason?.map((k) => t(k))}>
            {(aria) => <Textarea {...aria} name="reason" required maxLength={1000} className="min-h-16" />}
          </Field>
          <div className="flex gap-2">
            <Button type="submit" variant="danger" size="sm" disabled={review.isPending}>
              {review.isPending ? t("partners.review.working") : t("partners.review.confirmReject")}
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setRejecting(false)}>
              {t("common.cancel")}
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex gap-2">
          <Button size="sm" onClick={() => void decide("VERIFIED")} disabled={review.isPending} aria-label={`${t("partners.review.approve")}: ${applicant}`}>
            {review.isPending ? t("partners.review.working") : t("partners.review.approve")}
          </Button>
          <Button size="sm" variant="secondary" onClick={() => setRejecting(true)} aria-label={`${t("partners.review.reject")}: ${applicant}`}>
            {t("partners.review.reject")}
          </Button>
        </div>
      )}
    </div>
  );
}
