"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useMutation, useTRPC } from "@/lib/trpc/client";

export function MarkAllRead() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const mark = useMutation(trpc.notifications.markAllRead.mutationOptions());

  async function onClick() {
    setError(null);
    try {
      await mark.mutateAsync();
    } catch (e) {
      setError(t(readClientError(e).message));
      return;
    }
    router.refresh();
  }

  return (
    <div className="flex items-center gap-2">
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <Button size="sm" variant="secondary" onClick={() => void onClick()} disabled={mark.isPending}>
        {mark.isPending ? t("notifications.marking") : t("notifications.markAllRead")}
      </Button>
    </div>
  );
}
