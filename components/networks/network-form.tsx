"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useMutation, useTRPC, type ClientError } from "@/lib/trpc/client";
import { activityStatuses, confidences, contentLanguages, membershipModels, networkScopes } from "@/server/networks/input";
import { modelLabel } from "./labels";

type Scope = (typeof networkScopes)[number];
type Language = (typeof contentLanguages)[number];
type Activity = (typeof activityStatuses)[number];
type Confidence = (typeof confidences)[number];

export type NetworkFormValues = {
  name: string;
  acronym: string | null;
  foundedYear: number | null;
  hqCity: string | null;
  hqCountry: string | null;
  scope: Scope;
  region: string | null;
  membershipModel: string;
  themes: string[];
  about: string | null;
  website: string | null;
  language: Language;
  memberCount: number | null;
  memberCountYear: number | null;
  activity: Activity;
  sourceUrl: string | null;
  confidence: Confidence;
};

type Options = { themes: { slug: string; name: string }[]; countries: { code: string; name: string }[]; regions: string[] };
type Props =
  | { mode: "register"; options: Options; initial: Pick<NetworkFormValues, "language"> }
  | { mode: "edit"; options: Options; initial: NetworkFormValues; networkId: string; version: number; canSetConfidence: boolean };

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim();
const orNull = (value: string) => value || null;

