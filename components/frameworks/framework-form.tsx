"use client";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input, Select, Textarea } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useMutation, useTRPC, type ClientError } from "@/lib/trpc/client";
import { contentLanguages } from "@/server/networks/input";
import { ErrorText, useAction } from "@/components/common/action";

type Language = (typeof contentLanguages)[number];

export type FrameworkFormValues = {
  title: string;
  anchor: string;
  summary: string;
  body: string;
  sourceUrl: string | null;
  language: Language;
  consultationOpens: string | null;
  consultationCloses: string | null;
};

export type PillarValues = { title: string; description: string; indicators: string[] };

/** Indicators are typed one per line. */
const toLines = (indicators: string[]) => indicators.join("\n");
const fromLines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

type Props =
  | { mode: "create"; initial: FrameworkFormValues }
  | { mode: "edit"; initial: FrameworkFormValues; frameworkId: string; version: number; slug: string };

/** The framework's text and consultation window; on creation, its first pillars too. */
export function FrameworkForm(props: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.frameworks.create.mutationOptions());
  const update = useMutation(trpc.frameworks.update.mutationOptions());
  const [values, setValues] = useState(props.initial);
  const [pillars, setPillars] = useState<(PillarValues & { key: number })[]>([]);
  const nextKey = useRef(0);
  const [error, setError] = useState<ClientError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof FrameworkFormValues>(key: K, value: FrameworkFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const errors = (name: string) => error?.fieldErrors[name]?.map((key) => t(key));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      if (props.mode === "create") {
        const created = await create.mutateAsync({ ...values, pillars: pillars.map(({ title, description, indicators }) => ({ title, description, indicators })) });
        router.push(`/frameworks/${created.slug}`);
      } else {
        await update.mutateAsync({ ...values, frameworkId: props.frameworkId, version: props.version });
        router.push(`/frameworks/${props.slug}`);
      }
      router.refresh();
    } catch (e) {
      setError(readClientError(e));
      setBusy(false);
    }
  }

  const move = (index: number, by: -1 | 1) =>
    setPillars((list) => {
      const next = [...list];
      [next[index], next[index + by]] = [next[index + by]!, next[index]!];
      return next;
    });

  return (
    <form className="space-y-6" noValidate onSubmit={onSubmit}>
      <Card className="space-y-4">
        <Field id="fw-title" label={t("frameworks.form.title")} errors={errors("title")}>
          {(aria) => <Input {...aria} value={values.title} onChange={(e) => set("title", e.target.value)} maxLength={200} required />}
        </Field>
        <Field id="fw-anchor" label={t("frameworks.form.anchor")} hint={t("frameworks.form.anchorHint")} errors={errors("anchor")}>
          {(aria) => <Input {...aria} value={values.anchor} onChange={(e) => set("anchor", e.target.value)} maxLength={200} required />}
        </Field>
        <Field id="fw-summary" label={t("frameworks.form.summary")} errors={errors("summary")}>
          {(aria) => <Textarea {...aria} value={values.summary} onChange={(e) => set("summary", e.target.value)} maxLength={600} className="min-h-20" />}
        </Field>
        <Field id="fw-body" label={t("frameworks.form.body")} hint={t("frameworks.form.bodyHint")} errors={errors("body")}>
          {(aria) => <Textarea {...aria} value={values.body} onChange={(e) => set("body", e.target.value)} className="min-h-40 font-mono" />}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="fw-source" label={t("frameworks.form.source")} hint={t("frameworks.form.sourceHint")} errors={errors("sourceUrl")}>
            {(aria) => <Input {...aria} type="url" value={values.sourceUrl ?? ""} onChange={(e) => set("sourceUrl", e.target.value || null)} placeholder="https://" />}
          </Field>
          <Field id="fw-language" label={t("frameworks.form.language")} errors={errors("language")}>
            {(aria) => (
              <Select {...aria} value={values.language} onChange={(e) => set("language", e.target.value as Language)}>
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
          <legend className="text-sm font-medium text-slate-800">{t("frameworks.form.consultation")}</legend>
          <p className="text-xs text-slate-600">{t("frameworks.form.consultationHint")}</p>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="fw-opens" label={t("frameworks.form.opens")} errors={errors("consultationOpens")}>
              {(aria) => <Input {...aria} type="date" value={values.consultationOpens ?? ""} onChange={(e) => set("consultationOpens", e.target.value || null)} />}
            </Field>
            <Field id="fw-closes" label={t("frameworks.form.closes")} errors={errors("consultationCloses")}>
              {(aria) => <Input {...aria} type="date" value={values.consultationCloses ?? ""} onChange={(e) => set("consultationCloses", e.target.value || null)} />}
            </Field>
          </div>
        </fieldset>
      </Card>

      {props.mode === "create" ? (
        <section aria-labelledby="new-pillars" className="space-y-3">
          <h2 id="new-pillars" className="text-lg font-semibold text-slate-900">
            {t("frameworks.pillars.title")}
          </h2>
          {pillars.length === 0 ? <p className="text-sm text-slate-600">{t("frameworks.pillars.noneYet")}</p> : null}
          <ol className="space-y-3">
            {pillars.map((p, i) => (
              <li key={p.key} data-testid="pillar-draft">
                <Card className="space-y-3">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <h3 className="font-semibold text-slate-900">{t("frameworks.pillars.number", { number: i + 1 })}</h3>
                    <div className="flex gap-1">
                      <Button size="sm" variant="ghost" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t("frameworks.pillars.moveUpNamed", { number: i + 1 })}>
                        ↑ {t("frameworks.pillars.moveUp")}
                      </Button>
                      <Button size="sm" variant="ghost" disabled={i === pillars.length - 1} onClick={() => move(i, 1)} aria-label={t("frameworks.pillars.moveDownNamed", { number: i + 1 })}>
                        ↓ {t("frameworks.pillars.moveDown")}
                      </Button>
                      <Button size="sm" variant="ghost" onClick={() => setPillars((list) => list.filter((x) => x.key !== p.key))} aria-label={t("frameworks.pillars.removeNamed", { number: i + 1 })}>
                        {t("frameworks.pillars.remove")}
                      </Button>
                    </div>
                  </div>
                  <PillarFields
                    value={p}
                    onChange={(v) => setPillars((list) => list.map((x) => (x.key === p.key ? { ...x, ...v } : x)))}
                  />
                </Card>
              </li>
            ))}
          </ol>
          {errors("pillars") ? <Alert tone="error">{errors("pillars")!.join(" ")}</Alert> : null}
          <Button
            variant="secondary"
            onClick={() => {
              nextKey.current += 1;
              setPillars((list) => [...list, { key: nextKey.current, title: "", description: "", indicators: [] }]);
            }}
          >
            + {t("frameworks.pillars.add")}
          </Button>
        </section>
      ) : null}

      <ErrorText error={error} fields={["title", "anchor", "summary", "body", "sourceUrl", "language", "consultationOpens", "consultationCloses", "pillars"]} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={busy}>
          {props.mode === "create" ? t("frameworks.form.create") : t("frameworks.form.save")}
        </Button>
      </div>
    </form>
  );
}

