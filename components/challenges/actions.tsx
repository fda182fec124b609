"use client";
import { ErrorText, fieldErrors, useAction } from "@/components/common/action";
import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { useMutation, useQuery, useTRPC } from "@/lib/trpc/client";
import { challengeStatuses } from "@/server/challenges/input";

// The forms of a challenge page. Each runs one mutation, shows its error in words, and refreshes
// the server-rendered page when it succeeds.



type City = { id: string; name: string; supports: boolean };

/** Officers of other cities support on behalf of one of their cities, or withdraw its support. */
export function SupportPanel(props: { challengeId: string; cities: City[] }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const support = useMutation(trpc.challenges.support.mutationOptions());
  const withdraw = useMutation(trpc.challenges.withdrawSupport.mutationOptions());
  const { error, busy, run } = useAction();
  const [cityId, setCityId] = useState(props.cities[0]?.id ?? "");
  const [note, setNote] = useState("");
  const city = props.cities.find((c) => c.id === cityId) ?? props.cities[0];
  if (!city) return null;
  return (
    <div className="space-y-3" data-testid="support-panel">
      <p className="text-sm text-slate-700">{t("challenges.support.explain")}</p>
      {props.cities.length > 1 ? (
        <Field id="support-city" label={t("challenges.support.city")}>
          {(aria) => (
            <Select {...aria} value={cityId} onChange={(e) => setCityId(e.target.value)}>
              {props.cities.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ) : null}
      {city.supports ? (
        <>
          <Alert tone="success">{t("challenges.support.supported", { city: city.name })}</Alert>
          <Button variant="ghost" size="sm" disabled={busy} onClick={() => run(() => withdraw.mutateAsync({ challengeId: props.challengeId, cityId: city.id }))}>
            {t("challenges.support.withdraw", { city: city.name })}
          </Button>
        </>
      ) : (
        <>
          <Field id="support-note" label={t("challenges.support.note")} hint={t("challenges.support.noteHint")}>
            {(aria) => <Textarea {...aria} rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />}
          </Field>
          <Button disabled={busy} onClick={() => run(() => support.mutateAsync({ challengeId: props.challengeId, cityId: city.id, note }))}>
            {t("challenges.support.submit", { city: city.name })}
          </Button>
        </>
      )}
      <ErrorText error={error} />
    </div>
  );
}

/** A partner member offers help; the disclosure of interest is required and shown with the offer. */
export function OfferForm(props: { challengeId: string; partners: { id: string; name: string }[] }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const offer = useMutation(trpc.challenges.offerHelp.mutationOptions());
  const { error, busy, run } = useAction();
  const [partnerId, setPartnerId] = useState(props.partners[0]?.id ?? "");
  const [message, setMessage] = useState("");
  const [disclosure, setDisclosure] = useState("");
  const [sent, setSent] = useState(false);
  const errs = (name: string) => fieldErrors(error, name, t);
  return (
    <form
      className="space-y-3"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setSent(false);
        if (await run(() => offer.mutateAsync({ challengeId: props.challengeId, partnerId, message, disclosure }))) {
          setSent(true);
          setMessage("");
          setDisclosure("");
        }
      }}
    >
      {props.partners.length > 1 ? (
        <Field id="offer-partner" label={t("challenges.offer.partner")} errors={errs("partnerId")}>
          {(aria) => (
            <Select {...aria} value={partnerId} onChange={(e) => setPartnerId(e.target.value)}>
              {props.partners.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ) : null}
      <Field id="offer-message" label={t("challenges.offer.message")} hint={t("challenges.offer.messageHint")} errors={errs("message")}>
        {(aria) => <Textarea {...aria} rows={3} maxLength={2000} value={message} onChange={(e) => setMessage(e.target.value)} />}
      </Field>
      <Field id="offer-disclosure" label={t("challenges.offer.disclosure")} hint={t("challenges.offer.disclosureHint")} errors={errs("disclosure")}>
        {(aria) => <Textarea {...aria} rows={2} maxLength={500} required value={disclosure} onChange={(e) => setDisclosure(e.target.value)} />}
      </Field>
      <Button type="submit" disabled={busy}>
        {t("challenges.offer.submit")}
      </Button>
      {sent ? <Alert tone="success">{t("challenges.offer.sent")}</Alert> : null}
      {error && !Object.keys(error.fieldErrors).length ? <ErrorText error={error} /> : null}
    </form>
  );
}

type Network = { id: string; label: string; initiatives: { id: string; title: string }[] };
type Kind = "INITIATIVE" | "PRACTICE" | "COMMITMENT";

function PracticePicker(props: { value: string; onChange: (id: string) => void; errors?: string[] }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [q, setQ] = useState("");
  const [debounced, setDebounced] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(q), 300);
    return () => clearTimeout(timer);
  }, [q]);
  const choices = useQuery(trpc.challenges.practiceChoices.queryOptions({ q: debounced }));
  const options = choices.data ?? [];
  return (
    <div className="space-y-2">
      <Field id="respond-practice-search" label={t("challenges.respond.practiceSearch")} hint={t("challenges.respond.practiceSearchHint")}>
        {(aria) => <Input {...aria} type="search" value={q} onChange={(e) => setQ(e.target.value)} />}
      </Field>
      <Field id="respond-practice" label={t("challenges.respond.practice")} errors={props.errors}>
        {(aria) => (
          <Select {...aria} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
            <option value="">{options.length ? t("challenges.respond.choosePractice") : t("challenges.respond.noPractices")}</option>
            {options.map((p) => (
              <option key={p.id} value={p.id}>
                {p.cities.length ? `${p.title} (${p.cities.join(", ")})` : p.title}
              </option>
            ))}
          </Select>
        )}
      </Field>
    </div>
  );
}

/** Network staff respond: one of their network's published initiatives, a practice, or a commitment. */
export function RespondForm(props: { challengeId: string; networks: Network[] }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const respond = useMutation(trpc.challenges.respond.mutationOptions());
  const { error, busy, run } = useAction();
  const [networkId, setNetworkId] = useState(props.networks[0]?.id ?? "");
  const network = props.networks.find((n) => n.id === networkId) ?? props.networks[0];
  const [kind, setKind] = useState<Kind>(network?.initiatives.length ? "INITIATIVE" : "COMMITMENT");
  const [initiativeId, setInitiativeId] = useState("");
  const [practiceId, setPracticeId] = useState("");
  const [commitment, setCommitment] = useState("");
  const [sent, setSent] = useState(false);
  const errs = (name: string) => fieldErrors(error, name, t);
  if (!network) return null;
  const payload = () => {
    const base = { challengeId: props.challengeId, networkId: network.id };
    if (kind === "INITIATIVE") return { ...base, kind, initiativeId };
    if (kind === "PRACTICE") return { ...base, kind, practiceId };
    return { ...base, kind, commitment };
  };
  return (
    <form
      className="space-y-3"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setSent(false);
        if (await run(() => respond.mutateAsync(payload()))) {
          setSent(true);
          setCommitment("");
        }
      }}
    >
      {props.networks.length > 1 ? (
        <Field id="respond-network" label={t("challenges.respond.network")}>
          {(aria) => (
            <Select {...aria} value={network.id} onChange={(e) => { setNetworkId(e.target.value); setInitiativeId(""); }}>
              {props.networks.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ) : null}
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">{t("challenges.respond.kind")}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {(["INITIATIVE", "PRACTICE", "COMMITMENT"] as const).map((k) => (
            <label key={k} className="flex items-center gap-2 text-sm text-slate-800">
              <input type="radio" name="respond-kind" checked={kind === k} onChange={() => setKind(k)} className="size-4 accent-teal-700" />
              {t(`challenges.detail.kind.${k}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {kind === "INITIATIVE" ? (
        network.initiatives.length ? (
          <Field id="respond-initiative" label={t("challenges.respond.initiative")} errors={errs("initiativeId")}>
            {(aria) => (
              <Select {...aria} value={initiativeId} onChange={(e) => setInitiativeId(e.target.value)}>
                <option value="">{t("challenges.respond.chooseInitiative")}</option>
                {network.initiatives.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.title}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        ) : (
          <p className="text-sm text-slate-600">{t("challenges.respond.noInitiatives")}</p>
        )
      ) : null}
      {kind === "PRACTICE" ? <PracticePicker value={practiceId} onChange={setPracticeId} errors={errs("practiceId")} /> : null}
      {kind === "COMMITMENT" ? (
        <Field id="respond-commitment" label={t("challenges.respond.commitment")} hint={t("challenges.respond.commitmentHint")} errors={errs("commitment")}>
          {(aria) => <Textarea {...aria} rows={3} maxLength={2000} value={commitment} onChange={(e) => setCommitment(e.target.value)} />}
        </Field>
      ) : null}
      <Button type="submit" disabled={busy}>
        {t("challenges.respond.submit")}
      </Button>
      {sent ? <Alert tone="success">{t("challenges.respond.sent")}</Alert> : null}
      {error && !Object.keys(error.fieldErrors).length ? <ErrorText error={error} /> : null}
    </form>
  );
}

/** The posting city's officers (and moderators) move the challenge between open, addressed and closed. */
export function StatusActions(props: { challengeId: string; version: number; status: (typeof challengeStatuses)[number] }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const setStatus = useMutation(trpc.challenges.setStatus.mutationOptions());
  const { error, busy, run } = useAction();
  return (
    <div className="flex flex-wrap items-center gap-2">
      {challengeStatuses
        .filter((s) => s !== props.status)
        .map((s) => (
          <Button key={s} size="sm" variant="secondary" disabled={busy} onClick={() => run(() => setStatus.mutateAsync({ challengeId: props.challengeId, version: props.version, status: s }))}>
            {t(`challenges.statusAction.${s}`)}
          </Button>
        ))}
      <ErrorText error={error} />
    </div>
  );
}
