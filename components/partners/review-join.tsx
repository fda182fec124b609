"use client";
import { ReviewDecision, type ReviewLabels } from "@/components/common/review-decision";
import { useMutation, useTRPC } from "@/lib/trpc/client";

const labels: ReviewLabels = {
  verify: "partners.review.approve",
  reject: "partners.review.reject",
  reason: "partners.review.reason",
  working: "partners.review.working",
  confirmReject: "partners.review.confirmReject",
};

/** A decision on a request to join a partner organisation, by a moderator or one of its members. */
export function ReviewJoin({ partnerId, userId, applicant }: { partnerId: string; userId: string; applicant: string }) {
  const trpc = useTRPC();
  const review = useMutation(trpc.partners.reviewJoin.mutationOptions());
  return (
    <ReviewDecision
      id={`join-${partnerId}-${userId}`}
      subject={applicant}
      labels={labels}
      decide={(decision, reason) => review.mutateAsync({ partnerId, userId, decision, reason })}
    />
  );
}
