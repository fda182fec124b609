"use client";
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useMutation, useQuery, useTRPC, type ClientError } from "@/lib/trpc/client";
import { mentionMarkdown } from "@/server/forum/mentions";
import { COMPOSER_EVENT, type ComposeDetail } from "./composer-event";
import { contentLanguages } from "@/server/networks/input";

export type SpeakerChoice = { kind: "NETWORK" | "CITY" | "PARTNER"; id: string; name: string };
type Language = (typeof contentLanguages)[number];

type Props = {
  speakers: SpeakerChoice[];
  draft: { title: string | null; body: string } | null;
  defaultLanguage: Language;
} & (
  | { mode: "reply"; threadId: string }
  | {
      mode: "thread";
      categories: { id: string; name: string; group: string }[];
      categoryId: string;
      attachment: { kind: string; id: string; title: string; label: string } | null;
    }
);

const DRAFT_DELAY_MS = 800;

// The preview's Markdown renderer (markdown-it, ~48 kB gzip) loads on the first click on Preview,
// not with every page a signed-in reader can reply on.
const Markdown = dynamic(() => import("@/components/common/markdown").then((module) => module.Markdown));

/** Writing a thread or a reply: Markdown with preview, speak-as, @mentions, drafts kept server-side. */
export function Composer(props: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const uid = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [title, setTitle] = useState(props.draft?.title ?? "");
  const [body, setBody] = useState(props.draft?.body ?? "");
  const [categoryId, setCategoryId] = useState(props.mode === "thread" ? props.categoryId : "");
  const [tags, setTags] = useState("");
  const [language, setLanguage] = useState<Language>(props.defaultLanguage);
  const [speaker, setSpeaker] = useState("INDIVIDUAL");
  const [disclosure, setDisclosure] = useState("");
  const [replyTo, setReplyTo] = useState<ComposeDetail["replyTo"] | null>(null);
  const [preview, setPreview] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const [draftState, setDraftState] = useState<"idle" | "saved" | "restored">(props.draft ? "restored" : "idle");
  const draftKey = props.mode === "reply" ? `reply:${props.threadId}` : `thread:${categoryId}`;

  const saveDraft = useMutation(trpc.forum.saveDraft.mutationOptions());
  const reply = useMutation(trpc.forum.reply.mutationOptions());
  const create = useMutation(trpc.forum.createThread.mutationOptions());
  const busy = reply.isPending || create.isPending;

  // Autosave: a pause in typing saves the draft, so leaving the page loses nothing.
  const lastSaved = useRef(JSON.stringify([props.draft?.title ?? "", props.draft?.body ?? ""]));
  const { mutate: saveDraftNow } = saveDraft;
  useEffect(() => {
    const snapshot = JSON.stringify([title, body]);
    if (snapshot === lastSaved.current) return;
    const timer = setTimeout(() => {
      lastSaved.current = snapshot;
      saveDraftNow({ key: draftKey, title: props.mode === "thread" ? title : undefined, body }, { onSuccess: () => setDraftState("saved") });
    }, DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [title, body, draftKey, props.mode, saveDraftNow]);

  useEffect(() => {
    function onCompose(event: Event) {
      const detail = (event as CustomEvent<ComposeDetail>).detail;
      setReplyTo(detail.replyTo);
      if (detail.quote !== undefined) {
        const quoted = detail.quote
          .split("\n")
          .map((line) => `> ${line}`)
          .join("\n");
        setBody((current) => `${current ? `${current.trimEnd()}\n\n` : ""}${quoted}\n\n`);
      }
      setPreview(false);
      requestAnimationFrame(() => {
        textarea.current?.focus();
        textarea.current?.scrollIntoView({ block: "center" });
      });
    }
    window.addEventListener(COMPOSER_EVENT, onCompose);
    return () => window.removeEventListener(COMPOSER_EVENT, onCompose);
  }, []);

  // @mention autocomplete: the word being typed right before the caret.
  const [mention, setMention] = useState<{ query: string; start: number } | null>(null);
  const [active, setActive] = useState(0);
  const candidates = useQuery({ ...trpc.forum.mentions.queryOptions({ q: mention?.query ?? "" }), enabled: !!mention && mention.query.length >= 1 });
  const options = mention && candidates.data
    ? [
        ...candidates.data.people.map((p) => ({ key: `u:${p.id}`, label: p.name, hint: p.affiliation ?? t("forum.composer.person"), insert: `@[${p.name}](user:${p.id}) ` })),
        ...candidates.data.networks.map((n) => ({ key: `n:${n.id}`, label: `@${n.handle}`, hint: `${n.name} · ${t("forum.composer.networkStaff")}`, insert: `@${n.handle} ` })),
      ]
    : [];

  function trackMention(value: string, caret: number) {
    const match = /(^|\s)@([^\s@[\]()]{1,30})$/.exec(value.slice(0, caret));
    setMention(match ? { query: match[2]!, start: caret - match[2]!.length - 1 } : null);
    setActive(0);
  }

  function choose(index: number) {
    const option = options[index];
    const el = textarea.current;
    if (!option || !mention || !el) return;
    const caret = el.selectionStart;
    const next = `${body.slice(0, mention.start)}${option.insert}${body.slice(caret)}`;
    setBody(next);
    setMention(null);
    const position = mention.start + option.insert.length;
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(position, position);
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!options.length) return;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setActive((i) => (i + 1) % options.length);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => (i - 1 + options.length) % options.length);
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      choose(active);
    } else if (event.key === "Escape") {
      setMention(null);
    }
  }

  const [speakerKind, speakerId] = speaker === "INDIVIDUAL" ? (["INDIVIDUAL"] as const) : (speaker.split(":") as ["NETWORK" | "CITY" | "PARTNER", string]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const speakerFields = { speakerKind, speakerId, disclosure: speakerKind === "PARTNER" ? disclosure : undefined };
    try {
      if (props.mode === "reply") {
        const result = await reply.mutateAsync({ threadId: props.threadId, body, replyToId: replyTo?.id ?? null, ...speakerFields });
        lastSaved.current = JSON.stringify(["", ""]);
        setBody("");
        setReplyTo(null);
        setDraftState("idle");
        // Land a few posts before the new one, so it reads in its context.
        router.push(`/forum/threads/${props.threadId}?post=${Math.max(1, result.number - 4)}#post-${result.number}`);
        router.refresh();
      } else {
        const result = await create.mutateAsync({
          categoryId,
          title,
          body,
          language,
          tags: tags.split(",").map((s) => s.trim()).filter(Boolean),
          attachment: props.attachment ? { kind: props.attachment.kind as "initiative", id: props.attachment.id } : null,
          ...speakerFields,
        });
        lastSaved.current = JSON.stringify(["", ""]);
        router.push(`/forum/threads/${result.threadId}`);
      }
    } catch (e) {
      setError(readClientError(e));
    }
  }

  const fieldErrors = (name: string) => (error?.fieldErrors[name] ?? []).map((key) => t(key));
  const generalError = error && !Object.keys(error.fieldErrors).length ? t(error.message, error.params) : null;
  const bodyId = `${uid}-body`;
  const listboxId = `${uid}-mentions`;
  const groups = props.mode === "thread" ? [...new Set(props.categories.map((c) => c.group))] : [];

  return (
    <form onSubmit={submit} className="space-y-4" noValidate aria-label={props.mode === "reply" ? t("forum.composer.replyForm") : t("forum.composer.threadForm")}>
      {props.mode === "thread" ? (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id={`${uid}-category`} label={t("forum.composer.category")} errors={fieldErrors("categoryId")}>
              {(aria) => (
                <Select {...aria} value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
                  {groups.map((group) => (
                    <optgroup key={group} label={group}>
                      {props.categories.filter((c) => c.group === group).map((c) => (
                        <option key={c.id} value={c.id}>
                          {c.name}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </Select>
              )}
            </Field>
            <Field id={`${uid}-language`} label={t("forum.composer.language")}>
              {(aria) => (
                <Select {...aria} value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
                  {contentLanguages.map((l) => (
                    <option key={l} value={l}>
                      {t(`knowledge.language.${l}`)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          </div>
          {props.attachment ? (
            <p className="rounded-md border border-teal-200 bg-teal-50 px-3 py-2 text-sm text-teal-900">
              {t("forum.composer.attachedTo", { kind: props.attachment.label, title: props.attachment.title })}
            </p>
          ) : null}
          {fieldErrors("attachment").length ? <Alert tone="error">{fieldErrors("attachment").join(" ")}</Alert> : null}
          <Field id={`${uid}-title`} label={t("forum.composer.title")} errors={fieldErrors("title")}>
            {(aria) => <Input {...aria} value={title} maxLength={160} onChange={(e) => setTitle(e.target.value)} autoComplete="off" />}
          </Field>
        </>
      ) : null}

      {props.mode === "reply" && replyTo ? (
        <p className="flex items-center gap-2 text-sm text-slate-700">
          {t("forum.composer.replyingTo", { number: replyTo.number, name: replyTo.author })}
          <Button size="sm" variant="ghost" onClick={() => setReplyTo(null)}>
            {t("forum.composer.cancelReplyTo")}
          </Button>
        </p>
      ) : null}

      <div className="space-y-1">
        <div className="flex items-center justify-between gap-2">
          <label htmlFor={bodyId} className="block text-sm font-medium text-slate-800">
            {props.mode === "reply" ? t("forum.composer.yourReply") : t("forum.composer.message")}
          </label>
          <div role="tablist" aria-label={t("forum.composer.mode")} className="flex gap-1 text-xs">
            <button type="button" role="tab" aria-selected={!preview} onClick={() => setPreview(false)} className={`rounded px-2 py-1 ${!preview ? "bg-slate-200 font-semibold" : "text-slate-600 hover:bg-slate-100"}`}>
              {t("forum.composer.write")}
            </button>
            <button type="button" role="tab" aria-selected={preview} onClick={() => setPreview(true)} className={`rounded px-2 py-1 ${preview ? "bg-slate-200 font-semibold" : "text-slate-600 hover:bg-slate-100"}`}>
              {t("forum.composer.preview")}
            </button>
          </div>
        </div>
        <div className="relative">
          <Textarea
            ref={textarea}
            id={bodyId}
            value={body}
            rows={props.mode === "reply" ? 5 : 10}
            className={preview ? "sr-only" : undefined}
            aria-invalid={fieldErrors("body").length > 0}
            aria-describedby={`${bodyId}-hint${fieldErrors("body").length ? ` ${bodyId}-error` : ""}`}
            aria-autocomplete="list"
            aria-controls={options.length ? listboxId : undefined}
            aria-activedescendant={options.length ? `${listboxId}-${active}` : undefined}
            onChange={(e) => {
              setBody(e.target.value);
              trackMention(e.target.value, e.target.selectionStart);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setTimeout(() => setMention(null), 150)}
          />
          {preview ? (
            <div className="min-h-24 rounded-md border border-slate-200 bg-slate-50 px-3 py-2">
              {body.trim() ? <Markdown source={mentionMarkdown(body, [])} /> : <p className="text-sm text-slate-500">{t("forum.composer.nothingToPreview")}</p>}
            </div>
          ) : null}
          {options.length && !preview ? (
            <ul id={listboxId} role="listbox" aria-label={t("forum.composer.mentionSuggestions")} className="absolute z-20 mt-1 max-h-64 w-full max-w-sm overflow-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg">
              {options.map((o, i) => (
                <li
                  key={o.key}
                  id={`${listboxId}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    choose(i);
                  }}
                  className={`cursor-pointer px-3 py-1.5 text-sm ${i === active ? "bg-teal-50 text-teal-900" : "text-slate-800"}`}
                >
                  <span className="font-medium">{o.label}</span> <span className="text-xs text-slate-600">{o.hint}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <p id={`${bodyId}-hint`} className="text-xs text-slate-600">
          {t("forum.composer.hint")}
        </p>
        {fieldErrors("body").length ? (
          <p id={`${bodyId}-error`} role="alert" className="text-sm text-red-700">
            {fieldErrors("body").join(" ")}
          </p>
        ) : null}
      </div>

      {props.mode === "thread" ? (
        <Field id={`${uid}-tags`} label={t("forum.composer.tags")} hint={t("forum.composer.tagsHint")} errors={fieldErrors("tags")}>
          {(aria) => <Input {...aria} value={tags} onChange={(e) => setTags(e.target.value)} autoComplete="off" />}
        </Field>
      ) : null}

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${uid}-speaker`} label={t("forum.composer.speakAs")} hint={t("forum.composer.speakAsHint")} errors={fieldErrors("speakerId")}>
          {(aria) => (
            <Select {...aria} value={speaker} onChange={(e) => setSpeaker(e.target.value)}>
              <option value="INDIVIDUAL">{t("forum.composer.asIndividual")}</option>
              {props.speakers.map((s) => (
                <option key={`${s.kind}:${s.id}`} value={`${s.kind}:${s.id}`}>
                  {t(`forum.composer.as.${s.kind}`, { name: s.name })}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {speakerKind === "PARTNER" ? (
          <Field id={`${uid}-disclosure`} label={t("forum.composer.disclosure")} hint={t("forum.composer.disclosureHint")} errors={fieldErrors("disclosure")}>
            {(aria) => <Input {...aria} value={disclosure} maxLength={500} onChange={(e) => setDisclosure(e.target.value)} />}
          </Field>
        ) : null}
      </div>

      {generalError ? <Alert tone="error">{generalError}</Alert> : null}
      {Object.keys(error?.fieldErrors ?? {}).length ? <Alert tone="error">{t("forum.composer.fixErrors")}</Alert> : null}

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={busy}>
          {props.mode === "reply" ? t("forum.composer.postReply") : t("forum.composer.publish")}
        </Button>
        <span className="text-xs text-slate-600" aria-live="polite">
          {saveDraft.isPending ? t("forum.composer.draftSaving") : draftState === "saved" ? t("forum.composer.draftSaved") : draftState === "restored" ? t("forum.composer.draftRestored") : ""}
        </span>
      </div>
    </form>
  );
}
