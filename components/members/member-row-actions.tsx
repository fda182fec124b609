"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useMutation, useTRPC } from "@/lib/trpc/client";

type MemberType = "MEMBER" | "OBSERVER" | "PARTNER";
const memberTypes: MemberType[] = ["MEMBER", "OBSERVER", "PARTNER"];

/** Edit (type and year, inline) and remove buttons for one membership row. */
export function MemberRowActions(props: { membershipId: string; name: string; memberType: MemberType; yearJoined: number | null }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const update = useMutation(trpc.members.update.mutationOptions());
  const remove = useMutation(trpc.members.remove.mutationOptions());
  const base = `member-${props.membershipId}`;

  async function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const year = String(data.get("yearJoined") ?? "").trim();
    setErrors([]);
    try {
      await update.mutateAsync({
        membershipId: props.membershipId,
        memberType: data.get("memberType") as MemberType,
        yearJoined: year ? Number(year) : null,
      });
    } catch (e) {
      const err = readClientError(e);
      const fields = Object.values(err.fieldErrors).flat();
      setErrors((fields.length ? fields : [err.message]).map((key) => t(key)));
      return;
    }
    setEditing(false);
    router.refresh();
  }

  async function onRemove() {
    if (!window.confirm(t("members.list.confirmRemove", { name: props.name }))) return;
    setErrors([]);
    try {
      await remove.mutateAsync({ membershipId: props.membershipId });
    } catch (e) {
      setErrors([t(readClientError(e).message)]);
      return;
    }
    router.refresh();
  }

  const errorText = errors.length ? (
    <p role="alert" className="text-sm text-red-700">
      {errors.join(" ")}
    </p>
  ) : null;

  if (editing) {
    return (
      <form onSubmit={onSave} className="space-y-1" noValidate>
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor={`${base}-type`} className="sr-only">
            {t("members.list.typeFor", { name: props.name })}
          </label>
          <Select id={`${base}-type`} name="memberType" defaultValue={props.memberType} className="w-auto">
            {memberTypes.map((type) => (
              <option key={type} value={type}>
                {t(`members.types.${type}`)}
              </option>
            ))}
          </Select>
          <label htmlFor={`${base}-year`} className="sr-only">
            {t("members.list.yearFor", { name: props.name })}
          </label>
          <Input
            id={`${base}-year`}
            name="yearJoined"
            inputMode="numeric"
            defaultValue={props.yearJoined ?? ""}
            className="w-24"
            aria-invalid={errors.length > 0}
          />
          <Button size="sm" type="submit" disabled={update.isPending}>
            {update.isPending ? t("members.list.saving") : t("members.list.save")}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
            {t("members.list.cancel")}
          </Button>
        </div>
        {errorText}
      </form>
    );
  }
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-2">
        <Button size="sm" variant="secondary" onClick={() => setEditing(true)} aria-label={`${t("members.list.edit")}: ${props.name}`}>
          {t("members.list.edit")}
        </Button>
        <Button
          size="sm"
          variant="ghost"
          className="text-red-700"
          disabled={remove.isPending}
          onClick={() => void onRemove()}
          aria-label={`${t("members.list.remove")}: ${props.name}`}
        >
          {remove.isPending ? t("members.list.removing") : t("members.list.remove")}
        </Button>
      </div>
      {errorText}
    </div>
  );
}
