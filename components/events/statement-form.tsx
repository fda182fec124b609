"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useMutation, useTRPC, type ClientError } from "@/lib/trpc/client";
import { contentLanguages } from "@/server/networks/input";

type Values = { title: string; body: string; language: (typeof contentLanguages)[number] };
type Props =
  | { mode: "create"; eventId: string; eventSlug: string; initial: Values }
  | { mode: "edit"; statementId: string; version: number; eventSlug: string; initial: Values };

/** Hosts draft a joint statement; it stays editable until the first network signs it. */
export function StatementForm(props: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const [values, setValues] = useState(props.initial);
  const [error, setError] = useState<ClientError | null>(null);
  const create = useMutation(trpc.events.createStatement.mutationOptions());
  const update = useMutation(trpc.events.updateStatement.mutationOptions());
  const errors = (field: string) => (error?.fieldErrors[field] ?? []).map((key) => t(key));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      const saved = props.mode === "create" ? await create.mutateAsync({ ...values, eventId: props.eventId }) : await update.mutateAsync({ ...values, statementId: props.statementId, version: props.version });
      router.push(`/events/${props.eventSlug}#statement-${saved.slug}`);
      router.refresh();
    } catch (err) {
      setError(readClientError(err));
    }
  }

  return (
    <form onSubmit={submit} className="max-w-3xl space-y-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm" noValidate>
      {error && !Object.keys(error.fieldErrors).length ? <Alert tone="error">{t(error.message)}</Alert> : null}
      <Field id="statement-title" label={t("events.statement.formTitle")} errors={errors("title")}>
        {(aria) => <Input {...aria} value={values.title} onChange={(e) => setValues({ ...values, title: e.target.value })} maxLength={200} required />}
      </Field>
      <Field id="statement-body" label={t("events.statement.formBody")} hint={t("events.statement.formBodyHint")} errors={errors("body")}>
        {(aria) => <Textarea {...aria} rows={14} value={values.body} onChange={(e) => setValues({ ...values, body: e.target.value })} required />}
      </Field>
      <Field id="statement-language" label={t("events.form.language")} errors={errors("language")}>
        {(aria) => (
          <Select {...aria} value={values.language} onChange={(e) => setValues({ ...values, language: e.target.value as Values["language"] })}>
            {contentLanguages.map((l) => (
              <option key={l} value={l}>
                {t(`knowledge.language.${l}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Button type="submit" disabled={create.isPending || update.isPending}>
        {props.mode === "create" ? t("events.statement.saveDraft") : t("events.statement.saveChanges")}
      </Button>
    </form>
  );
}
