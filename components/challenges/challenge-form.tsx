"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useMutation, useTRPC, type ClientError } from "@/lib/trpc/client";
import { urgencies } from "@/server/challenges/input";
import { contentLanguages } from "@/server/networks/input";

type Urgency = (typeof urgencies)[number];
type Language = (typeof contentLanguages)[number];

export type ChallengeFormValues = { title: string; problem: string; helpNeeded: string; urgency: Urgency; themes: string[]; language: Language };

type Props = {
  themes: { slug: string; name: string }[];
  initial: ChallengeFormValues;
} & ({ mode: "create"; cities: { id: string; name: string }[] } | { mode: "edit"; challengeId: string; version: number; slug: string });

/** Posting and editing a challenge: the problem, the help needed, urgency and themes. */
export function ChallengeForm(props: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.challenges.create.mutationOptions());
  const update = useMutation(trpc.challenges.update.mutationOptions());
  const [themes, setThemes] = useState<string[]>(props.initial.themes);
  const [error, setError] = useState<ClientError | null>(null);
  const busy = create.isPending || update.isPending;
  const errors = (name: string) => error?.fieldErrors[name]?.map((key) => t(key));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "");
    const fields = {
      title: text("title"),
      problem: text("problem"),
      helpNeeded: text("helpNeeded"),
      urgency: text("urgency") as Urgency,
      language: text("language") as Language,
      themes,
    };
    try {
      const saved =
        props.mode === "create"
          ? await create.mutateAsync({ ...fields, cityId: text("cityId") })
          : await update.mutateAsync({ ...fields, challengeId: props.challengeId, version: props.version });
      router.push(`/challenges/${saved.slug}`);
      router.refresh();
    } catch (e) {
      setError(readClientError(e));
    }
  }

  return (
    <form className="max-w-3xl space-y-6" noValidate onSubmit={onSubmit}>
      {error ? <Alert tone="error">{t(error.message)}</Alert> : null}
      {props.mode === "create" ? (
        <Field id="challenge-city" label={t("challenges.form.city")} errors={errors("cityId")}>
          {(aria) => (
            <Select {...aria} name="cityId" defaultValue={props.cities[0]?.id}>
              {props.cities.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ) : null}
      <Field id="challenge-title" label={t("challenges.form.titleLabel")} hint={t("challenges.form.titleHint")} errors={errors("title")}>
        {(aria) => <Input {...aria} name="title" required maxLength={160} defaultValue={props.initial.title} />}
      </Field>
      <Field id="challenge-problem" label={t("challenges.form.problem")} hint={t("challenges.form.problemHint")} errors={errors("problem")}>
        {(aria) => <Textarea {...aria} name="problem" rows={8} maxLength={10000} defaultValue={props.initial.problem} />}
      </Field>
      <Field id="challenge-help" label={t("challenges.form.helpNeeded")} hint={t("challenges.form.helpHint")} errors={errors("helpNeeded")}>
        {(aria) => <Textarea {...aria} name="helpNeeded" rows={6} maxLength={5000} defaultValue={props.initial.helpNeeded} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{t("challenges.form.urgency")}</legend>
          {urgencies.map((u) => (
            <label key={u} className="flex items-start gap-2 text-sm text-slate-800">
              <input type="radio" name="urgency" value={u} defaultChecked={props.initial.urgency === u} className="mt-0.5 size-4 accent-teal-700" />
              <span>
                <span className="font-medium">{t(`challenges.urgency.${u}`)}</span>
                <span className="block text-xs text-slate-600">{t(`challenges.urgencyHint.${u}`)}</span>
              </span>
            </label>
          ))}
          {errors("urgency") ? <p className="text-sm text-red-700">{errors("urgency")!.join(" ")}</p> : null}
        </fieldset>
        <Field id="challenge-language" label={t("challenges.form.language")} errors={errors("language")}>
          {(aria) => (
            <Select {...aria} name="language" defaultValue={props.initial.language}>
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
        <legend className="text-sm font-medium text-slate-800">{t("challenges.form.themes")}</legend>
        <div className="grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
          {props.themes.map((theme) => (
            <label key={theme.slug} className="flex items-center gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                checked={themes.includes(theme.slug)}
                onChange={() => setThemes(themes.includes(theme.slug) ? themes.filter((s) => s !== theme.slug) : [...themes, theme.slug])}
                className="size-4 accent-teal-700"
              />
              {theme.name}
            </label>
          ))}
        </div>
        {errors("themes") ? <p className="text-sm text-red-700">{errors("themes")!.join(" ")}</p> : null}
      </fieldset>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={busy}>
          {busy ? t("challenges.form.saving") : props.mode === "create" ? t("challenges.form.submit") : t("challenges.form.save")}
        </Button>
        <ButtonLink href={props.mode === "edit" ? `/challenges/${props.slug}` : "/challenges"} variant="ghost">
          {t("challenges.form.cancel")}
        </ButtonLink>
      </div>
    </form>
  );
}
