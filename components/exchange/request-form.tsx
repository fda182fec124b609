"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { useTRPC } from "@/lib/trpc/client";
import { exchangeFormats, exchangeTopics, type ExchangeFormatValue, type ExchangeTopicValue } from "@/server/exchange/input";
import { useAction } from "./use-action";

const FIELDS = ["networkId", "topic", "format", "title", "description", "windowStart", "windowEnd"] as const;

/** Asking other secretariats for an exchange: what about, how, and when. */
export function RequestForm(props: { networks: { id: string; label: string }[]; today: string; inThreeMonths: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.exchange.create.mutationOptions());
  const { busy, run, errorsOf, generalError } = useAction();
  const [networkId, setNetworkId] = useState(props.networks[0]?.id ?? "");
  const [topic, setTopic] = useState<ExchangeTopicValue>("GOVERNANCE");
  const [format, setFormat] = useState<ExchangeFormatValue>("CALL");
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [windowStart, setWindowStart] = useState(props.today);
  const [windowEnd, setWindowEnd] = useState(props.inThreeMonths);
  const general = generalError(FIELDS);

  return (
    <form
      className="max-w-3xl space-y-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
      onSubmit={async (e) => {
        e.preventDefault();
        let slug = "";
        const ok = await run(async () => {
          slug = (await create.mutateAsync({ networkId, topic, format, title, description, windowStart, windowEnd })).slug;
        });
        if (ok) router.push(`/exchange/${slug}`);
      }}
    >
      {props.networks.length > 1 ? (
        <Field id="request-network" label={t("exchange.form.network")} errors={errorsOf("networkId")}>
          {(aria) => (
            <Select {...aria} value={networkId} onChange={(e) => setNetworkId(e.target.value)}>
              {props.networks.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ) : (
        <p className="text-sm text-slate-700">{t("exchange.form.askingFor", { network: props.networks[0]?.label ?? "" })}</p>
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
      {general ? <Alert tone="error">{general}</Alert> : null}
      <Button type="submit" disabled={busy}>
        {busy ? t("exchange.form.posting") : t("exchange.form.post")}
      </Button>
    </form>
  );
}
