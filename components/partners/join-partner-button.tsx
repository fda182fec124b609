"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useMutation, useTRPC } from "@/lib/trpc/client";

export function JoinPartnerButton({ partnerId }: { partnerId: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const join = useMutation(trpc.partners.requestJoin.mutationOptions());

  async function onClick() {
    setError(null);
    try {
      await join.mutateAsync({ partnerId });
    } catch (e) {
      setError(readClientError(e).message);
      return;
    }
    router.refresh();
  }

  if (join.isSuccess) return <Alert tone="success">{t("partners.join.sent")}</Alert>;
  return (
    <div className="space-y-2">
      {error ? <Alert tone="error">{t(error)}</Alert> : null}
      <Button variant="secondary" onClick={() => void onClick()} disabled={join.isPending}>
        {join.isPending ? t("partners.join.working") : t("partners.join.cta")}
      </Button>
    </div>
  );
}
