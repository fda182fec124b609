"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/form";
import { contentLocales, type ContentLocale } from "@/lib/i18n/config";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useMutation, useTRPC, type ClientError } from "@/lib/trpc/client";

export function PreferencesForm({ locale }: { locale: ContentLocale }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<ClientError | null>(null);
  const [saved, setSaved] = useState(false);
  const update = useMutation(trpc.accounts.updatePreferences.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setSaved(false);
    const chosen = String(new FormData(event.currentTarget).get("locale") ?? "") as ContentLocale;
    try {
      await update.mutateAsync({ locale: chosen });
    } catch (e) {
      setError(readClientError(e));
      return;
    }
    setSaved(true);
    router.refresh();
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="max-w-md space-y-3" noValidate>
      {error && !error.fieldErrors.locale ? <Alert tone="error">{t(error.message)}</Alert> : null}
      <Field id="preferred-locale" label={t("account.preferences.locale")} hint={t("account.preferences.localeHint")} errors={error?.fieldErrors.locale?.map((k) => t(k))}>
        {(aria) => (
          <Select {...aria} name="locale" defaultValue={locale} onChange={() => setSaved(false)}>
            {contentLocales.map((l) => (
              <option key={l} value={l} lang={l === "zh" ? "zh-CN" : l}>
                {t(`common.languages.${l}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={update.isPending}>
          {update.isPending ? t("common.saving") : t("common.save")}
        </Button>
        {saved ? (
          <p role="status" className="text-sm text-green-800">
            {t("account.preferences.saved")}
          </p>
        ) : null}
      </div>
    </form>
  );
}
