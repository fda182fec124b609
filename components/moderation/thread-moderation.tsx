"use client";
import { useState } from "react";
import { themeName } from "@/components/networks/labels";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { useMutation, useQuery, useTRPC } from "@/lib/trpc/client";
import { ErrorText, fieldErrors, useAction } from "@/components/common/action";
import { Dialog } from "./dialog";

/** Moderator controls on a thread: lock or unlock, pin or unpin, move to another category. Render it for moderators only. */
export function ThreadModeration(props: { threadId: string; locked: boolean; pinned: boolean; categoryId: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const lock = useMutation(trpc.moderation.lockThread.mutationOptions());
  const unlock = useMutation(trpc.moderation.unlockThread.mutationOptions());
  const pin = useMutation(trpc.moderation.pinThread.mutationOptions());
  const unpin = useMutation(trpc.moderation.unpinThread.mutationOptions());
  const { error, busy, run } = useAction();
  const input = { threadId: props.threadId };
  return (
    <div className="space-y-2" data-testid="thread-moderation">
      <div role="group" aria-label={t("moderation.thread.label")} className="flex flex-wrap items-center gap-2">
        <Button size="sm" variant="secondary" disabled={busy} onClick={() => run(() => (props.locked ? unlock : lock).mutateAsync(input))}>
          {props.locked ? t("moderation.thread.unlock") : t("moderation.thread.lock")}
        </Button>
        <Button size="sm" variant="secondary" disabled={busy} onClick={() => run(() => (props.pinned ? unpin : pin).mutateAsync(input))}>
          {props.pinned ? t("moderation.thread.unpin") : t("moderation.thread.pin")}
        </Button>
        <MoveButton threadId={props.threadId} categoryId={props.categoryId} />
      </div>
      <ErrorText error={error} />
    </div>
  );
}

function MoveButton(props: { threadId: string; categoryId: string }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [categoryId, setCategoryId] = useState("");
  const targets = useQuery({ ...trpc.moderation.moveTargets.queryOptions(), enabled: open });
  const move = useMutation(trpc.moderation.moveThread.mutationOptions());
  const { error, busy, run, clear } = useAction();
  const id = `move-${props.threadId}`;
  const close = () => {
    setOpen(false);
    clear();
  };
  return (
    <>
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t("moderation.thread.move")}
      </Button>
      <Dialog open={open} onClose={close} title={t("moderation.thread.moveTitle")} labelId={`${id}-title`}>
        <form
          className="space-y-4"
          onSubmit={async (e) => {
            e.preventDefault();
            if (await run(() => move.mutateAsync({ threadId: props.threadId, categoryId }))) setOpen(false);
          }}
        >
          <Field id={`${id}-category`} label={t("moderation.thread.category")} hint={t("moderation.thread.moveHint")} errors={fieldErrors(error, "categoryId", t)}>
            {(aria) => (
              <Select {...aria} value={categoryId} onChange={(e) => setCategoryId(e.target.value)} required disabled={!targets.data}>
                <option value="">{targets.data ? t("moderation.thread.chooseCategory") : t("moderation.loading")}</option>
                {(targets.data ?? [])
                  .filter((c) => c.id !== props.categoryId)
                  .map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.theme ? themeName(c.theme, locale) : t(`forum.categories.${c.slug}.name`)}
                    </option>
                  ))}
              </Select>
            )}
          </Field>
          <ErrorText error={error} fields={["categoryId"]} />
          <div className="flex justify-end gap-2">
            <Button variant="ghost" onClick={close}>
              {t("moderation.cancel")}
            </Button>
            <Button type="submit" disabled={busy || !categoryId}>
              {t("moderation.thread.moveSubmit")}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
