"use client";
import { ReviewDecision, type ReviewLabels } from "@/components/common/review-decision";
import { useMutation, useTRPC } from "@/lib/trpc/client";

const labels: ReviewLabels = {
  verify: "cities.review.verify",
  reject: "cities.review.reject",
  reason: "cities.review.reason",
  reasonHint: "cities.review.reasonHint",
  working: "cities.review.working",
  confirmReject: "cities.review.confirmReject",
  done: { VERIFIED: "cities.review.done", REJECTED: "cities.review.done" },
};

/** A decision on a city officer claim, by a moderator or an owner of a network the city belongs to. */
export function ReviewClaim({ cityId, userId, claimant }: { cityId: string; userId: string; claimant: string }) {
  const trpc = useTRPC();
  const review = useMutation(trpc.cities.reviewClaim.mutationOptions());
  return (
    <ReviewDecision
      id={`${cityId}-${userId}`}
      subject={claimant}
      labels={labels}
      decide={(decision, reason) => review.mutateAsync({ cityId, userId, decision, reason })}
    />
  );
}
