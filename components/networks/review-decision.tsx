"use client";
import { ReviewDecision as Review, type ReviewLabels } from "@/components/common/review-decision";
import { useI18n } from "@/lib/i18n/client";
import { useMutation, useTRPC } from "@/lib/trpc/client";

const labels: ReviewLabels = {
  verify: "networks.admin.verify",
  reject: "networks.admin.reject",
  reason: "networks.admin.reason",
  reasonHint: "networks.admin.reasonHint",
  working: "networks.admin.working",
  confirmReject: "networks.admin.confirmReject",
  done: { VERIFIED: "networks.admin.verified", REJECTED: "networks.admin.rejected" },
};

/**
 * A moderator's decision on a network registration or a claim of a network. A registration's
 * decision can be undone for a few minutes; a claim's makes someone staff, so it asks first.
 */
export function ReviewDecision({ kind, id, subject }: { kind: "registration" | "claim"; id: string; subject: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const reviewNetwork = useMutation(trpc.networks.review.mutationOptions());
  const reviewClaim = useMutation(trpc.networks.reviewClaim.mutationOptions());
  const undoReview = useMutation(trpc.moderation.undoNetworkReview.mutationOptions());
  return (
    <Review
      id={`${kind}-${id}`}
      subject={subject}
      labels={labels}
      decide={(decision, reason) =>
        kind === "registration"
          ? reviewNetwork.mutateAsync({ networkId: id, decision, reason })
          : reviewClaim.mutateAsync({ claimId: id, decision, reason })
      }
      undo={kind === "registration" ? () => undoReview.mutateAsync({ networkId: id }) : undefined}
      confirmVerify={kind === "claim" ? t("moderation.undo.confirmVerify", { subject }) : undefined}
    />
  );
}
