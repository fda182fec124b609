"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { useMutation, useTRPC } from "@/lib/trpc/client";
import { exchangeFormats, exchangeTopics, type ExchangeFormatValue, type ExchangeTopicValue } from "@/server/exchange/input";
import { useAction } from "./use-action";

const FIELDS = ["networkId", "topic", "format", "title", "description", "windowStart", "windowEnd"] as const;

type RequestValues = {
  topic: ExchangeTopicValue;
  format: ExchangeFormatValue;
  title: string;
  description: string;
  windowStart: string;
  windowEnd: string;
};

type Props =
  | { mode: "create"; networks: { id: string; label: string }[]; today: string; inThreeMonths: string }
  | { mode: "edit"; requestId: string; version: number; slug: string; network: string; initial: RequestValues };

/** Asking other secretariats for an exchange (what about, how, and when), or changing the request later. */
export function RequestForm(props: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.exchange.create.mutationOptions());
  const update = useMutation(trpc.exchange.update.mutationOptions());
  const { busy, run, error, errorsOf, generalError } = useAction();
  const initial: RequestValues =
    props.mode === "edit"
      ? props.initial
      : { topic: "GOVERNANCE", format: "CALL", title: "", description: "", windowStart: props.today, windowEnd: props.inThreeMonths };
  const networks = props.mode === "create" ? props.networks : [];
  const [networkId, setNetworkId] = useState(networks[0]?.id ?? "");
  const [topic, setTopic] = useState(initial.topic);
  const [format, setFormat] = useState(initial.format);
  const [title, setTitle] = useState(initial.title);
  const [description, setDescription] = useState(initial.description);
  const [windowStart, setWindowStart] = useState(initial.windowStart);
  const [windowEnd, setWindowEnd] = useState(initial.windowEnd);
  const general = generalError(FIELDS);
  // Someone else saved since this page loaded: the edit is kept in the form, and reloading shows theirs.
  const stale = error?.message === "exchange.errors.staleEdit";

  return (
    <form
      className="max-w-3xl space-y-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
      onSubmit={async (e) => {
        e.preventDefault();
        const values = { topic, format, title, description, windowStart, windowEnd };
        let slug = "";
        const ok = await run(async () => {
          const saved =
            props.mode === "edit"
              ? await update.mutateAsync({ ...values, requestId: props.requestId, version: props.version })
              : await create.mutateAsync({ ...values, networkId });
          slug = saved.slug;
        });
        if (ok) router.push(`/exchange/${slug}`);
      }}
    >
      {props.mode === "edit" ? (
        <p className="text-sm text-slate-700">{t("exchange.form.actingFor", { network: props.network })}</p>
      ) : networks.length > 1 ? (
        <Field id="request-network" label={t("exchange.form.network")} errors={errorsOf("networkId")}>
          {(aria) => (
            <Select {...aria} value={networkId} onChange={(e) => setNetworkId(e.target.value)}>
              {networks.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ) : (
        <p className="text-sm text-slate-700">{t("exchange.form.askingFor", { network: networks[0]?.label ?? "" })}</p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="request-topic" label={t("exchange.form.topic")} errors={errorsOf("topic")}>
          {(aria) => (
            <Select {...aria} value={topic} onChange={(e) => setTopic(e.target.value as ExchangeTopicValue)}>
              {exchangeTopics.map((value) => (
                <option key={value} value={value}>
                  {t(`exchange.topics.${value}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="request-format" label={t("exchange.form.format")} errors={errorsOf("format")}>
          {(aria) => (
            <Select {...aria} value={format} onChange={(e) => setFormat(e.target.value as ExchangeFormatValue)}>
              {exchangeFormats.map((value) => (
                <option key={value} value={value}>
                  {t(`exchange.formats.${value}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <Field id="request-title" label={t("exchange.form.title")} hint={t("exchange.form.titleHint")} errors={errorsOf("title")}>
        {(aria) => <Input {...aria} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} required />}
      </Field>
      <Field id="request-description" label={t("exchange.form.description")} hint={t("exchange.form.descriptionHint")} errors={errorsOf("description")}>
        {(aria) => <Textarea {...aria} value={description} onChange={(e) => setDescription(e.target.value)} rows={6} maxLength={5000} required />}
      </Field>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-1 text-sm font-medium text-slate-800">{t("exchange.form.window")}</legend>
        <Field id="request-window-start" label={t("exchange.form.windowStart")} errors={errorsOf("windowStart")}>
          {(aria) => <Input {...aria} type="date" value={windowStart} onChange={(e) => setWindowStart(e.target.value)} required />}
        </Field>
        <Field id="request-window-end" label={t("exchange.form.windowEnd")} errors={errorsOf("windowEnd")}>
          {(aria) => <Input {...aria} type="date" value={windowEnd} onChange={(e) => setWindowEnd(e.target.value)} required />}
        </Field>
      </fieldset>
      {stale && props.mode === "edit" ? (
        <Alert tone="error" title={t("exchange.edit.conflictTitle")}>
          <p className="mt-1">{t("exchange.edit.conflict")}</p>
          <Button type="button" variant="secondary" size="sm" className="mt-2" onClick={() => window.location.reload()}>
            {t("exchange.edit.reload")}
          </Button>
        </Alert>
      ) : general ? (
        <Alert tone="error">{general}</Alert>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={busy}>
          {props.mode === "edit" ? (busy ? t("exchange.edit.saving") : t("exchange.edit.save")) : busy ? t("exchange.form.posting") : t("exchange.form.post")}
        </Button>
        {props.mode === "edit" ? (
          <ButtonLink href={`/exchange/${props.slug}`} variant="ghost">
            {t("exchange.edit.cancel")}
          </ButtonLink>
        ) : null}
      </div>
    </form>
  );
}
