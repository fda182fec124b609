"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useMutation, useTRPC } from "@/lib/trpc/client";

/** Shown to the person who recorded an adoption and to moderators. */
export function RemoveAdoptionButton({ adoptionId, adopter }: { adoptionId: string; adopter: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const remove = useMutation(trpc.practices.removeAdoption.mutationOptions());

  async function onClick() {
    if (!window.confirm(t("practices.adoption.removeConfirm", { adopter }))) return;
    setError(null);
    try {
      await remove.mutateAsync({ adoptionId });
    } catch (e) {
      setError(t(readClientError(e).message));
      return;
    }
    router.refresh();
  }

  return (
    <span className="inline-flex flex-col items-end gap-1">
      <Button variant="ghost" size="sm" onClick={onClick} disabled={remove.isPending} aria-label={t("practices.adoption.removeLabel", { adopter })}>
        {t("practices.adoption.remove")}
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
