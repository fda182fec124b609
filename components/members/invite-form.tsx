"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useMutation, useTRPC, type ClientError } from "@/lib/trpc/client";

/** Invites by email; afterwards shows the link once, for sharing by hand when mail is not configured. */
export function InviteForm({ networkId }: { networkId: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<ClientError | null>(null);
  const [sent, setSent] = useState<{ email: string; link: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const invite = useMutation(trpc.members.invitations.create.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setError(null);
    setSent(null);
    setCopied(false);
    try {
      const result = await invite.mutateAsync({
        networkId,
        email: String(data.get("email") ?? ""),
        role: data.get("role") === "OWNER" ? "OWNER" : "EDITOR",
      });
      setSent({ email: result.email, link: result.link });
      form.reset();
    } catch (e) {
      setError(readClientError(e));
      return;
    }
    router.refresh();
  }

  async function copy(link: string) {
    await navigator.clipboard.writeText(link);
    setCopied(true);
  }

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <p className="text-sm text-slate-700">{t("members.invite.intro")}</p>
        {error && !error.fieldErrors.email && !error.fieldErrors.role ? <Alert tone="error">{t(error.message)}</Alert> : null}
        <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
          <Field id="invite-email" label={t("members.invite.email")} errors={error?.fieldErrors.email?.map((key) => t(key))}>
            {(aria) => <Input {...aria} name="email" type="email" autoComplete="off" required maxLength={254} />}
          </Field>
          <Field id="invite-role" label={t("members.invite.role")} errors={error?.fieldErrors.role?.map((key) => t(key))}>
            {(aria) => (
              <Select {...aria} name="role" defaultValue="EDITOR">
                <option value="EDITOR">{t("members.roles.EDITOR")}</option>
                <option value="OWNER">{t("members.roles.OWNER")}</option>
              </Select>
            )}
          </Field>
        </div>
        <Button type="submit" disabled={invite.isPending}>
          {invite.isPending ? t("members.invite.submitting") : t("members.invite.submit")}
        </Button>
      </form>
      {sent ? (
        <Alert tone="success" title={t("members.invite.sent", { email: sent.email })}>
          <div className="mt-2 space-y-2">
            <label htmlFor="invite-link" className="block text-sm font-medium">
              {t("members.invite.linkLabel")}
            </label>
            <div className="flex flex-wrap gap-2">
              <Input id="invite-link" readOnly value={sent.link} className="min-w-0 flex-1 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
              <Button variant="secondary" onClick={() => void copy(sent.link)}>
                {copied ? t("members.invite.copied") : t("members.invite.copy")}
              </Button>
            </div>
            <p className="text-xs">{t("members.invite.linkHint")}</p>
          </div>
        </Alert>
      ) : null}
    </div>
  );
}
