"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useMutation, useTRPC } from "@/lib/trpc/client";

type Role = "OWNER" | "EDITOR";

/** Role select and remove button for one staff member; errors (e.g. last owner) appear beside the row. */
export function StaffRowActions(props: { networkId: string; userId: string; name: string; role: Role }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const [role, setRole] = useState<Role>(props.role);
  const [error, setError] = useState<string | null>(null);
  const changeRole = useMutation(trpc.members.staff.changeRole.mutationOptions());
  const remove = useMutation(trpc.members.staff.remove.mutationOptions());
  const selectId = `role-${props.userId}`;

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(t(readClientError(e).message));
      setRole(props.role);
      return;
    }
    router.refresh();
  }

  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={selectId} className="sr-only">
          {t("members.staff.roleFor", { name: props.name })}
        </label>
        <Select id={selectId} className="w-auto" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          <option value="OWNER">{t("members.roles.OWNER")}</option>
          <option value="EDITOR">{t("members.roles.EDITOR")}</option>
        </Select>
        <Button
          size="sm"
          variant="secondary"
          disabled={role === props.role || changeRole.isPending}
          onClick={() => run(() => changeRole.mutateAsync({ networkId: props.networkId, userId: props.userId, role }))}
        >
          {changeRole.isPending ? t("members.staff.saving") : t("members.staff.save")}
        </Button>
        <Button
          size="sm"
          variant="ghost"
          className="text-red-700"
          disabled={remove.isPending}
          onClick={() => {
            if (window.confirm(t("members.staff.confirmRemove", { name: props.name }))) {
              void run(() => remove.mutateAsync({ networkId: props.networkId, userId: props.userId }));
            }
          }}
        >
          {remove.isPending ? t("members.staff.removing") : t("members.staff.remove")}
        </Button>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