/** A pillar's title, description and indicators (one per line), with labels tied to their inputs. */
function PillarFields(props: { value: PillarValues; onChange: (v: Partial<PillarValues>) => void; error?: ClientError | null }) {
  const { t } = useI18n();
  const id = useId();
  const [indicatorText, setIndicatorText] = useState(toLines(props.value.indicators));
  const errors = (name: string) => props.error?.fieldErrors[name]?.map((key) => t(key));
  return (
    <div className="space-y-3">
      <Field id={`${id}-title`} label={t("frameworks.pillars.fieldTitle")} errors={errors("title")}>
        {(aria) => <Input {...aria} value={props.value.title} onChange={(e) => props.onChange({ title: e.target.value })} maxLength={200} />}
      </Field>
      <Field id={`${id}-description`} label={t("frameworks.pillars.fieldDescription")} errors={errors("description")}>
        {(aria) => <Textarea {...aria} value={props.value.description} onChange={(e) => props.onChange({ description: e.target.value })} maxLength={2000} className="min-h-20" />}
      </Field>
      <Field id={`${id}-indicators`} label={t("frameworks.pillars.fieldIndicators")} hint={t("frameworks.pillars.indicatorsHint")} errors={errors("indicators")}>
        {(aria) => (
          <Textarea
            {...aria}
            value={indicatorText}
            onChange={(e) => {
              setIndicatorText(e.target.value);
              props.onChange({ indicators: fromLines(e.target.value) });
            }}
            className="min-h-20"
          />
        )}
      </Field>
    </div>
  );
}

