"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { CityPicker } from "@/components/common/city-picker";
import { fromLinkRows, LinksEditor, rowKey, toLinkRows, type LinkRow } from "@/components/common/links-editor";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useMutation, useTRPC, type ClientError } from "@/lib/trpc/client";
import { contentLanguages } from "@/server/networks/input";
import { costRanges, licences, practiceCreateInput } from "@/server/practices/input";
import { licenceDeed, type Licence } from "./labels";

type Language = (typeof contentLanguages)[number];
type CostRange = (typeof costRanges)[number];

export type PracticeFormValues = {
  title: string;
  problem: string;
  solution: string;
  results: string;
  outcomes: { indicator: string; baseline: number | null; value: number; unit: string; year: number }[];
  costRange: CostRange | null;
  durationMonths: number | null;
  replication: string;
  themes: string[];
  sdgs: number[];
  cities: string[];
  licence: Licence;
  links: { label: string; url: string }[];
  language: Language;
  network: string | null;
  partner: string | null;
  partnerDisclosure: string | null;
};

export type PracticeFormOptions = {
  themes: { slug: string; name: string }[];
  sdgs: { number: number; title: string }[];
  cities: { slug: string; name: string; countryCode: string }[];
  networks: { slug: string; label: string }[];
  /** Partner organisations this person may post for (and the practice's current one). */
  partners: { slug: string; name: string }[];
};

type Props = { options: PracticeFormOptions; initial: PracticeFormValues } & (
  | { mode: "create"; translationOf: string | null; takenLanguages: Language[] }
  | { mode: "edit"; practiceId: string; version: number; slug: string }
);

type OutcomeRow = { key: number; indicator: string; baseline: string; value: string; unit: string; year: string };
const str = (v: number | null | undefined) => (v === null || v === undefined ? "" : String(v));

