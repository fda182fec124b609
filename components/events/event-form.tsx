"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useMutation, useTRPC, type ClientError } from "@/lib/trpc/client";
import { eventModes } from "@/server/events/input";
import { contentLanguages } from "@/server/networks/input";
import { TimeZoneField } from "@/components/common/time-zone-field";

export type EventFormValues = {
  title: string;
  summary: string;
  description: string;
  mode: (typeof eventModes)[number];
  location: string;
  onlineUrl: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  capacity: string;
  language: (typeof contentLanguages)[number];
  sourceUrl: string;
};

type Props =
  | { mode: "create"; networks: { id: string; name: string }[]; timeZones: readonly string[]; initial: EventFormValues }
  | { mode: "edit"; timeZones: readonly string[]; initial: EventFormValues; eventId: string; version: number; slug: string };

/** Creating and editing an event; times are typed as the clock reads where the event happens. */
export function EventForm(props: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const [values, setValues] = useState(props.initial);
  const [networkId, setNetworkId] = useState(props.mode === "create" ? (props.networks[0]?.id ?? "") : "");
  const [error, setError] = useState<ClientError | null>(null);
  const create = useMutation(trpc.events.create.mutationOptions());
  const update = useMutation(trpc.events.update.mutationOptions());
  const pending = create.isPending || update.isPending;
  const set = <K extends keyof EventFormValues>(key: K, value: EventFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const errors = (field: string) => (error?.fieldErrors[field] ?? []).map((key) => t(key));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const fields = {
      ...values,
      capacity: values.capacity.trim() ? Number(values.capacity) : null,
      location: values.location || null,
      onlineUrl: values.onlineUrl || null,
      sourceUrl: values.sourceUrl || null,
    };
    try {
      if (props.mode === "create") {
        const event = await create.mutateAsync({ ...fields, networkId });
        router.push(`/events/${event.slug}`);
      } else {
        await update.mutateAsync({ ...fields, eventId: props.eventId, version: props.version });
        router.push(`/events/${props.slug}`);
      }
      router.refresh();
    } catch (err) {
      setError(readClientError(err));
    }
  }

  const generalError = error && !Object.keys(error.fieldErrors).length ? t(error.message) : error ? t("events.form.fixErrors") : null;
  return (
    <form onSubmit={submit} className="max-w-3xl space-y-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm" noValidate>
      {generalError ? <Alert tone="error">{generalError}</Alert> : null}
      {props.mode === "create" ? (
        <Field id="event-network" label={t("events.form.network")} hint={t("events.form.networkHint")} errors={errors("networkId")}>
          {(aria) => (
            <Select {...aria} value={networkId} onChange={(e) => setNetworkId(e.target.value)}>
              {props.networks.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ) : null}
      <Field id="event-title" label={t("events.form.title")} errors={errors("title")}>
        {(aria) => <Input {...aria} value={values.title} onChange={(e) => set("title", e.target.value)} required maxLength={200} />}
      </Field>
      <Field id="event-summary" label={t("events.form.summary")} hint={t("events.form.summaryHint")} errors={errors("summary")}>
        {(aria) => <Textarea {...aria} rows={3} value={values.summary} onChange={(e) => set("summary", e.target.value)} required maxLength={600} />}
      </Field>
      <Field id="event-description" label={t("events.form.description")} hint={t("events.form.markdownHint")} errors={errors("description")}>
        {(aria) => <Textarea {...aria} rows={8} value={values.description} onChange={(e) => set("description", e.target.value)} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="event-mode" label={t("events.form.mode")} errors={errors("mode")}>
          {(aria) => (
            <Select {...aria} value={values.mode} onChange={(e) => set("mode", e.target.value as EventFormValues["mode"])}>
              {eventModes.map((m) => (
                <option key={m} value={m}>
                  {t(`events.mode.${m}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="event-capacity" label={t("events.form.capacity")} hint={t("events.form.capacityHint")} errors={errors("capacity")}>
          {(aria) => <Input {...aria} type="number" min={1} inputMode="numeric" value={values.capacity} onChange={(e) => set("capacity", e.target.value)} />}
        </Field>
        <Field id="event-language" label={t("events.form.language")} errors={errors("language")}>
          {(aria) => (
            <Select {...aria} value={values.language} onChange={(e) => set("language", e.target.value as EventFormValues["language"])}>
              {contentLanguages.map((l) => (
                <option key={l} value={l}>
                  {t(`knowledge.language.${l}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      {values.mode !== "ONLINE" ? (
        <Field id="event-location" label={t("events.form.location")} errors={errors("location")}>
          {(aria) => <Input {...aria} value={values.location} onChange={(e) => set("location", e.target.value)} maxLength={300} />}
        </Field>
      ) : null}
      {values.mode !== "IN_PERSON" ? (
        <Field id="event-online-url" label={t("events.form.onlineUrl")} errors={errors("onlineUrl")}>
          {(aria) => <Input {...aria} type="url" value={values.onlineUrl} onChange={(e) => set("onlineUrl", e.target.value)} placeholder="https://" />}
        </Field>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="event-starts" label={t("events.form.startsAt")} errors={errors("startsAt")}>
          {(aria) => <Input {...aria} type="datetime-local" value={values.startsAt} onChange={(e) => set("startsAt", e.target.value)} required />}
        </Field>
        <Field id="event-ends" label={t("events.form.endsAt")} errors={errors("endsAt")}>
          {(aria) => <Input {...aria} type="datetime-local" value={values.endsAt} onChange={(e) => set("endsAt", e.target.value)} required />}
        </Field>
        <div>
          <TimeZoneField
            id="event-zone"
            label={t("events.form.timeZone")}
            hint={t("events.form.timeZoneHint")}
            zones={props.timeZones}
            value={values.timeZone}
            onChange={(zone) => set("timeZone", zone)}
            errors={errors("timeZone")}
          />
        </div>
      </div>
      <Field id="event-source" label={t("events.form.sourceUrl")} hint={t("events.form.sourceUrlHint")} errors={errors("sourceUrl")}>
        {(aria) => <Input {...aria} type="url" value={values.sourceUrl} onChange={(e) => set("sourceUrl", e.target.value)} placeholder="https://" />}
      </Field>
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {props.mode === "create" ? t("events.form.create") : t("events.form.save")}
        </Button>
      </div>
    </form>
  );
}
