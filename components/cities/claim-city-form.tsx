"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useMutation, useTRPC, type ClientError } from "@/lib/trpc/client";

export function ClaimCityForm({ cityId }: { cityId: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<ClientError | null>(null);
  const claim = useMutation(trpc.cities.claim.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    try {
      await claim.mutateAsync({ cityId, title: String(form.get("title") ?? ""), message: String(form.get("message") ?? "") });
    } catch (e) {
      setError(readClientError(e));
      return;
    }
    router.refresh();
  }

  const fieldErrors = (name: string) => error?.fieldErrors[name]?.map((key) => t(key));
  if (claim.isSuccess) return <Alert tone="success">{t("cities.claim.sent")}</Alert>;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <p className="text-sm text-slate-700">{t("cities.claim.intro")}</p>
      {error ? <Alert tone="error">{t(error.message)}</Alert> : null}
      <Field id="claim-title" label={t("cities.claim.jobTitle")} hint={t("cities.claim.jobTitleHint")} errors={fieldErrors("title")}>
        {(aria) => <Input {...aria} name="title" autoComplete="organization-title" required maxLength={120} />}
      </Field>
      <Field id="claim-message" label={t("cities.claim.message")} hint={t("cities.claim.messageHint")} errors={fieldErrors("message")}>
        {(aria) => <Textarea {...aria} name="message" required maxLength={2000} />}
      </Field>
      <Button type="submit" disabled={claim.isPending}>
        {claim.isPending ? t("cities.claim.submitting") : t("cities.claim.submit")}
      </Button>
    </form>
  );
}
