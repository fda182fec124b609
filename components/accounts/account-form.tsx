"use client";
import { signOut } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { ErrorText, fieldErrors, useAction } from "@/components/common/action";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { useMutation, useTRPC } from "@/lib/trpc/client";

export type AccountFormField = { name: string; label: string; type?: "text" | "email" | "password"; autoComplete?: string; hint?: string; defaultValue?: string };
type Kind = "requestReset" | "reset" | "name" | "email" | "password" | "delete" | "confirmEmail";

/**
 * The small account forms (reset, name, email, password, deletion): one field list, one mutation.
 * After a password change or deletion the session is over, so it signs out.
 */
export function AccountForm(props: { kind: Kind; fields: AccountFormField[]; submit: string; done: string; hidden?: Record<string, string>; danger?: boolean }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const { error, busy, run } = useAction();
  const [done, setDone] = useState<string | null>(null);
  const procedures = {
    requestReset: trpc.accounts.requestPasswordReset,
    reset: trpc.accounts.resetPassword,
    name: trpc.accounts.updateName,
    email: trpc.accounts.requestEmailChange,
    password: trpc.accounts.changePassword,
    delete: trpc.accounts.deleteAccount,
    confirmEmail: trpc.accounts.confirmEmailChange,
  };
  // The form sends the values its fields name; the procedure's zod input checks them at the server.
  const mutation = useMutation(procedures[props.kind].mutationOptions() as unknown as { mutationFn: (input: Record<string, string>) => Promise<unknown> });


  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const values = { ...props.hidden, ...Object.fromEntries([...new FormData(event.currentTarget)].map(([k, v]) => [k, String(v)])) };
    const ok = await run(() => mutation.mutateAsync(values));
    if (!ok) return;
    setDone(t(props.done, { email: values.email ?? "" }));
    if (props.kind === "password" || props.kind === "delete") await signOut({ callbackUrl: props.kind === "delete" ? "/" : "/signin" });
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="max-w-md space-y-3" noValidate data-testid={`account-form-${props.kind}`}>
      <ErrorText error={error} fields={props.fields.map((f) => f.name)} />
      {props.fields.map((f) => (
        <Field key={f.name} id={`${props.kind}-${f.name}`} label={f.label} hint={f.hint} errors={fieldErrors(error, f.name, t)}>
          {(aria) => <Input {...aria} name={f.name} type={f.type ?? "text"} autoComplete={f.autoComplete} defaultValue={f.defaultValue} required />}
        </Field>
      ))}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant={props.danger ? "danger" : undefined} disabled={busy}>
          {busy ? t("common.saving") : props.submit}
        </Button>
        {done ? (
          <p role="status" className="text-sm text-green-800">
            {done}
          </p>
        ) : null}
      </div>
    </form>
  );
}
