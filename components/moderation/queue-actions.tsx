"use client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { useMutation, useTRPC } from "@/lib/trpc/client";
import { MAX_SUSPENSION_DAYS } from "@/server/moderation/input";
import { ErrorText, fieldErrors, useAction } from "@/components/common/action";
import { Dialog } from "./dialog";
import { useUndoOffer } from "./undo-toast";
import { HideButton } from "./post-moderation";

type Author = { id: string; name: string; isAdmin: boolean };

/** A queue entry's decisions: hide the post, dismiss its flags, warn or suspend its author. */
export function QueueActions(props: { postId: string; threadTitle: string; hidden: boolean; author: Author | null; viewerId: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const dismiss = useMutation(trpc.moderation.dismissFlags.mutationOptions());
  const undoDismiss = useMutation(trpc.moderation.undoDismissFlags.mutationOptions());
  const dismissing = useAction();
  const offerUndo = useUndoOffer();
  const author = props.author;
  const sanctionable = !!author && author.id !== props.viewerId;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {props.hidden ? null : <HideButton postId={props.postId} size="md" />}
        <Button
          variant="secondary"
          disabled={dismissing.busy}
          onClick={async () => {
            if ((await dismissing.run(() => dismiss.mutateAsync({ postId: props.postId }))) && offerUndo) {
              offerUndo({ text: t("moderation.undo.dismissed", { thread: props.threadTitle }), subject: props.threadTitle, undo: () => undoDismiss.mutateAsync({ postId: props.postId }) });
            }
          }}
        >
          {t("moderation.queue.dismiss")}
        </Button>
        {sanctionable ? <WarnButton author={author} postId={props.postId} label={t("moderation.queue.warn")} /> : null}
        {sanctionable && !author.isAdmin ? <SuspendButton author={author} postId={props.postId} label={t("moderation.queue.suspend")} /> : null}
      </div>
      <ErrorText error={dismissing.error} />
    </div>
  );
}

function WarnButton(props: { author: Author; postId?: string; label: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const warn = useMutation(trpc.moderation.warn.mutationOptions());
  const { error, busy, run, clear } = useAction();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [sent, setSent] = useState(false);
  const id = `warn-${props.postId ?? props.author.id}`;
  const close = () => {
    setOpen(false);
    clear();
  };
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {props.label}
      </Button>
      {sent ? <Alert tone="success">{t("moderation.queue.warned")}</Alert> : null}
      <Dialog open={open} onClose={close} title={t("moderation.queue.warnTitle", { name: props.author.name })} labelId={`${id}-title`}>
        <form
          className="space-y-4"
          onSubmit={async (e) => {
            e.preventDefault();
            if (await run(() => warn.mutateAsync({ userId: props.author.id, reason, postId: props.postId }))) {
              setOpen(false);
              setReason("");
              setSent(true);
            }
          }}
        >
          <Field id={`${id}-reason`} label={t("moderation.queue.warnReason")} hint={t("moderation.queue.warnHint")} errors={fieldErrors(error, "reason", t)}>
            {(aria) => <Textarea {...aria} rows={3} maxLength={500} required minLength={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
          <ErrorText error={error} fields={["reason"]} />
          <div className="flex justify-end gap-2">
            <Button variant="ghost" onClick={close}>
              {t("moderation.cancel")}
            </Button>
            <Button type="submit" disabled={busy}>
              {t("moderation.queue.warnSubmit")}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}

function SuspendButton(props: { author: Author; postId?: string; label: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const suspend = useMutation(trpc.moderation.suspend.mutationOptions());
  const { error, busy, run, clear } = useAction();
  const [open, setOpen] = useState(false);
  const [days, setDays] = useState("7");
  const [reason, setReason] = useState("");
  const id = `suspend-${props.postId ?? props.author.id}`;
  const close = () => {
    setOpen(false);
    clear();
  };
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {props.label}
      </Button>
      <Dialog open={open} onClose={close} title={t("moderation.queue.suspendTitle", { name: props.author.name })} labelId={`${id}-title`}>
        <form
          className="space-y-4"
          onSubmit={async (e) => {
            e.preventDefault();
            if (await run(() => suspend.mutateAsync({ userId: props.author.id, days: Number(days), reason, postId: props.postId }))) {
              setOpen(false);
              setReason("");
            }
          }}
        >
          <Field id={`${id}-days`} label={t("moderation.queue.suspendDays")} hint={t("moderation.queue.suspendDaysHint")} errors={fieldErrors(error, "days", t)}>
            {(aria) => (
              <Input {...aria} type="number" inputMode="numeric" min={1} max={MAX_SUSPENSION_DAYS} step={1} required className="w-28" value={days} onChange={(e) => setDays(e.target.value)} />
            )}
          </Field>
          <Field id={`${id}-reason`} label={t("moderation.queue.suspendReason")} hint={t("moderation.post.hideReasonHint")} errors={fieldErrors(error, "reason", t)}>
            {(aria) => <Textarea {...aria} rows={3} maxLength={500} required minLength={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
          <ErrorText error={error} fields={["days", "reason"]} />
          <div className="flex justify-end gap-2">
            <Button variant="ghost" onClick={close}>
              {t("moderation.cancel")}
            </Button>
            <Button type="submit" variant="danger" disabled={busy}>
              {t("moderation.queue.suspendSubmit")}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}

/** On a person's sanctions page: suspend (when allowed) or lift a running suspension. */
export function PersonActions(props: { author: Author; suspended: boolean; viewerId: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const lift = useMutation(trpc.moderation.liftSuspension.mutationOptions());
  const lifting = useAction();
  if (props.author.id === props.viewerId) return null;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {props.suspended ? (
          <Button variant="secondary" disabled={lifting.busy} onClick={() => lifting.run(() => lift.mutateAsync({ userId: props.author.id }))}>
            {t("moderation.people.lift")}
          </Button>
        ) : null}
        <WarnButton author={props.author} label={t("moderation.people.warn")} />
        {props.author.isAdmin ? null : <SuspendButton author={props.author} label={t("moderation.people.suspend")} />}
      </div>
      <ErrorText error={lifting.error} />
    </div>
  );
}
