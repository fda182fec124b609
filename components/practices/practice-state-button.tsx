"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useMutation, useTRPC } from "@/lib/trpc/client";

/** Archiving takes a practice out of lists and search without deleting its history; it can come back. */
export function PracticeStateButton({ practiceId, version, state }: { practiceId: string; version: number; state: "PUBLISHED" | "ARCHIVED" | "DRAFT" }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const setState = useMutation(trpc.practices.setState.mutationOptions());
  const next = state === "PUBLISHED" ? "ARCHIVED" : "PUBLISHED";

  async function onClick() {
    if (next === "ARCHIVED" && !window.confirm(t("practices.state.archiveConfirm"))) return;
    setError(null);
    try {
      await setState.mutateAsync({ practiceId, version, state: next });
    } catch (e) {
      setError(t(readClientError(e).message));
      return;
    }
    router.refresh();
  }

  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-700">{state === "PUBLISHED" ? t("practices.state.publishedBody") : t("practices.state.archivedBody")}</p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button variant={next === "ARCHIVED" ? "danger" : "primary"} size="sm" onClick={onClick} disabled={setState.isPending}>
        {next === "ARCHIVED" ? t("practices.state.archive") : t("practices.state.republish")}
      </Button>
    </div>
  );
}
