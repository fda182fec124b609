"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useMutation, useTRPC, type ClientError } from "@/lib/trpc/client";

export function ClaimNetworkForm({ networkId }: { networkId: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<ClientError | null>(null);
  const claim = useMutation(trpc.networks.claim.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      await claim.mutateAsync({ networkId, message: String(new FormData(event.currentTarget).get("message") ?? "") });
    } catch (e) {
      setError(readClientError(e));
      return;
    }
    router.refresh();
  }

  if (claim.isSuccess) return <Alert tone="success">{t("networks.claim.sent")}</Alert>;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <p className="text-sm text-slate-700">{t("networks.claim.intro")}</p>
      {error && !error.fieldErrors.message ? <Alert tone="error">{t(error.message)}</Alert> : null}
      <Field
        id="claim-message"
        label={t("networks.claim.message")}
        hint={t("networks.claim.messageHint")}
        errors={error?.fieldErrors.message?.map((key) => t(key))}
      >
        {(aria) => <Textarea {...aria} name="message" required minLength={10} maxLength={2000} rows={5} />}
      </Field>
      <Button type="submit" disabled={claim.isPending}>
        {claim.isPending ? t("networks.claim.submitting") : t("networks.claim.submit")}
      </Button>
    </form>
  );
}