/** Sharing a practice and editing it use one form; every field the service knows is here. */
export function PracticeForm(props: Props) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const { options, initial } = props;
  const [error, setError] = useState<ClientError | null>(null);
  const [outcomes, setOutcomes] = useState<OutcomeRow[]>(() =>
    (initial.outcomes.length ? initial.outcomes : [null]).map((o) => ({
      key: rowKey(),
      indicator: o?.indicator ?? "",
      baseline: str(o?.baseline),
      value: str(o?.value),
      unit: o?.unit ?? "",
      year: str(o?.year),
    })),
  );
  const [links, setLinks] = useState<LinkRow[]>(() => toLinkRows(initial.links));
  const [cities, setCities] = useState<string[]>(initial.cities);
  const [partner, setPartner] = useState(initial.partner ?? "");
  const create = useMutation(trpc.practices.create.mutationOptions());
  const update = useMutation(trpc.practices.update.mutationOptions());
  const pending = create.isPending || update.isPending;

  /** Decimal commas are normal in French and Spanish. */
  function parseNumber(value: string): number {
    const v = value.replace(/[\s\u00a0\u202f]/g, "");
    if (v === "") return Number.NaN;
    return Number(locale === "fr" || locale === "es" ? v.replace(",", ".") : v.replace(/,(?=\d{3}\b)/g, ""));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const duration = text("durationMonths");
    const values = {
      title: text("title"),
      problem: text("problem"),
      solution: text("solution"),
      results: text("results"),
      outcomes: outcomes.map((o) => ({
        indicator: o.indicator.trim(),
        baseline: o.baseline.trim() === "" ? null : parseNumber(o.baseline),
        value: parseNumber(o.value),
        unit: o.unit.trim(),
        year: parseNumber(o.year),
      })),
      costRange: (text("costRange") || null) as CostRange | null,
      durationMonths: duration === "" ? null : parseNumber(duration),
      replication: text("replication"),
      themes: form.getAll("themes").map(String),
      sdgs: form.getAll("sdgs").map(Number),
      cities,
      licence: text("licence") as Licence,
      links: fromLinkRows(links),
      language: text("language") as Language,
      network: text("network") || null,
      partner: partner || null,
      partnerDisclosure: partner ? text("partnerDisclosure") || null : null,
    };
    // The service's own schema checks the form first, so errors land next to the exact row and field.
    const checked = practiceCreateInput.safeParse(values);
    if (!checked.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of checked.error.issues) {
        const path = issue.path.join(".") || "form";
        (fieldErrors[path] ??= []).push(/^(knowledge|errors)\./.test(issue.message) ? issue.message : "errors.validation");
      }
      setError({ message: "errors.validation", fieldErrors, rowErrors: [] });
      return;
    }
    setError(null);
    try {
      if (props.mode === "create") {
        const created = await create.mutateAsync({ ...values, translationOf: props.translationOf });
        router.push(`/practices/${created.slug}`);
      } else {
        const saved = await update.mutateAsync({ ...values, practiceId: props.practiceId, version: props.version });
        router.push(`/practices/${saved.slug}?saved=1`);
        router.refresh();
      }
    } catch (e) {
      setError(readClientError(e));
    }
  }

  const errors = (name: string) => {
    const list = error?.fieldErrors[name];
    return list?.length ? [...new Set(list)].map((k) => t(k)) : undefined;
  };
  const groupError = (name: string) =>
    errors(name) ? (
      <p id={`practice-${name}-error`} role="alert" className="text-sm text-red-700">
        {errors(name)!.join(" ")}
      </p>
    ) : null;
  const stale = error?.message === "knowledge.errors.staleEdit";
  const languageChoices = props.mode === "create" ? contentLanguages.filter((l) => !props.takenLanguages.includes(l)) : contentLanguages;

  return (
    <form onSubmit={onSubmit} className="space-y-8" noValidate>
      {error ? (
        <Alert tone="error" title={t(error.message)}>
          {stale ? (
            <button type="button" className="mt-1 font-medium underline" onClick={() => window.location.reload()}>
              {t("practices.form.reload")}
            </button>
          ) : Object.keys(error.fieldErrors).length ? (
            <p>{t("practices.form.fixBelow")}</p>
          ) : null}
        </Alert>
      ) : null}

      <fieldset className="space-y-4">
        <legend className="mb-2 text-base font-semibold text-slate-900">{t("practices.form.sectionWhat")}</legend>
        <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
          <Field id="practice-title" label={t("practices.form.title")} errors={errors("title")}>
            {(aria) => <Input {...aria} name="title" maxLength={200} defaultValue={initial.title} />}
          </Field>
          <Field id="practice-language" label={t("practices.form.language")} hint={t("practices.form.languageHint")} errors={errors("language")}>
            {(aria) => (
              <Select {...aria} name="language" defaultValue={initial.language}>
                {languageChoices.map((l) => (
                  <option key={l} value={l}>
                    {t(`knowledge.language.${l}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>

        <CityPicker
          id="practice-city-input"
          testId="practice-cities"
          cities={options.cities}
          value={cities}
          onChange={setCities}
          labels={{
            label: t("practices.form.cities"),
            hint: t("practices.form.citiesHint"),
            placeholder: t("practices.form.cityPlaceholder"),
            add: t("practices.form.addCity"),
            remove: (city) => t("practices.form.removeCity", { city }),
          }}
          errors={errors("cities")}
        />

        <fieldset className="space-y-2" aria-describedby={errors("themes") ? "practice-themes-error" : "practice-themes-hint"}>
          <legend className="text-sm font-medium text-slate-800">{t("knowledge.themes")}</legend>
          <p id="practice-themes-hint" className="text-xs text-slate-600">
            {t("practices.form.themesHint")}
          </p>
          <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
            {options.themes.map((theme) => (
              <label key={theme.slug} className="flex items-center gap-2 text-sm text-slate-800">
                <input type="checkbox" name="themes" value={theme.slug} defaultChecked={initial.themes.includes(theme.slug)} className="size-4 rounded border-slate-300 accent-teal-700" />
                {theme.name}
              </label>
            ))}
          </div>
          {groupError("themes")}
        </fieldset>

        <fieldset className="space-y-2" aria-describedby={errors("sdgs") ? "practice-sdgs-error" : undefined}>
          <legend className="text-sm font-medium text-slate-800">{t("knowledge.sdgs")}</legend>
          <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2">
            {options.sdgs.map((sdg) => (
              <label key={sdg.number} className="flex items-center gap-2 text-sm text-slate-800">
                <input type="checkbox" name="sdgs" value={sdg.number} defaultChecked={initial.sdgs.includes(sdg.number)} className="size-4 rounded border-slate-300 accent-teal-700" />
                <span className="inline-flex size-5 shrink-0 items-center justify-center rounded bg-sky-700 text-[10px] font-bold text-white">{sdg.number}</span>
                <span className="truncate" title={sdg.title}>
                  {sdg.title}
                </span>
              </label>
            ))}
          </div>
          {groupError("sdgs")}
        </fieldset>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-base font-semibold text-slate-900">{t("practices.form.sectionStory")}</legend>
        <p className="-mt-2 text-xs text-slate-600">{t("practices.form.markdownHint")}</p>
        <Field id="practice-problem" label={t("practices.form.problem")} hint={t("practices.form.problemHint")} errors={errors("problem")}>
          {(aria) => <Textarea {...aria} name="problem" rows={5} maxLength={10_000} defaultValue={initial.problem} />}
        </Field>
        <Field id="practice-solution" label={t("practices.form.solution")} hint={t("practices.form.solutionHint")} errors={errors("solution")}>
          {(aria) => <Textarea {...aria} name="solution" rows={8} maxLength={20_000} defaultValue={initial.solution} />}
        </Field>
        <Field id="practice-results" label={t("practices.form.results")} hint={t("practices.form.resultsHint")} errors={errors("results")}>
          {(aria) => <Textarea {...aria} name="results" rows={5} maxLength={10_000} defaultValue={initial.results} />}
        </Field>
      </fieldset>

      <fieldset className="space-y-3" aria-describedby={errors("outcomes") ? "practice-outcomes-error" : "practice-outcomes-hint"}>
        <legend className="text-base font-semibold text-slate-900">{t("practices.form.outcomes")}</legend>
        <p id="practice-outcomes-hint" className="text-xs text-slate-600">
          {t("practices.form.outcomesHint")}
        </p>
        {groupError("outcomes")}
        <ol className="space-y-3">
          {outcomes.map((row, i) => {
            const cell = (
              field: keyof Omit<OutcomeRow, "key">,
              label: string,
              extra: { inputMode?: "decimal" | "numeric"; maxLength?: number; className?: string; placeholder?: string },
            ) => {
              const id = `practice-outcome-${row.key}-${field}`;
              const fieldErrors = errors(`outcomes.${i}.${field}`);
              return (
                <div className={extra.className}>
                  <Field id={id} label={label} errors={fieldErrors}>
                    {(aria) => (
                      <Input
                        {...aria}
                        value={row[field]}
                        inputMode={extra.inputMode}
                        maxLength={extra.maxLength}
                        placeholder={extra.placeholder}
                        onChange={(e) => setOutcomes((list) => list.map((r) => (r.key === row.key ? { ...r, [field]: e.target.value } : r)))}
                      />
                    )}
                  </Field>
                </div>
              );
            };
            return (
              <li key={row.key} className="rounded-md border border-slate-200 bg-slate-50 p-3" aria-label={t("practices.form.outcomeN", { n: i + 1 })} data-testid="outcome-row">
                <div className="grid gap-3 sm:grid-cols-6">
                  {cell("indicator", t("practices.outcome.indicator"), { maxLength: 200, className: "sm:col-span-6 lg:col-span-2" })}
                  {cell("baseline", t("practices.outcome.baseline"), { inputMode: "decimal", className: "sm:col-span-2 lg:col-span-1", placeholder: t("practices.outcome.optional") })}
                  {cell("value", t("practices.outcome.value"), { inputMode: "decimal", className: "sm:col-span-2 lg:col-span-1" })}
                  {cell("unit", t("practices.outcome.unit"), { maxLength: 40, className: "sm:col-span-1" })}
                  {cell("year", t("practices.outcome.year"), { inputMode: "numeric", maxLength: 4, className: "sm:col-span-1" })}
                </div>
                {outcomes.length > 1 ? (
                  <div className="mt-2 text-right">
                    <Button variant="ghost" size="sm" onClick={() => setOutcomes((list) => list.filter((r) => r.key !== row.key))}>
                      {t("practices.form.removeOutcome", { n: i + 1 })}
                    </Button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
        {outcomes.length < 20 ? (
          <Button
            variant="secondary"
            size="sm"
            onClick={() => setOutcomes((list) => [...list, { key: rowKey(), indicator: "", baseline: "", value: "", unit: "", year: "" }])}
          >
            + {t("practices.form.addOutcome")}
          </Button>
        ) : null}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-base font-semibold text-slate-900">{t("practices.form.sectionReuse")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="practice-costRange" label={t("knowledge.costRange.label")} errors={errors("costRange")}>
            {(aria) => (
              <Select {...aria} name="costRange" defaultValue={initial.costRange ?? ""}>
                <option value="">{t("knowledge.costRange.none")}</option>
                {costRanges.map((c) => (
                  <option key={c} value={c}>
                    {t(`knowledge.costRange.${c}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field id="practice-durationMonths" label={t("practices.form.durationMonths")} hint={t("practices.form.durationHint")} errors={errors("durationMonths")}>
            {(aria) => <Input {...aria} name="durationMonths" inputMode="numeric" maxLength={3} defaultValue={str(initial.durationMonths)} />}
          </Field>
        </div>
        <Field id="practice-replication" label={t("practices.form.replication")} hint={t("practices.form.replicationHint")} errors={errors("replication")}>
          {(aria) => <Textarea {...aria} name="replication" rows={5} maxLength={10_000} defaultValue={initial.replication} />}
        </Field>

        <fieldset className="space-y-2" aria-describedby={errors("licence") ? "practice-licence-error" : "practice-licence-hint"}>
          <legend className="text-sm font-medium text-slate-800">{t("knowledge.licence.label")}</legend>
          <p id="practice-licence-hint" className="text-xs text-slate-600">
            {t("practices.form.licenceHint")}
          </p>
          <div className="grid gap-2 sm:grid-cols-2">
            {licences.map((l) => (
              <label key={l} className="flex cursor-pointer gap-3 rounded-md border border-slate-200 bg-white p-3 text-sm has-[:checked]:border-teal-600 has-[:checked]:bg-teal-50">
                <input type="radio" name="licence" value={l} defaultChecked={initial.licence === l} className="mt-0.5 size-4 shrink-0 accent-teal-700" />
                <span>
                  <span className="block font-medium text-slate-900">{t(`knowledge.licence.${l}`)}</span>
                  <span className="block text-slate-700">{t(`knowledge.licence.hint.${l}`)}</span>
                  {licenceDeed[l] ? (
                    <a href={licenceDeed[l]!} target="_blank" rel="license noopener" className="text-xs text-teal-800 underline">
                      {t("practices.detail.licenceDeed")}
                    </a>
                  ) : null}
                </span>
              </label>
            ))}
          </div>
          {groupError("licence")}
        </fieldset>

        <fieldset className="space-y-2" aria-describedby={errors("links") ? "practice-links-error" : undefined}>
          <legend className="text-sm font-medium text-slate-800">{t("knowledge.links")}</legend>
          {groupError("links")}
          <LinksEditor
            idPrefix="practice"
            rows={links}
            onChange={setLinks}
            labels={{ label: t("practices.form.linkLabel"), url: t("practices.form.linkUrl"), remove: t("practices.form.removeLink"), add: t("practices.form.addLink") }}
            errorsFor={(i, field) => errors(`links.${i}.${field}`)}
          />
        </fieldset>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-base font-semibold text-slate-900">{t("practices.form.sectionWho")}</legend>
        <Field id="practice-network" label={t("practices.form.network")} hint={t("practices.form.networkHint")} errors={errors("network")}>
          {(aria) => (
            <Select {...aria} name="network" defaultValue={initial.network ?? ""}>
              <option value="">{t("practices.form.noNetwork")}</option>
              {options.networks.map((n) => (
                <option key={n.slug} value={n.slug}>
                  {n.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {options.partners.length ? (
          <div className="grid gap-4 rounded-md border border-amber-200 bg-amber-50/50 p-4 sm:grid-cols-2">
            <Field id="practice-partner" label={t("practices.form.partner")} hint={t("practices.form.partnerHint")} errors={errors("partner")}>
              {(aria) => (
                <Select {...aria} name="partner" value={partner} onChange={(e) => setPartner(e.target.value)}>
                  <option value="">{t("practices.form.noPartner")}</option>
                  {options.partners.map((p) => (
                    <option key={p.slug} value={p.slug}>
                      {p.name}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            {partner ? (
              <Field id="practice-partnerDisclosure" label={t("practices.form.disclosure")} hint={t("practices.form.disclosureHint")} errors={errors("partnerDisclosure")}>
                {(aria) => <Textarea {...aria} name="partnerDisclosure" rows={3} maxLength={500} defaultValue={initial.partnerDisclosure ?? ""} />}
              </Field>
            ) : null}
          </div>
        ) : null}
      </fieldset>

      <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-6">
        <Button type="submit" size="lg" disabled={pending}>
          {pending ? t("common.saving") : props.mode === "create" ? t("practices.form.submitCreate") : t("practices.form.submitEdit")}
        </Button>
        {props.mode === "edit" ? (
          <a href={`/practices/${props.slug}`} className="text-sm text-slate-700 underline">
            {t("common.cancel")}
          </a>
        ) : null}
      </div>
    </form>
  );
}
