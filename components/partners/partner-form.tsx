"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/form";
import { contentLocale, contentLocales, type ContentLocale } from "@/lib/i18n/config";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useMutation, useTRPC, type ClientError } from "@/lib/trpc/client";
import { partnerTypes } from "@/server/partners/input";

type PartnerType = (typeof partnerTypes)[number];
type Profile = { name: string; type: PartnerType; website: string | null; countryCode: string | null; description: string | null; language: ContentLocale };

/** Creates a profile (no `existing`) or edits one (with its id and version, for optimistic concurrency). */
export function PartnerForm({ existing }: { existing?: { partnerId: string; version: number; profile: Profile } }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<ClientError | null>(null);
  const [saved, setSaved] = useState(false);
  const create = useMutation(trpc.partners.create.mutationOptions());
  const update = useMutation(trpc.partners.update.mutationOptions());
  const pending = create.isPending || update.isPending;
  const initial = existing?.profile;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const type = partnerTypes.find((value) => value === form.get("type"));
    const language = contentLocales.find((value) => value === form.get("language")) ?? contentLocale(locale);
    if (!type) {
      setError({ message: "errors.validation", fieldErrors: { type: ["partners.errors.typeRequired"] }, rowErrors: [] });
      return;
    }
    const profile = {
      name: String(form.get("name") ?? ""),
      type,
      website: String(form.get("website") ?? ""),
      countryCode: String(form.get("countryCode") ?? ""),
      description: String(form.get("description") ?? ""),
      language,
    };
    setError(null);
    setSaved(false);
    try {
      if (existing) {
        await update.mutateAsync({ ...profile, partnerId: existing.partnerId, version: existing.version });
        setSaved(true);
        router.refresh();
      } else {
        const created = await create.mutateAsync(profile);
        router.push(`/partners/${created.slug}`);
      }
    } catch (e) {
      setError(readClientError(e));
    }
  }

  const fieldErrors = (name: string) => error?.fieldErrors[name]?.map((key) => t(key));
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error ? <Alert tone="error">{t(error.message)}</Alert> : null}
      {saved ? <Alert tone="success">{t("partners.form.saved")}</Alert> : null}
      <Field id="partner-name" label={t("partners.form.name")} errors={fieldErrors("name")}>
        {(aria) => <Input {...aria} name="name" defaultValue={initial?.name} required maxLength={200} autoComplete="organization" />}
      </Field>
      <Field id="partner-type" label={t("partners.form.type")} errors={fieldErrors("type")}>
        {(aria) => (
          <Select {...aria} name="type" defaultValue={initial?.type ?? ""} required>
            <option value="" disabled>
              {t("partners.form.chooseType")}
            </option>
            {partnerTypes.map((type) => (
              <option key={type} value={type}>
                {t(`partners.types.${type}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="partner-website" label={t("partners.form.website")} hint={t("partners.form.websiteHint")} errors={fieldErrors("website")}>
          {(aria) => <Input {...aria} name="website" type="url" defaultValue={initial?.website ?? ""} maxLength={300} />}
        </Field>
        <Field id="partner-country" label={t("partners.form.country")} hint={t("partners.form.countryHint")} errors={fieldErrors("countryCode")}>
          {(aria) => <Input {...aria} name="countryCode" defaultValue={initial?.countryCode ?? ""} maxLength={2} className="uppercase" />}
        </Field>
      </div>
      <Field id="partner-description" label={t("partners.form.description")} errors={fieldErrors("description")}>
        {(aria) => <Textarea {...aria} name="description" defaultValue={initial?.description ?? ""} maxLength={4000} />}
      </Field>
      <Field id="partner-language" label={t("partners.form.language")} errors={fieldErrors("language")}>
        {(aria) => (
          <Select {...aria} name="language" defaultValue={initial?.language ?? contentLocale(locale)}>
            {contentLocales.map((l) => (
              <option key={l} value={l}>
                {t(`common.languages.${l}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Button type="submit" disabled={pending}>
        {existing ? (pending ? t("common.saving") : t("common.save")) : pending ? t("partners.form.creating") : t("partners.form.create")}
      </Button>
    </form>
  );
}
