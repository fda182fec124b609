"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useTRPC } from "@/lib/trpc/client";

type Role = "ADMIN" | "MODERATOR";

/** Grants or revokes one platform role; the server decides whether the caller may. */
export function RoleToggle(props: { userId: string; personName: string; role: Role; holds: boolean; canRevoke: boolean }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const grant = useMutation(trpc.admin.people.grantRole.mutationOptions());
  const revoke = useMutation(trpc.admin.people.revokeRole.mutationOptions());
  const pending = grant.isPending || revoke.isPending;
  const roleName = t(`admin.people.role.${props.role}`);

  async function toggle() {
    setMessage(null);
    try {
      if (props.holds) await revoke.mutateAsync({ userId: props.userId, role: props.role });
      else await grant.mutateAsync({ userId: props.userId, role: props.role });
    } catch (error) {
      setMessage({ tone: "error", text: t(readClientError(error).message) });
      return;
    }
    setMessage({ tone: "ok", text: t(props.holds ? "admin.people.revoked" : "admin.people.granted", { role: roleName }) });
    router.refresh();
  }

  if (props.holds && !props.canRevoke) {
    return <p className="text-xs text-slate-600">{t("admin.people.cannotRevokeSelf")}</p>;
  }
  return (
    <div className="flex flex-col items-start gap-1">
      <Button
        size="sm"
        variant={props.holds ? "secondary" : "primary"}
        onClick={() => void toggle()}
        disabled={pending}
        aria-label={`${t(props.holds ? "admin.people.revoke" : "admin.people.grant", { role: roleName })}: ${props.personName}`}
      >
        {pending ? t("admin.people.working") : t(props.holds ? "admin.people.revoke" : "admin.people.grant", { role: roleName })}
      </Button>
      {message ? (
        <p role={message.tone === "error" ? "alert" : "status"} className={message.tone === "error" ? "text-xs text-red-700" : "text-xs text-green-800"}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
