"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useMutation, useTRPC, type ClientError } from "@/lib/trpc/client";

const MAX_BYTES = 1_000_000;

/** Upload or paste a CSV; a refused import lists every row's problem and nothing is saved. */
export function CsvImport(props: { networkId: string; templateHref: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<ClientError | null>(null);
  const [result, setResult] = useState<{ added: number; skipped: number } | null>(null);
  const importCsv = useMutation(trpc.members.importCsv.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = data.get("file");
    setError(null);
    setResult(null);
    // Checked here too so a huge file is refused before it is uploaded.
    if (file instanceof File && file.size > MAX_BYTES) {
      setError({ message: "members.csv.errors.tooLarge", fieldErrors: {}, rowErrors: [] });
      return;
    }
    const csv = file instanceof File && file.size > 0 ? await file.text() : String(data.get("pasted") ?? "");
    if (!csv.trim()) {
      setError({ message: "members.csv.noInput", fieldErrors: {}, rowErrors: [] });
      return;
    }
    try {
      setResult(await importCsv.mutateAsync({ networkId: props.networkId, csv }));
      form.reset();
    } catch (e) {
      setError(readClientError(e));
      return;
    }
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <p className="text-sm text-slate-700">{t("members.csv.intro")}</p>
      <p>
        <a href={props.templateHref} download="members-template.csv" className="text-sm font-medium text-teal-800 underline">
          {t("members.csv.template")}
        </a>
      </p>
      <Field id="csv-file" label={t("members.csv.file")} hint={t("members.csv.fileHint")}>
        {(aria) => <Input {...aria} name="file" type="file" accept=".csv,text/csv" className="h-auto py-1.5" />}
      </Field>
      <Field id="csv-pasted" label={t("members.csv.paste")}>
        {(aria) => <Textarea {...aria} name="pasted" rows={6} className="font-mono text-xs" placeholder="kind,slug_or_name,member_type,year_joined" />}
      </Field>
      <Button type="submit" disabled={importCsv.isPending}>
        {importCsv.isPending ? t("members.csv.submitting") : t("members.csv.submit")}
      </Button>
      {result ? <Alert tone="success">{t("members.csv.done", { added: result.added, skipped: result.skipped })}</Alert> : null}
      {error && error.rowErrors.length === 0 ? (
        <Alert tone="error">{[error.message, ...Object.values(error.fieldErrors).flat()].filter((k, i, all) => all.indexOf(k) === i).map((k) => t(k)).join(" ")}</Alert>
      ) : null}
      {error && error.rowErrors.length > 0 ? (
        <div role="alert" className="space-y-2 rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-900">
          <p className="font-medium">{t("members.csv.rowErrorsTitle")}</p>
          <table className="w-full text-left" data-testid="csv-row-errors">
            <thead>
              <tr>
                <th scope="col" className="py-1 pr-4 font-medium">{t("members.csv.row")}</th>
                <th scope="col" className="py-1 pr-4 font-medium">{t("members.csv.field")}</th>
                <th scope="col" className="py-1 font-medium">{t("members.csv.message")}</th>
              </tr>
            </thead>
            <tbody>
              {error.rowErrors.map((row, i) => (
                <tr key={`${row.row}-${row.field ?? ""}-${i}`} className="border-t border-red-200">
                  <td className="py-1 pr-4 tabular-nums">{row.row}</td>
                  <td className="py-1 pr-4 font-mono text-xs">{row.field ?? "—"}</td>
                  <td className="py-1">{t(row.message)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </form>
  );
}
