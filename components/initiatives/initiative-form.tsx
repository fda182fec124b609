"use client";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { CityPicker } from "@/components/common/city-picker";
import { fromLinkRows, LinksEditor, toLinkRows, type LinkRow } from "@/components/common/links-editor";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useMutation, useQuery, useTRPC, type ClientError } from "@/lib/trpc/client";
import { initiativeStatuses } from "@/server/initiatives/input";
import { contentLanguages } from "@/server/networks/input";
import { SimilarItem } from "./similar-list";

type Status = (typeof initiativeStatuses)[number];
type Language = (typeof contentLanguages)[number];

export type InitiativeFormValues = {
  title: string;
  summary: string;
  body: string;
  status: Status;
  startDate: string | null;
  endDate: string | null;
  themes: string[];
  sdgs: number[];
  cities: string[];
  partners: { partner: string; disclosure: string }[];
  fundingSources: string[];
  links: { label: string; url: string }[];
  language: Language;
};

export type InitiativeFormOptions = {
  networks: { id: string; name: string }[];
  themes: { slug: string; name: string }[];
  sdgs: { number: number; title: string }[];
  cities: { slug: string; name: string }[];
  partners: { slug: string; name: string }[];
};

type Props =
  | { mode: "create"; options: InitiativeFormOptions; initial: InitiativeFormValues }
  | { mode: "edit"; options: InitiativeFormOptions; initial: InitiativeFormValues; initiativeId: string; version: number; networkId: string; slug: string };

const useDebounced = <T,>(value: T, ms: number) => {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
};