/** Registration and profile editing share one form; editing adds the facts only staff can know. */
export function NetworkForm(props: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<ClientError | null>(null);
  const [saved, setSaved] = useState(false);
  const register = useMutation(trpc.networks.register.mutationOptions());
  const update = useMutation(trpc.networks.update.mutationOptions());
  const pending = register.isPending || update.isPending;
  const initial: Partial<NetworkFormValues> = props.initial;
  const models: string[] = [...membershipModels];
  if (initial.membershipModel && !models.includes(initial.membershipModel)) models.push(initial.membershipModel);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSaved(false);
    const numbers: Record<string, number | null> = {};
    const notNumbers: Record<string, string[]> = {};
    for (const name of props.mode === "edit" ? ["foundedYear", "memberCount", "memberCountYear"] : ["foundedYear"]) {
      const value = text(form, name);
      if (value === "") numbers[name] = null;
      else if (/^\d+$/.test(value)) numbers[name] = Number(value);
      else notNumbers[name] = ["networks.form.notANumber"];
    }
    if (Object.keys(notNumbers).length) {
      setError({ message: "errors.validation", fieldErrors: notNumbers, rowErrors: [] });
      return;
    }
    setError(null);
    const facts = {
      name: text(form, "name"),
      acronym: orNull(text(form, "acronym")),
      foundedYear: numbers.foundedYear ?? null,
      hqCity: orNull(text(form, "hqCity")),
      hqCountry: orNull(text(form, "hqCountry")),
      scope: text(form, "scope") as Scope,
      region: orNull(text(form, "region")),
      membershipModel: text(form, "membershipModel"),
      themes: form.getAll("themes").map(String),
      about: orNull(text(form, "about")),
      website: orNull(text(form, "website")),
      language: text(form, "language") as Language,
    };
    try {
      if (props.mode === "register") {
        const network = await register.mutateAsync(facts);
        router.push(`/networks/${network.slug}?registered=1`);
        return;
      }
      await update.mutateAsync({
        ...facts,
        networkId: props.networkId,
        version: props.version,
        memberCount: numbers.memberCount ?? null,
        memberCountYear: numbers.memberCountYear ?? null,
        activity: text(form, "activity") as Activity,
        sourceUrl: orNull(text(form, "sourceUrl")),
        ...(props.canSetConfidence ? { confidence: text(form, "confidence") as Confidence } : {}),
      });
    } catch (e) {
      setError(readClientError(e));
      return;
    }
    setSaved(true);
    router.refresh();
  }

  const errors = (name: string) => error?.fieldErrors[name]?.map((key) => t(key));
  const value = (v: string | number | null | undefined) => (v === null || v === undefined ? "" : String(v));
  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      {error ? <Alert tone="error">{t(error.message)}</Alert> : null}
      {saved ? <Alert tone="success">{t("networks.edit.saved")}</Alert> : null}

      <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
        <Field id="network-name" label={t("networks.form.name")} errors={errors("name")}>
          {(aria) => <Input {...aria} name="name" required maxLength={200} defaultValue={value(initial.name)} />}
        </Field>
        <Field id="network-acronym" label={t("networks.form.acronym")} errors={errors("acronym")}>
          {(aria) => <Input {...aria} name="acronym" maxLength={30} defaultValue={value(initial.acronym)} />}
        </Field>
      </div>
      {props.mode === "register" ? <p className="-mt-4 text-xs text-slate-600">{t("networks.form.acronymHint")}</p> : null}

      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="network-foundedYear" label={t("networks.form.foundedYear")} errors={errors("foundedYear")}>
          {(aria) => <Input {...aria} name="foundedYear" inputMode="numeric" maxLength={4} defaultValue={value(initial.foundedYear)} />}
        </Field>
        <Field id="network-hqCity" label={t("networks.form.hqCity")} errors={errors("hqCity")}>
          {(aria) => <Input {...aria} name="hqCity" maxLength={120} defaultValue={value(initial.hqCity)} />}
        </Field>
        <Field id="network-hqCountry" label={t("networks.form.hqCountry")} errors={errors("hqCountry")}>
          {(aria) => (
            <Select {...aria} name="hqCountry" defaultValue={value(initial.hqCountry)}>
              <option value="">{t("networks.form.countryNone")}</option>
              {props.options.countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>

      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="network-scope" label={t("networks.form.scope")} errors={errors("scope")}>
          {(aria) => (
            <Select {...aria} name="scope" defaultValue={initial.scope ?? "GLOBAL"}>
              {networkScopes.map((scope) => (
                <option key={scope} value={scope}>
                  {t(`networks.scopes.${scope}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="network-region" label={t("networks.form.region")} hint={t("networks.form.regionHint")} errors={errors("region")}>
          {(aria) => <Input {...aria} name="region" list="network-regions" maxLength={100} defaultValue={value(initial.region)} />}
        </Field>
        <datalist id="network-regions">
          {props.options.regions.map((region) => (
            <option key={region} value={region} />
          ))}
        </datalist>
        <Field id="network-membershipModel" label={t("networks.form.membershipModel")} errors={errors("membershipModel")}>
          {(aria) => (
            <Select {...aria} name="membershipModel" defaultValue={initial.membershipModel ?? "open"}>
              {models.map((model) => (
                <option key={model} value={model}>
                  {modelLabel(t, model)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>

      <fieldset className="space-y-2" aria-describedby={errors("themes") ? "network-themes-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("networks.form.themes")}</legend>
        <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
          {props.options.themes.map((theme) => (
            <label key={theme.slug} className="flex items-center gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                name="themes"
                value={theme.slug}
                defaultChecked={initial.themes?.includes(theme.slug)}
                className="size-4 rounded border-slate-300 accent-teal-700"
              />
              {theme.name}
            </label>
          ))}
        </div>
        {errors("themes") ? (
          <p id="network-themes-error" role="alert" className="text-sm text-red-700">
            {errors("themes")!.join(" ")}
          </p>
        ) : null}
      </fieldset>

      <Field id="network-about" label={t("networks.form.about")} hint={t("networks.form.aboutHint")} errors={errors("about")}>
        {(aria) => <Textarea {...aria} name="about" rows={6} maxLength={5000} defaultValue={value(initial.about)} />}
      </Field>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="network-website" label={t("networks.form.website")} hint={t("networks.form.websiteHint")} errors={errors("website")}>
          {(aria) => <Input {...aria} name="website" type="url" inputMode="url" maxLength={500} defaultValue={value(initial.website)} />}
        </Field>
        <Field id="network-language" label={t("networks.form.language")} hint={t("networks.form.languageHint")} errors={errors("language")}>
          {(aria) => (
            <Select {...aria} name="language" defaultValue={initial.language}>
              {contentLanguages.map((language) => (
                <option key={language} value={language}>
                  {t(`common.languages.${language}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>

      {props.mode === "edit" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="network-memberCount" label={t("networks.form.memberCount")} errors={errors("memberCount")}>
            {(aria) => <Input {...aria} name="memberCount" inputMode="numeric" defaultValue={value(initial.memberCount)} />}
          </Field>
          <Field id="network-memberCountYear" label={t("networks.form.memberCountYear")} errors={errors("memberCountYear")}>
            {(aria) => <Input {...aria} name="memberCountYear" inputMode="numeric" maxLength={4} defaultValue={value(initial.memberCountYear)} />}
          </Field>
          <Field id="network-sourceUrl" label={t("networks.form.sourceUrl")} hint={t("networks.form.websiteHint")} errors={errors("sourceUrl")}>
            {(aria) => <Input {...aria} name="sourceUrl" type="url" inputMode="url" maxLength={500} defaultValue={value(initial.sourceUrl)} />}
          </Field>
          <Field id="network-activity" label={t("networks.form.activity")} errors={errors("activity")}>
            {(aria) => (
              <Select {...aria} name="activity" defaultValue={initial.activity}>
                {activityStatuses.map((activity) => (
                  <option key={activity} value={activity}>
                    {t(`networks.activity.${activity}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          {props.canSetConfidence ? (
            <Field id="network-confidence" label={t("networks.form.confidence")} hint={t("networks.form.confidenceHint")} errors={errors("confidence")}>
              {(aria) => (
                <Select {...aria} name="confidence" defaultValue={initial.confidence}>
                  {confidences.map((confidence) => (
                    <option key={confidence} value={confidence}>
                      {t(`networks.confidence.${confidence}`)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          ) : null}
        </div>
      ) : null}

      <Button type="submit" disabled={pending}>
        {props.mode === "register"
          ? pending
            ? t("networks.form.submitting")
            : t("networks.form.submit")
          : pending
            ? t("common.saving")
            : t("common.save")}
      </Button>
    </form>
  );
}