/** The edit page's pillar editor: each change is saved at once against the framework's version. */
export function PillarEditor(props: { frameworkId: string; version: number; pillars: (PillarValues & { id: string })[] }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const move = useMutation(trpc.frameworks.movePillar.mutationOptions());
  const remove = useMutation(trpc.frameworks.removePillar.mutationOptions());
  const { error, busy, run } = useAction();
  const [editing, setEditing] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState<string | null>(null);
  const base = { frameworkId: props.frameworkId, version: props.version };
  return (
    <section aria-labelledby="pillar-editor" className="space-y-3">
      <h2 id="pillar-editor" className="text-lg font-semibold text-slate-900">
        {t("frameworks.pillars.title")}
      </h2>
      <ErrorText error={error} />
      {props.pillars.length === 0 ? <p className="text-sm text-slate-600">{t("frameworks.pillars.noneYet")}</p> : null}
      <ol className="space-y-3">
        {props.pillars.map((p, i) => (
          <li key={p.id}>
            <Card className="space-y-3">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <p className="text-xs font-semibold uppercase tracking-wide text-teal-800">{t("frameworks.pillars.number", { number: i + 1 })}</p>
                  <h3 className="font-semibold text-slate-900">{p.title}</h3>
                </div>
                <div className="flex flex-wrap gap-1">
                  <Button size="sm" variant="ghost" disabled={busy || i === 0} onClick={() => void run(() => move.mutateAsync({ ...base, pillarId: p.id, direction: "up" }))} aria-label={t("frameworks.pillars.moveUpNamed", { number: i + 1 })}>
                    ↑ {t("frameworks.pillars.moveUp")}
                  </Button>
                  <Button size="sm" variant="ghost" disabled={busy || i === props.pillars.length - 1} onClick={() => void run(() => move.mutateAsync({ ...base, pillarId: p.id, direction: "down" }))} aria-label={t("frameworks.pillars.moveDownNamed", { number: i + 1 })}>
                    ↓ {t("frameworks.pillars.moveDown")}
                  </Button>
                  <Button size="sm" variant="secondary" onClick={() => setEditing(editing === p.id ? null : p.id)} aria-expanded={editing === p.id}>
                    {t("frameworks.pillars.edit")}
                  </Button>
                  {confirmRemove === p.id ? (
                    <>
                      <Button size="sm" variant="danger" disabled={busy} onClick={() => void run(() => remove.mutateAsync({ ...base, pillarId: p.id }))}>
                        {t("frameworks.pillars.removeConfirm")}
                      </Button>
                      <Button size="sm" variant="ghost" onClick={() => setConfirmRemove(null)}>
                        {t("frameworks.cancel")}
                      </Button>
                    </>
                  ) : (
                    <Button size="sm" variant="ghost" onClick={() => setConfirmRemove(p.id)} aria-label={t("frameworks.pillars.removeNamed", { number: i + 1 })}>
                      {t("frameworks.pillars.remove")}
                    </Button>
                  )}
                </div>
              </div>
              {confirmRemove === p.id ? <Alert tone="warning">{t("frameworks.pillars.removeWarning")}</Alert> : null}
              {editing === p.id ? (
                <PillarSaveForm frameworkId={props.frameworkId} version={props.version} pillar={p} onDone={() => setEditing(null)} />
              ) : (
                <>
                  <p className="text-sm text-slate-700">{p.description}</p>
                  {p.indicators.length ? (
                    <ul className="list-disc space-y-0.5 pl-5 text-sm text-slate-700">
                      {p.indicators.map((indicator) => (
                        <li key={indicator}>{indicator}</li>
                      ))}
                    </ul>
                  ) : null}
                </>
              )}
            </Card>
          </li>
        ))}
      </ol>
      <Card className="space-y-3">
        <h3 className="font-semibold text-slate-900">{t("frameworks.pillars.add")}</h3>
        <PillarSaveForm frameworkId={props.frameworkId} version={props.version} pillar={null} onDone={() => undefined} />
      </Card>
    </section>
  );
}

/** Adds a pillar (pillar null) or saves an edited one. */
function PillarSaveForm(props: { frameworkId: string; version: number; pillar: (PillarValues & { id: string }) | null; onDone: () => void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const add = useMutation(trpc.frameworks.addPillar.mutationOptions());
  const save = useMutation(trpc.frameworks.updatePillar.mutationOptions());
  const { error, busy, run } = useAction();
  const empty: PillarValues = { title: "", description: "", indicators: [] };
  const [value, setValue] = useState<PillarValues>(props.pillar ?? empty);
  const [formKey, setFormKey] = useState(0);
  return (
    <form
      className="space-y-3"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const base = { frameworkId: props.frameworkId, version: props.version, ...value };
        const ok = await run(() => (props.pillar ? save.mutateAsync({ ...base, pillarId: props.pillar.id }) : add.mutateAsync(base)));
        if (ok) {
          if (!props.pillar) {
            setValue(empty);
            setFormKey((k) => k + 1);
          }
          props.onDone();
        }
      }}
    >
      <PillarFields key={formKey} value={value} onChange={(v) => setValue((old) => ({ ...old, ...v }))} error={error} />
      <ErrorText error={error} fields={["title", "description", "indicators"]} />
      <Button type="submit" size="sm" disabled={busy}>
        {props.pillar ? t("frameworks.pillars.save") : t("frameworks.pillars.addSubmit")}
      </Button>
    </form>
  );
}
