"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { useMutation, useTRPC } from "@/lib/trpc/client";
import { flagReasons, type FlagReasonValue } from "@/server/moderation/input";
import { ErrorText, fieldErrors, useAction } from "@/components/common/action";
import { Dialog } from "./dialog";

/**
 * The moderation controls under a forum post: "Flag" for readers who may flag it, "Hide" and
 * "Restore" for moderators. `flagged` tells that the reader already flagged it.
 */
export function PostModeration(props: { postId: string; threadId: string; hidden: boolean; canModerate: boolean; canFlag: boolean; flagged?: boolean }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const restore = useMutation(trpc.moderation.restorePost.mutationOptions());
  const restoring = useAction();
  const [flagged, setFlagged] = useState(!!props.flagged);
  if (!props.canFlag && !props.canModerate) return null;
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid={`post-moderation-${props.postId}`}>
      {props.canFlag && !props.hidden ? (
        flagged ? (
          <span className="text-xs font-medium text-slate-600" role="status">
            {t("moderation.flag.flagged")}
          </span>
        ) : (
          <FlagButton postId={props.postId} onFlagged={() => setFlagged(true)} />
        )
      ) : null}
      {props.canModerate ? (
        props.hidden ? (
          <Button size="sm" variant="secondary" disabled={restoring.busy} onClick={() => restoring.run(() => restore.mutateAsync({ postId: props.postId }))}>
            {t("moderation.post.restore")}
          </Button>
        ) : (
          <HideButton postId={props.postId} />
        )
      ) : null}
      <ErrorText error={restoring.error} />
    </div>
  );
}

function FlagButton(props: { postId: string; onFlagged: () => void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const flag = useMutation(trpc.moderation.flag.mutationOptions());
  const { error, busy, run, clear } = useAction();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<FlagReasonValue | "">("");
  const [note, setNote] = useState("");
  const id = `flag-${props.postId}`;
  const close = () => {
    setOpen(false);
    clear();
  };
  return (
    <>
      <Button size="sm" variant="ghost" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t("moderation.flag.button")}
      </Button>
      <Dialog open={open} onClose={close} title={t("moderation.flag.title")} labelId={`${id}-title`}>
        <form
          className="space-y-4"
          onSubmit={async (e) => {
            e.preventDefault();
            const ok = await run(() => flag.mutateAsync({ postId: props.postId, reason: reason as FlagReasonValue, note: note || undefined }));
            if (ok) {
              setOpen(false);
              props.onFlagged();
            }
          }}
        >
          <fieldset className="space-y-2" aria-describedby={error?.fieldErrors.reason ? `${id}-reason-error` : undefined}>
            <legend className="mb-1 text-sm font-medium text-slate-800">{t("moderation.flag.why")}</legend>
            {flagReasons.map((value) => (
              <label key={value} className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-200 p-2.5 has-[:checked]:border-teal-700 has-[:checked]:bg-teal-50">
                <input
                  type="radio"
                  name={`${id}-reason`}
                  value={value}
                  checked={reason === value}
                  onChange={() => setReason(value)}
                  required
                  className="mt-1 accent-teal-700"
                />
                <span>
                  <span className="block text-sm font-medium">{t(`moderation.reasons.${value}`)}</span>
                  <span className="block text-xs text-slate-600">{t(`moderation.reasonHints.${value}`)}</span>
                </span>
              </label>
            ))}
            {error?.fieldErrors.reason ? (
              <p id={`${id}-reason-error`} role="alert" className="text-sm text-red-700">
                {fieldErrors(error, "reason", t).join(" ")}
              </p>
            ) : null}
          </fieldset>
          <Field
            id={`${id}-note`}
            label={reason === "OTHER" ? t("moderation.flag.noteRequired") : t("moderation.flag.note")}
            hint={t("moderation.flag.noteHint")}
            errors={fieldErrors(error, "note", t)}
          >
            {(aria) => <Textarea {...aria} rows={3} maxLength={1000} required={reason === "OTHER"} value={note} onChange={(e) => setNote(e.target.value)} />}
          </Field>
          <ErrorText error={error} fields={["reason", "note"]} />
          <div className="flex justify-end gap-2">
            <Button variant="ghost" onClick={close}>
              {t("moderation.cancel")}
            </Button>
            <Button type="submit" disabled={busy || !reason}>
              {t("moderation.flag.submit")}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}

/** Asks the moderator why, since the author reads the reason. */
export function HideButton(props: { postId: string; size?: "sm" | "md" }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const hide = useMutation(trpc.moderation.hidePost.mutationOptions());
  const { error, busy, run, clear } = useAction();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const id = `hide-${props.postId}`;
  const close = () => {
    setOpen(false);
    clear();
  };
  return (
    <>
      <Button size={props.size ?? "sm"} variant="secondary" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t("moderation.post.hide")}
      </Button>
      <Dialog open={open} onClose={close} title={t("moderation.post.hideTitle")} labelId={`${id}-title`}>
        <form
          className="space-y-4"
          onSubmit={async (e) => {
            e.preventDefault();
            if (await run(() => hide.mutateAsync({ postId: props.postId, reason }))) {
              setOpen(false);
              setReason("");
            }
          }}
        >
          <Field id={`${id}-reason`} label={t("moderation.post.hideReason")} hint={t("moderation.post.hideReasonHint")} errors={fieldErrors(error, "reason", t)}>
            {(aria) => <Textarea {...aria} rows={3} maxLength={500} required minLength={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
          <ErrorText error={error} fields={["reason"]} />
          <div className="flex justify-end gap-2">
            <Button variant="ghost" onClick={close}>
              {t("moderation.cancel")}
            </Button>
            <Button type="submit" variant="danger" disabled={busy}>
              {t("moderation.post.hideSubmit")}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