/** Drafting and editing an initiative, with the initiatives of other networks that look like it alongside. */
export function InitiativeForm(props: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const { options, initial } = props;
  const formRef = useRef<HTMLFormElement>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const [networkId, setNetworkId] = useState(props.mode === "edit" ? props.networkId : (options.networks[0]?.id ?? ""));
  const [title, setTitle] = useState(initial.title);
  const [summary, setSummary] = useState(initial.summary);
  const [themes, setThemes] = useState<string[]>(initial.themes);
  const [sdgs, setSdgs] = useState<number[]>(initial.sdgs);
  const [cities, setCities] = useState<string[]>(initial.cities);
  const [partners, setPartners] = useState(initial.partners);
  const [links, setLinks] = useState<LinkRow[]>(() => toLinkRows(initial.links));
  const create = useMutation(trpc.initiatives.create.mutationOptions());
  const update = useMutation(trpc.initiatives.update.mutationOptions());
  const pending = create.isPending || update.isPending;

  const draft = useDebounced({ title, summary, themes, sdgs, cities }, 400);
  const enoughToCompare = draft.title.trim().length >= 3 || draft.summary.trim().length >= 10 || draft.themes.length > 0;
  const similar = useQuery({
    ...trpc.initiatives.similarToDraft.queryOptions({
      networkId,
      initiativeId: props.mode === "edit" ? props.initiativeId : undefined,
      ...draft,
    }),
    enabled: enoughToCompare && !!networkId,
    placeholderData: (previous) => previous,
  });

  const themeName = useMemo(() => new Map(options.themes.map((th) => [th.slug, th.name])), [options.themes]);

  const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((x) => x !== value) : [...list, value]);


  async function save(publish: boolean) {
    if (!formRef.current) return;
    const form = new FormData(formRef.current);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    setError(null);
    const values = {
      title,
      summary,
      body: text("body"),
      status: text("status") as Status,
      startDate: text("startDate") || null,
      endDate: text("endDate") || null,
      themes,
      sdgs,
      cities,
      partners: partners.filter((p) => p.partner),
      fundingSources: text("fundingSources").split("\n").map((s) => s.trim()).filter(Boolean),
      links: fromLinkRows(links),
      language: text("language") as Language,
    };
    try {
      if (props.mode === "create") {
        const created = await create.mutateAsync({ ...values, networkId, publish });
        router.push(`/initiatives/${created.slug}`);
      } else {
        await update.mutateAsync({ ...values, initiativeId: props.initiativeId, version: props.version });
        router.push(`/initiatives/${props.slug}`);
        router.refresh();
      }
    } catch (e) {
      setError(readClientError(e));
      window.scrollTo({ top: 0, behavior: "smooth" });
    }
  }

  // Enter (or the submit button) saves: a draft when creating, the changes when editing. Publishing is always a deliberate click.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save(false);
  }

  const errors = (name: string) => error?.fieldErrors[name]?.map((key) => t(key));

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <form ref={formRef} className="space-y-6" noValidate onSubmit={onSubmit}>
        {error ? <Alert tone="error">{t(error.message)}</Alert> : null}

        {props.mode === "create" ? (
          <Field id="initiative-network" label={t("initiatives.form.network")} hint={t("initiatives.form.networkHint")} errors={errors("networkId")}>
            {(aria) => (
              <Select {...aria} name="networkId" value={networkId} onChange={(e) => setNetworkId(e.target.value)}>
                {options.networks.map((n) => (
                  <option key={n.id} value={n.id}>
                    {n.name}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        ) : null}

        <Field id="initiative-title" label={t("initiatives.form.title")} errors={errors("title")}>
          {(aria) => <Input {...aria} name="title" required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field id="initiative-summary" label={t("initiatives.form.summary")} hint={t("initiatives.form.summaryHint")} errors={errors("summary")}>
          {(aria) => <Textarea {...aria} name="summary" rows={3} maxLength={600} value={summary} onChange={(e) => setSummary(e.target.value)} />}
        </Field>
        <Field id="initiative-body" label={t("initiatives.form.body")} hint={t("initiatives.form.bodyHint")} errors={errors("body")}>
          {(aria) => <Textarea {...aria} name="body" rows={10} maxLength={20000} defaultValue={initial.body} />}
        </Field>

        <div className="grid gap-4 sm:grid-cols-4">
          <Field id="initiative-status" label={t("initiatives.form.status")} errors={errors("status")}>
            {(aria) => (
              <Select {...aria} name="status" defaultValue={initial.status}>
                {initiativeStatuses.map((s) => (
                  <option key={s} value={s}>
                    {t(`knowledge.initiativeStatus.${s}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field id="initiative-start" label={t("initiatives.form.startDate")} errors={errors("startDate")}>
            {(aria) => <Input {...aria} type="date" name="startDate" defaultValue={initial.startDate ?? ""} />}
          </Field>
          <Field id="initiative-end" label={t("initiatives.form.endDate")} errors={errors("endDate")}>
            {(aria) => <Input {...aria} type="date" name="endDate" defaultValue={initial.endDate ?? ""} />}
          </Field>
          <Field id="initiative-language" label={t("initiatives.form.language")} errors={errors("language")}>
            {(aria) => (
              <Select {...aria} name="language" defaultValue={initial.language}>
                {contentLanguages.map((l) => (
                  <option key={l} value={l}>
                    {t(`knowledge.language.${l}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>

        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{t("knowledge.themes")}</legend>
          <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
            {options.themes.map((theme) => (
              <label key={theme.slug} className="flex items-center gap-2 text-sm text-slate-800">
                <input type="checkbox" checked={themes.includes(theme.slug)} onChange={() => setThemes(toggle(themes, theme.slug))} className="size-4 accent-teal-700" />
                {theme.name}
              </label>
            ))}
          </div>
          {errors("themes") ? <p className="text-sm text-red-700">{errors("themes")!.join(" ")}</p> : null}
        </fieldset>

        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{t("knowledge.sdgs")}</legend>
          <div className="flex flex-wrap gap-1.5">
            {options.sdgs.map((sdg) => (
              <label
                key={sdg.number}
                title={sdg.title}
                className="flex cursor-pointer items-center gap-1 rounded border border-slate-300 px-2 py-1 text-sm has-[:checked]:border-teal-700 has-[:checked]:bg-teal-50 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-teal-700"
              >
                <input type="checkbox" className="sr-only" checked={sdgs.includes(sdg.number)} onChange={() => setSdgs(toggle(sdgs, sdg.number))} aria-label={`${t("knowledge.sdg", { number: sdg.number })}: ${sdg.title}`} />
                {sdg.number}
              </label>
            ))}
          </div>
          {errors("sdgs") ? <p className="text-sm text-red-700">{errors("sdgs")!.join(" ")}</p> : null}
        </fieldset>

        <CityPicker
          id="initiative-cities"
          cities={options.cities}
          value={cities}
          onChange={setCities}
          labels={{
            label: t("initiatives.form.cities"),
            placeholder: t("initiatives.form.cityPlaceholder"),
            add: t("initiatives.form.add"),
            remove: (city) => t("initiatives.form.removeCity", { city }),
          }}
          errors={errors("cities")}
        />

        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{t("initiatives.form.partners")}</legend>
          <p className="text-xs text-slate-600">{t("initiatives.form.partnersHint")}</p>
          {partners.map((p, i) => (
            <div key={i} className="grid gap-2 sm:grid-cols-[14rem_1fr_auto]">
              <Select aria-label={t("initiatives.form.partner")} value={p.partner} onChange={(e) => setPartners(partners.map((x, j) => (j === i ? { ...x, partner: e.target.value } : x)))}>
                <option value="">{t("initiatives.form.choosePartner")}</option>
                {options.partners.map((o) => (
                  <option key={o.slug} value={o.slug}>
                    {o.name}
                  </option>
                ))}
              </Select>
              <Input aria-label={t("initiatives.form.disclosure")} placeholder={t("initiatives.form.disclosurePlaceholder")} value={p.disclosure} maxLength={500} onChange={(e) => setPartners(partners.map((x, j) => (j === i ? { ...x, disclosure: e.target.value } : x)))} />
              <Button variant="ghost" onClick={() => setPartners(partners.filter((_, j) => j !== i))}>
                {t("initiatives.form.remove")}
              </Button>
            </div>
          ))}
          <Button variant="secondary" size="sm" onClick={() => setPartners([...partners, { partner: "", disclosure: "" }])}>
            {t("initiatives.form.addPartner")}
          </Button>
          {errors("partners") ? <p className="text-sm text-red-700">{errors("partners")!.join(" ")}</p> : null}
        </fieldset>

        <Field id="initiative-funding" label={t("initiatives.form.fundingSources")} hint={t("initiatives.form.onePerLine")} errors={errors("fundingSources")}>
          {(aria) => <Textarea {...aria} name="fundingSources" rows={2} defaultValue={initial.fundingSources.join("\n")} />}
        </Field>

        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{t("knowledge.links")}</legend>
          <LinksEditor
            idPrefix="initiative"
            rows={links}
            onChange={setLinks}
            labels={{ label: t("initiatives.form.linkLabel"), url: t("initiatives.form.linkUrl"), remove: t("initiatives.form.remove"), add: t("initiatives.form.addLink") }}
          />
          {errors("links") ? <p className="text-sm text-red-700">{errors("links")!.join(" ")}</p> : null}
        </fieldset>

        <div className="flex flex-wrap gap-3 border-t border-slate-200 pt-5">
          {props.mode === "create" ? (
            <>
              <Button disabled={pending} onClick={() => void save(true)}>
                {t("initiatives.form.publish")}
              </Button>
              <Button type="submit" variant="secondary" disabled={pending}>
                {t("initiatives.form.saveDraft")}
              </Button>
            </>
          ) : (
            <Button type="submit" disabled={pending}>
              {t("initiatives.form.save")}
            </Button>
          )}
        </div>
      </form>

      <aside className="space-y-3 lg:sticky lg:top-4 lg:self-start" aria-labelledby="similar-heading" aria-live="polite">
        <h2 id="similar-heading" className="font-semibold text-slate-900">
          {t("initiatives.similar.whileDrafting")}
        </h2>
        <p className="text-sm text-slate-600">{t("initiatives.similar.whileDraftingHint")}</p>
        {!enoughToCompare ? (
          <p className="rounded-md border border-dashed border-slate-300 p-3 text-sm text-slate-600">{t("initiatives.similar.startTyping")}</p>
        ) : similar.isPending ? (
          <p className="text-sm text-slate-600">{t("initiatives.similar.looking")}</p>
        ) : similar.data && similar.data.length ? (
          <>
            <Alert tone="warning" title={t("initiatives.similar.flagged", { count: similar.data.length })}>
              {t("initiatives.similar.flaggedHint")}
            </Alert>
            <ul className="space-y-2" data-testid="similar-while-drafting">
              {similar.data.map((item) => (
                <SimilarItem key={item.id} item={item} t={t} themeLabel={(slug) => themeName.get(slug) ?? slug} newTab />
              ))}
            </ul>
          </>
        ) : (
          <p className="rounded-md border border-dashed border-slate-300 p-3 text-sm text-slate-600">{t("initiatives.similar.noneYet")}</p>
        )}
      </aside>
    </div>
  );
}
