"use client";
import { useState, useSyncExternalStore } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { useMutation, useTRPC } from "@/lib/trpc/client";
import { exchangeFormats, type ExchangeFormatValue } from "@/server/exchange/input";
import { noSubscription } from "./local-time";
import { useAction } from "./use-action";
import { TimeZoneField } from "@/components/common/time-zone-field";

// Forms and buttons of a request page. Each runs one mutation and refreshes the page on success.

type NetworkChoice = { id: string; label: string };

function NetworkPicker(props: { id: string; networks: NetworkChoice[]; value: string; onChange: (id: string) => void; label: string; errors: string[] }) {
  const { t } = useI18n();
  if (props.networks.length === 1) return <p className="text-sm text-slate-700">{t("exchange.form.actingFor", { network: props.networks[0]!.label })}</p>;
  return (
    <Field id={props.id} label={props.label} errors={props.errors}>
      {(aria) => (
        <Select {...aria} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
          {props.networks.map((n) => (
            <option key={n.id} value={n.id}>
              {n.label}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}

export function OfferForm(props: { requestId: string; networks: NetworkChoice[] }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const offer = useMutation(trpc.exchange.offer.mutationOptions());
  const { busy, run, errorsOf, generalError } = useAction();
  const [networkId, setNetworkId] = useState(props.networks[0]?.id ?? "");
  const [message, setMessage] = useState("");
  const general = generalError(["networkId", "message"]);
  return (
    <form
      aria-labelledby="offer-form-heading"
      className="space-y-3 rounded-lg border border-teal-200 bg-teal-50/40 p-4"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await run(() => offer.mutateAsync({ requestId: props.requestId, networkId, message }))) setMessage("");
      }}
    >
      <h3 id="offer-form-heading" className="font-semibold text-slate-900">
        {t("exchange.offers.formTitle")}
      </h3>
      <NetworkPicker id="offer-network" networks={props.networks} value={networkId} onChange={setNetworkId} label={t("exchange.form.network")} errors={errorsOf("networkId")} />
      <Field id="offer-message" label={t("exchange.offers.message")} hint={t("exchange.offers.messageHint")} errors={errorsOf("message")}>
        {(aria) => <Textarea {...aria} value={message} onChange={(e) => setMessage(e.target.value)} rows={4} maxLength={2000} required />}
      </Field>
      {general ? <Alert tone="error">{general}</Alert> : null}
      <Button type="submit" disabled={busy}>
        {t("exchange.offers.send")}
      </Button>
    </form>
  );
}

export function OfferAnswer(props: { offerId: string; network: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const answer = useMutation(trpc.exchange.answerOffer.mutationOptions());
  const { busy, run, generalError } = useAction();
  const general = generalError([]);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button size="sm" disabled={busy} onClick={() => run(() => answer.mutateAsync({ offerId: props.offerId, accept: true }))} aria-label={t("exchange.offers.acceptFrom", { network: props.network })}>
        {t("exchange.offers.accept")}
      </Button>
      <Button size="sm" variant="secondary" disabled={busy} onClick={() => run(() => answer.mutateAsync({ offerId: props.offerId, accept: false }))} aria-label={t("exchange.offers.declineFrom", { network: props.network })}>
        {t("exchange.offers.decline")}
      </Button>
      {general ? <Alert tone="error">{general}</Alert> : null}
    </div>
  );
}

export function CloseRequest(props: { requestId: string; version: number }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const close = useMutation(trpc.exchange.close.mutationOptions());
  const { busy, run, generalError } = useAction();
  const [confirming, setConfirming] = useState(false);
  const general = generalError([]);
  if (!confirming) {
    return (
      <Button variant="secondary" size="sm" onClick={() => setConfirming(true)}>
        {t("exchange.detail.close")}
      </Button>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t("exchange.detail.close")}>
      <span className="text-sm text-slate-700">{t("exchange.detail.closeConfirm")}</span>
      <Button variant="danger" size="sm" disabled={busy} onClick={() => run(() => close.mutateAsync({ requestId: props.requestId, version: props.version }))}>
        {t("exchange.detail.closeYes")}
      </Button>
      <Button variant="ghost" size="sm" onClick={() => setConfirming(false)}>
        {t("exchange.detail.cancel")}
      </Button>
      {general ? <Alert tone="error">{general}</Alert> : null}
    </div>
  );
}

const SESSION_FIELDS = ["date", "time", "timeZone", "durationMinutes", "format", "notes", "participantIds"] as const;

export function ScheduleForm(props: {
  requestId: string;
  version: number;
  defaultFormat: ExchangeFormatValue;
  defaultDate: string;
  timeZones: readonly string[];
  sides: { networkId: string; label: string; staff: { userId: string; name: string }[] }[];
  /** Folded behind a button once a session exists, so the sessions stay in view. */
  folded: boolean;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const schedule = useMutation(trpc.exchange.schedule.mutationOptions());
  const { busy, run, errorsOf, generalError } = useAction();
  const [date, setDate] = useState(props.defaultDate);
  const [time, setTime] = useState("14:00");
  // The browser's zone is the default, known only after hydration (the server renders UTC).
  const browserZone = useSyncExternalStore(noSubscription, () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC", () => "UTC");
  const [chosenZone, setTimeZone] = useState<string | null>(null);
  const timeZone = chosenZone ?? browserZone;
  const [open, setOpen] = useState(!props.folded);
  const [duration, setDuration] = useState("60");
  const [format, setFormat] = useState<ExchangeFormatValue>(props.defaultFormat);
  const [notes, setNotes] = useState("");
  const [participants, setParticipants] = useState<string[]>([]);
  const general = generalError(SESSION_FIELDS);
  const toggle = (userId: string, on: boolean) => setParticipants((list) => (on ? [...list, userId] : list.filter((id) => id !== userId)));
  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t("exchange.sessions.another")}
      </Button>
    );
  }
  return (
    <form
      aria-labelledby="schedule-form-heading"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      onSubmit={async (e) => {
        e.preventDefault();
        if (
          await run(() =>
            schedule.mutateAsync({ requestId: props.requestId, version: props.version, date, time, timeZone, durationMinutes: Number(duration), format, notes, participantIds: participants }),
          )
        ) {
          setParticipants([]);
          setOpen(false);
          setNotes("");
        }
      }}
    >
      <h3 id="schedule-form-heading" className="font-semibold text-slate-900">
        {t("exchange.sessions.formTitle")}
      </h3>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="session-date" label={t("exchange.sessions.date")} errors={errorsOf("date")}>
          {(aria) => <Input {...aria} type="date" value={date} onChange={(e) => setDate(e.target.value)} required />}
        </Field>
        <Field id="session-time" label={t("exchange.sessions.time")} errors={errorsOf("time")}>
          {(aria) => <Input {...aria} type="time" value={time} onChange={(e) => setTime(e.target.value)} required />}
        </Field>
        <div>
          <TimeZoneField
            id="session-zone"
            label={t("exchange.sessions.timeZone")}
            hint={t("exchange.sessions.timeZoneHint")}
            zones={props.timeZones}
            value={timeZone}
            onChange={setTimeZone}
            errors={errorsOf("timeZone")}
          />
        </div>
        <Field id="session-duration" label={t("exchange.sessions.duration")} errors={errorsOf("durationMinutes")}>
          {(aria) => (
            <Select {...aria} value={duration} onChange={(e) => setDuration(e.target.value)}>
              {[30, 45, 60, 90, 120, 180, 240, 480].map((minutes) => (
                <option key={minutes} value={minutes}>
                  {t("exchange.sessions.minutes", { minutes })}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="session-format" label={t("exchange.form.format")} errors={errorsOf("format")}>
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
      <fieldset className="space-y-2" aria-describedby={errorsOf("participantIds").length ? "session-participants-error" : "session-participants-hint"}>
        <legend className="text-sm font-medium text-slate-800">{t("exchange.sessions.participants")}</legend>
        <p id="session-participants-hint" className="text-xs text-slate-600">
          {t("exchange.sessions.participantsHint")}
        </p>
        <div className="grid gap-3 sm:grid-cols-2">
          {props.sides.map((side) => (
            <div key={side.networkId} className="rounded-md border border-slate-200 p-3">
              <p className="mb-2 text-sm font-semibold text-slate-900">{side.label}</p>
              {side.staff.length ? (
                <ul className="space-y-1">
                  {side.staff.map((person) => {
                    const id = `participant-${side.networkId}-${person.userId}`;
                    return (
                      <li key={person.userId} className="flex items-center gap-2 text-sm">
                        <input
                          id={id}
                          type="checkbox"
                          className="size-4 accent-teal-700"
                          checked={participants.includes(person.userId)}
                          onChange={(e) => toggle(person.userId, e.target.checked)}
                        />
                        <label htmlFor={id}>{person.name}</label>
                      </li>
                    );
                  })}
                </ul>
              ) : (
                <p className="text-sm text-slate-600">{t("exchange.sessions.noStaff")}</p>
              )}
            </div>
          ))}
        </div>
        {errorsOf("participantIds").length ? (
          <p id="session-participants-error" role="alert" className="text-sm text-red-700">
            {errorsOf("participantIds").join(" ")}
          </p>
        ) : null}
      </fieldset>
      <Field id="session-notes" label={t("exchange.sessions.notes")} hint={t("exchange.sessions.notesHint")} errors={errorsOf("notes")}>
        {(aria) => <Textarea {...aria} value={notes} onChange={(e) => setNotes(e.target.value)} rows={2} maxLength={2000} />}
      </Field>
      {general ? <Alert tone="error">{general}</Alert> : null}
      <Button type="submit" disabled={busy}>
        {t("exchange.sessions.schedule")}
      </Button>
    </form>
  );
}

export function LearningForm(props: { requestId: string; networks: NetworkChoice[]; sessions: { id: string; label: string }[] }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const record = useMutation(trpc.exchange.recordLearning.mutationOptions());
  const { busy, run, errorsOf, generalError } = useAction();
  const [networkId, setNetworkId] = useState(props.networks[0]?.id ?? "");
  const [sessionId, setSessionId] = useState(props.sessions[props.sessions.length - 1]?.id ?? "");
  const [title, setTitle] = useState("");
  const [body, setBody] = useState("");
  const [internal, setInternal] = useState(false);
  const general = generalError(["networkId", "sessionId", "title", "body"]);
  return (
    <form
      aria-labelledby="learning-form-heading"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await run(() => record.mutateAsync({ requestId: props.requestId, networkId, sessionId: sessionId || null, title, body, internal }))) {
          setTitle("");
          setBody("");
          setInternal(false);
        }
      }}
    >
      <h3 id="learning-form-heading" className="font-semibold text-slate-900">
        {t("exchange.learnings.formTitle")}
      </h3>
      <div className="grid gap-4 sm:grid-cols-2">
        <NetworkPicker id="learning-network" networks={props.networks} value={networkId} onChange={setNetworkId} label={t("exchange.learnings.network")} errors={errorsOf("networkId")} />
        {props.sessions.length > 1 ? (
          <Field id="learning-session" label={t("exchange.learnings.session")} errors={errorsOf("sessionId")}>
            {(aria) => (
              <Select {...aria} value={sessionId} onChange={(e) => setSessionId(e.target.value)}>
                {props.sessions.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        ) : null}
      </div>
      <Field id="learning-title" label={t("exchange.learnings.titleLabel")} errors={errorsOf("title")}>
        {(aria) => <Input {...aria} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} required />}
      </Field>
      <Field id="learning-body" label={t("exchange.learnings.body")} hint={t("exchange.learnings.bodyHint")} errors={errorsOf("body")}>
        {(aria) => <Textarea {...aria} value={body} onChange={(e) => setBody(e.target.value)} rows={6} maxLength={20000} required />}
      </Field>
      <div className="flex items-start gap-2">
        <input id="learning-internal" type="checkbox" className="mt-0.5 size-4 accent-teal-700" checked={internal} onChange={(e) => setInternal(e.target.checked)} aria-describedby="learning-internal-hint" />
        <div>
          <label htmlFor="learning-internal" className="text-sm font-medium text-slate-800">
            {t("exchange.learnings.internal")}
          </label>
          <p id="learning-internal-hint" className="text-xs text-slate-600">
            {t("exchange.learnings.internalHint")}
          </p>
        </div>
      </div>
      {general ? <Alert tone="error">{general}</Alert> : null}
      <Button type="submit" disabled={busy}>
        {t("exchange.learnings.save")}
      </Button>
    </form>
  );
}

export function StandingOfferForm(props: { networks: NetworkChoice[]; topics: { value: string; label: string }[] }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const post = useMutation(trpc.exchange.postStandingOffer.mutationOptions());
  const { busy, run, errorsOf, generalError } = useAction();
  const [networkId, setNetworkId] = useState(props.networks[0]?.id ?? "");
  const [topic, setTopic] = useState(props.topics[0]?.value ?? "OTHER");
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [formats, setFormats] = useState<ExchangeFormatValue[]>(["CALL"]);
  const [saved, setSaved] = useState(false);
  const general = generalError(["networkId", "topic", "title", "description", "formats"]);
  return (
    <form
      className="max-w-3xl space-y-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
      onSubmit={async (e) => {
        e.preventDefault();
        setSaved(false);
        if (await run(() => post.mutateAsync({ networkId, topic: topic as "OTHER", title, description, formats }))) {
          setSaved(true);
          setTitle("");
          setDescription("");
        }
      }}
    >
      <NetworkPicker id="standing-network" networks={props.networks} value={networkId} onChange={setNetworkId} label={t("exchange.form.network")} errors={errorsOf("networkId")} />
      <Field id="standing-topic" label={t("exchange.form.topic")} errors={errorsOf("topic")}>
        {(aria) => (
          <Select {...aria} value={topic} onChange={(e) => setTopic(e.target.value)}>
            {props.topics.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="standing-title" label={t("exchange.standing.titleLabel")} hint={t("exchange.standing.titleHint")} errors={errorsOf("title")}>
        {(aria) => <Input {...aria} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} required />}
      </Field>
      <Field id="standing-description" label={t("exchange.form.description")} errors={errorsOf("description")}>
        {(aria) => <Textarea {...aria} value={description} onChange={(e) => setDescription(e.target.value)} rows={4} maxLength={2000} required />}
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("exchange.standing.formats")}</legend>
        <div className="flex flex-wrap gap-4">
          {exchangeFormats.map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="size-4 accent-teal-700"
                checked={formats.includes(value)}
                onChange={(e) => setFormats((list) => (e.target.checked ? [...list, value] : list.filter((f) => f !== value)))}
              />
              {t(`exchange.formats.${value}`)}
            </label>
          ))}
        </div>
        {errorsOf("formats").length ? (
          <p role="alert" className="text-sm text-red-700">
            {errorsOf("formats").join(" ")}
          </p>
        ) : null}
      </fieldset>
      {general ? <Alert tone="error">{general}</Alert> : null}
      {saved ? <Alert tone="success">{t("exchange.standing.saved")}</Alert> : null}
      <Button type="submit" disabled={busy}>
        {t("exchange.standing.post")}
      </Button>
    </form>
  );
}

export function StandingOfferToggle(props: { standingOfferId: string; active: boolean }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const toggle = useMutation(trpc.exchange.setStandingOfferActive.mutationOptions());
  const { busy, run, generalError } = useAction();
  const general = generalError([]);
  return (
    <>
      <Button size="sm" variant="ghost" disabled={busy} onClick={() => run(() => toggle.mutateAsync({ standingOfferId: props.standingOfferId, active: !props.active }))}>
        {props.active ? t("exchange.standing.withdraw") : t("exchange.standing.reactivate")}
      </Button>
      {general ? <Alert tone="error" className="w-full">{general}</Alert> : null}
    </>
  );
}
