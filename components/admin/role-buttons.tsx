"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useMutation, useTRPC } from "@/lib/trpc/client";

type Role = "ADMIN" | "MODERATOR";

/** Grant or revoke each platform role for one person; `locked` roles cannot be revoked here. */
export function RoleButtons({ userId, name, roles, locked }: { userId: string; name: string; roles: Role[]; locked: Role[] }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const grant = useMutation(trpc.admin.people.grantRole.mutationOptions());
  const revoke = useMutation(trpc.admin.people.revokeRole.mutationOptions());
  const pending = grant.isPending || revoke.isPending;

  async function change(role: Role, holds: boolean) {
    setError(null);
    try {
      if (holds) await revoke.mutateAsync({ userId, role });
      else await grant.mutateAsync({ userId, role });
    } catch (e) {
      setError(readClientError(e).message);
      return;
    }
    router.refresh();
  }

  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-2">
        {(["MODERATOR", "ADMIN"] as const).map((role) => {
          const holds = roles.includes(role);
          if (holds && locked.includes(role)) {
            return (
              <span key={role} className="text-xs text-slate-600">
                {t("admin.people.ownAdmin")}
              </span>
            );
          }
          const label = t(holds ? "admin.people.revoke" : "admin.people.grant", { role: t(`admin.people.role.${role}`) });
          return (
            <Button
              key={role}
              size="sm"
              variant={holds ? "secondary" : "primary"}
              disabled={pending}
              onClick={() => void change(role, holds)}
              aria-label={`${label}: ${name}`}
            >
              {pending ? t("admin.people.working") : label}
            </Button>
          );
        })}
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {t(error)}
        </p>
      ) : null}
    </div>
  );
}
