"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useMutation, useTRPC, type ClientError } from "@/lib/trpc/client";

type Option = { slug: string; name: string; detail?: string };
type Kind = "city" | "partner";
type MemberType = "MEMBER" | "OBSERVER" | "PARTNER";

/** Adds one city or partner; the text input searches existing records through a datalist. */
export function AddMemberForm(props: { networkId: string; cities: Option[]; partners: Option[] }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const [kind, setKind] = useState<Kind>("city");
  const [error, setError] = useState<ClientError | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const add = useMutation(trpc.members.add.mutationOptions());
  const options = kind === "city" ? props.cities : props.partners;
  const fieldError = (name: string) => error?.fieldErrors[name]?.map((key) => t(key));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const year = String(data.get("yearJoined") ?? "").trim();
    setError(null);
    setAdded(null);
    try {
      const result = await add.mutateAsync({
        networkId: props.networkId,
        kind,
        ref: String(data.get("ref") ?? ""),
        memberType: data.get("memberType") as MemberType,
        yearJoined: year ? Number(year) : null,
      });
      setAdded(result.name);
      form.reset();
    } catch (e) {
      setError(readClientError(e));
      return;
    }
    router.refresh();
  }

  const known = ["ref", "memberType", "yearJoined", "kind"];
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && !known.some((f) => error.fieldErrors[f]) ? <Alert tone="error">{t(error.message)}</Alert> : null}
      {added ? <Alert tone="success">{t("members.add.added", { name: added })}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="add-kind" label={t("members.add.kind")} errors={fieldError("kind")}>
          {(aria) => (
            <Select {...aria} name="kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
              <option value="city">{t("members.kinds.city")}</option>
              <option value="partner">{t("members.kinds.partner")}</option>
            </Select>
          )}
        </Field>
        <Field
          id="add-ref"
          label={kind === "city" ? t("members.add.city") : t("members.add.partner")}
          hint={kind === "city" ? t("members.add.cityHint") : t("members.add.partnerHint")}
          errors={fieldError("ref")}
        >
          {(aria) => <Input {...aria} name="ref" list="add-ref-options" autoComplete="off" required maxLength={200} />}
        </Field>
        <datalist id="add-ref-options">
          {options.map((o) => (
            <option key={o.slug} value={o.slug}>
              {o.detail ? `${o.name} (${o.detail})` : o.name}
            </option>
          ))}
        </datalist>
        <Field id="add-type" label={t("members.add.type")} errors={fieldError("memberType")}>
          {(aria) => (
            <Select {...aria} name="memberType" defaultValue="MEMBER">
              <option value="MEMBER">{t("members.types.MEMBER")}</option>
              <option value="OBSERVER">{t("members.types.OBSERVER")}</option>
              <option value="PARTNER">{t("members.types.PARTNER")}</option>
            </Select>
          )}
        </Field>
        <Field id="add-year" label={t("members.add.year")} hint={t("members.add.yearHint")} errors={fieldError("yearJoined")}>
          {(aria) => <Input {...aria} name="yearJoined" inputMode="numeric" maxLength={4} />}
        </Field>
      </div>
      <Button type="submit" disabled={add.isPending}>
        {add.isPending ? t("members.add.submitting") : t("members.add.submit")}
      </Button>
    </form>
  );
}
