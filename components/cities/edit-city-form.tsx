"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useMutation, useTRPC, type ClientError } from "@/lib/trpc/client";

type Facts = {
  nameLocal: string | null;
  population: number | null;
  populationYear: number | null;
  latitude: number | null;
  longitude: number | null;
};

const numberFields = ["population", "populationYear", "latitude", "longitude"] as const;

export function EditCityForm({ cityId, version, facts }: { cityId: string; version: number; facts: Facts }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<ClientError | null>(null);
  const [saved, setSaved] = useState(false);
  const update = useMutation(trpc.cities.update.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSaved(false);
    const numbers: Partial<Record<(typeof numberFields)[number], number | null>> = {};
    const notNumbers: Record<string, string[]> = {};
    for (const field of numberFields) {
      const text = String(form.get(field) ?? "").trim().replace(",", ".");
      const value = text === "" ? null : Number(text);
      if (value !== null && !Number.isFinite(value)) notNumbers[field] = ["cities.errors.notANumber"];
      else numbers[field] = value;
    }
    if (Object.keys(notNumbers).length) {
      setError({ message: "errors.validation", fieldErrors: notNumbers, rowErrors: [] });
      return;
    }
    setError(null);
    try {
      await update.mutateAsync({
        cityId,
        version,
        nameLocal: String(form.get("nameLocal") ?? "").trim() || null,
        population: numbers.population ?? null,
        populationYear: numbers.populationYear ?? null,
        latitude: numbers.latitude ?? null,
        longitude: numbers.longitude ?? null,
      });
    } catch (e) {
      setError(readClientError(e));
      return;
    }
    setSaved(true);
    router.refresh();
  }

  const fieldErrors = (name: string) => error?.fieldErrors[name]?.map((key) => t(key));
  const text = (value: number | string | null) => (value === null ? "" : String(value));
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error ? <Alert tone="error">{t(error.message)}</Alert> : null}
      {saved ? <Alert tone="success">{t("cities.edit.saved")}</Alert> : null}
      <Field id="city-nameLocal" label={t("cities.edit.localName")} errors={fieldErrors("nameLocal")}>
        {(aria) => <Input {...aria} name="nameLocal" defaultValue={text(facts.nameLocal)} maxLength={120} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="city-population" label={t("cities.edit.population")} errors={fieldErrors("population")}>
          {(aria) => <Input {...aria} name="population" inputMode="numeric" defaultValue={text(facts.population)} />}
        </Field>
        <Field id="city-populationYear" label={t("cities.edit.populationYear")} errors={fieldErrors("populationYear")}>
          {(aria) => <Input {...aria} name="populationYear" inputMode="numeric" defaultValue={text(facts.populationYear)} />}
        </Field>
        <Field id="city-latitude" label={t("cities.edit.latitude")} hint={t("cities.edit.coordinatesHint")} errors={fieldErrors("latitude")}>
          {(aria) => <Input {...aria} name="latitude" inputMode="decimal" defaultValue={text(facts.latitude)} />}
        </Field>
        <Field id="city-longitude" label={t("cities.edit.longitude")} errors={fieldErrors("longitude")}>
          {(aria) => <Input {...aria} name="longitude" inputMode="decimal" defaultValue={text(facts.longitude)} />}
        </Field>
      </div>
      <Button type="submit" disabled={update.isPending}>
        {update.isPending ? t("common.saving") : t("common.save")}
      </Button>
    </form>
  );
}
