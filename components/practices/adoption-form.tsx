"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useMutation, useTRPC, type ClientError } from "@/lib/trpc/client";
import { adoptionLevels, adoptionStatuses } from "@/server/practices/input";
import { statusStyle, type AdoptionLevel, type AdoptionStatus } from "./labels";

type Options = {
  cities: { slug: string; name: string; countryCode: string }[];
  networks: { slug: string; name: string; acronym: string | null }[];
  countries: { code: string; name: string }[];
};

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim();

/** Records that a city, a national government, an international body or a community took the practice up. */
export function AdoptionForm({ practiceId, options, today }: { practiceId: string; options: Options; today: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<ClientError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [level, setLevel] = useState<AdoptionLevel>("CITY");
  const record = useMutation(trpc.practices.recordAdoption.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setError(null);
    setSaved(null);
    const city = text(form, "city");
    const adopterName = text(form, "adopterName");
    try {
      await record.mutateAsync({
        practiceId,
        level: text(form, "level") as AdoptionLevel,
        status: text(form, "status") as AdoptionStatus,
        adopterName,
        city: city || null,
        countryCode: text(form, "countryCode") || null,
        date: text(form, "date"),
        note: text(form, "note") || null,
        evidenceUrl: text(form, "evidenceUrl") || null,
        viaNetwork: text(form, "viaNetwork") || null,
      });
    } catch (e) {
      setError(readClientError(e));
      return;
    }
    setSaved(adopterName || options.cities.find((c) => c.slug === city)?.name || "");
    formElement.reset();
    setLevel("CITY");
    router.refresh();
  }

  const errors = (name: string) => error?.fieldErrors[name]?.map((key) => t(key));
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate data-testid="adoption-form">
      {error ? <Alert tone="error">{t(error.message)}</Alert> : null}
      {saved !== null ? <Alert tone="success">{t("practices.adoption.saved", { adopter: saved })}</Alert> : null}

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="adoption-level" label={t("practices.adoption.level")} errors={errors("level")}>
          {(aria) => (
            <Select {...aria} name="level" value={level} onChange={(e) => setLevel(e.target.value as AdoptionLevel)}>
              {adoptionLevels.map((l) => (
                <option key={l} value={l}>
                  {t(`knowledge.adoptionLevel.${l}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <fieldset className="space-y-1" aria-describedby={errors("status") ? "adoption-status-error" : undefined}>
          <legend className="text-sm font-medium text-slate-800">{t("practices.adoption.status")}</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1 pt-2">
            {adoptionStatuses.map((s, i) => (
              <label key={s} className="inline-flex items-center gap-1.5 text-sm text-slate-800">
                <input type="radio" name="status" value={s} defaultChecked={i === 0} className="size-4 accent-teal-700" />
                <span aria-hidden="true" className="inline-block size-2.5 rounded-full" style={{ background: statusStyle[s].stroke }} />
                {t(`knowledge.adoptionStatus.${s}`)}
              </label>
            ))}
          </div>
          {errors("status") ? (
            <p id="adoption-status-error" role="alert" className="text-sm text-red-700">
              {errors("status")!.join(" ")}
            </p>
          ) : null}
        </fieldset>
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="adoption-city" label={t("practices.adoption.city")} hint={t("practices.adoption.cityHint")} errors={errors("city")}>
          {(aria) => (
            <Select {...aria} name="city" defaultValue="">
              <option value="">{t("practices.adoption.noCity")}</option>
              {options.cities.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.name} ({c.countryCode})
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field
          id="adoption-adopterName"
          label={t("practices.adoption.adopterName")}
          hint={level === "CITY" ? t("practices.adoption.adopterNameCityHint") : t("practices.adoption.adopterNameHint")}
          errors={errors("adopterName")}
        >
          {(aria) => <Input {...aria} name="adopterName" maxLength={200} />}
        </Field>
      </div>

      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="adoption-countryCode" label={t("practices.adoption.country")} hint={t("practices.adoption.countryHint")} errors={errors("countryCode")}>
          {(aria) => (
            <Select {...aria} name="countryCode" defaultValue="">
              <option value="">{t("practices.adoption.noCountry")}</option>
              {options.countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="adoption-date" label={t("practices.adoption.date")} errors={errors("date")}>
          {(aria) => <Input {...aria} name="date" type="date" max={today} defaultValue={today} required />}
        </Field>
        <Field id="adoption-viaNetwork" label={t("practices.adoption.viaNetwork")} hint={t("practices.adoption.viaNetworkHint")} errors={errors("viaNetwork")}>
          {(aria) => (
            <Select {...aria} name="viaNetwork" defaultValue="">
              <option value="">{t("practices.adoption.noNetwork")}</option>
              {options.networks.map((n) => (
                <option key={n.slug} value={n.slug} title={n.name}>
                  {n.acronym && n.acronym !== n.name ? `${n.acronym} — ${n.name}` : n.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>

      <Field id="adoption-evidenceUrl" label={t("practices.adoption.evidenceUrl")} hint={t("practices.adoption.evidenceUrlHint")} errors={errors("evidenceUrl")}>
        {(aria) => <Input {...aria} name="evidenceUrl" type="url" inputMode="url" maxLength={500} placeholder="https://" />}
      </Field>
      <Field id="adoption-note" label={t("practices.adoption.note")} errors={errors("note")}>
        {(aria) => <Textarea {...aria} name="note" rows={3} maxLength={2000} />}
      </Field>

      <Button type="submit" disabled={record.isPending}>
        {record.isPending ? t("common.saving") : t("practices.adoption.submit")}
      </Button>
    </form>
  );
}
