"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useMutation, useTRPC } from "@/lib/trpc/client";

export function RevokeInvitation({ invitationId, email }: { invitationId: string; email: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const revoke = useMutation(trpc.members.invitations.revoke.mutationOptions());

  async function onClick() {
    if (!window.confirm(t("members.invite.confirmRevoke", { email }))) return;
    setError(null);
    try {
      await revoke.mutateAsync({ invitationId });
    } catch (e) {
      setError(t(readClientError(e).message));
      return;
    }
    router.refresh();
  }

  return (
    <div className="space-y-1">
      <Button size="sm" variant="ghost" className="text-red-700" disabled={revoke.isPending} onClick={() => void onClick()}>
        {revoke.isPending ? t("members.invite.revoking") : t("members.invite.revoke")}
      </Button>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
