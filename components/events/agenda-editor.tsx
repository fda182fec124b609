"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { useMutation, useTRPC } from "@/lib/trpc/client";
import { ErrorText, useAction } from "@/components/common/action";

export type AgendaRow = { id: string; title: string; description: string; startsAt: string };

function ItemFields(props: { idPrefix: string; value: Omit<AgendaRow, "id">; onChange: (v: Omit<AgendaRow, "id">) => void }) {
  const { t } = useI18n();
  const { value, onChange } = props;
  return (
    <div className="grid gap-3 sm:grid-cols-[1fr_14rem]">
      <Field id={`${props.idPrefix}-title`} label={t("events.agenda.itemTitle")}>
        {(aria) => <Input {...aria} value={value.title} onChange={(e) => onChange({ ...value, title: e.target.value })} maxLength={200} />}
      </Field>
      <Field id={`${props.idPrefix}-time`} label={t("events.agenda.itemTime")}>
        {(aria) => <Input {...aria} type="datetime-local" value={value.startsAt} onChange={(e) => onChange({ ...value, startsAt: e.target.value })} />}
      </Field>
      <div className="sm:col-span-2">
        <Field id={`${props.idPrefix}-description`} label={t("events.agenda.itemDescription")}>
          {(aria) => <Textarea {...aria} rows={2} value={value.description} onChange={(e) => onChange({ ...value, description: e.target.value })} />}
        </Field>
      </div>
    </div>
  );
}

/** Hosts add, edit, move and remove agenda items; times are in the event's zone. */
export function AgendaEditor(props: { eventId: string; items: AgendaRow[]; zone: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const add = useMutation(trpc.events.addAgendaItem.mutationOptions());
  const update = useMutation(trpc.events.updateAgendaItem.mutationOptions());
  const remove = useMutation(trpc.events.removeAgendaItem.mutationOptions());
  const reorder = useMutation(trpc.events.reorderAgenda.mutationOptions());
  const { error, busy, run } = useAction();
  const [editing, setEditing] = useState<AgendaRow | null>(null);
  const [draft, setDraft] = useState({ title: "", description: "", startsAt: "" });
  const move = (index: number, by: number) => {
    const ids = props.items.map((i) => i.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + by, 0, moved!);
    return run(() => reorder.mutateAsync({ eventId: props.eventId, itemIds: ids }));
  };
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t("events.agenda.zoneNote", { zone: props.zone })}</p>
      <ErrorText error={error} />
      {props.items.length ? (
        <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {props.items.map((item, index) => (
            <li key={item.id} className="space-y-3 p-3">
              {editing?.id === item.id ? (
                <form
                  className="space-y-3"
                  onSubmit={async (e) => {
                    e.preventDefault();
                    if (await run(() => update.mutateAsync({ itemId: item.id, title: editing.title, description: editing.description || null, startsAt: editing.startsAt || null }))) setEditing(null);
                  }}
                >
                  <ItemFields idPrefix={`agenda-${item.id}`} value={editing} onChange={(v) => setEditing({ ...v, id: item.id })} />
                  <div className="flex gap-2">
                    <Button type="submit" size="sm" disabled={busy}>
                      {t("events.agenda.save")}
                    </Button>
                    <Button size="sm" variant="ghost" onClick={() => setEditing(null)}>
                      {t("events.agenda.cancel")}
                    </Button>
                  </div>
                </form>
              ) : (
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <div>
                    <p className="font-medium text-slate-900">{item.title}</p>
                    {item.startsAt ? <p className="text-xs text-slate-600">{item.startsAt.replace("T", " ")}</p> : null}
                  </div>
                  <div className="flex flex-wrap gap-1">
                    <Button size="sm" variant="ghost" disabled={busy || index === 0} onClick={() => move(index, -1)} aria-label={t("events.agenda.moveUp", { title: item.title })}>
                      ↑
                    </Button>
                    <Button size="sm" variant="ghost" disabled={busy || index === props.items.length - 1} onClick={() => move(index, 1)} aria-label={t("events.agenda.moveDown", { title: item.title })}>
                      ↓
                    </Button>
                    <Button size="sm" variant="secondary" onClick={() => setEditing(item)}>
                      {t("events.agenda.edit")}
                    </Button>
                    <Button size="sm" variant="ghost" disabled={busy} onClick={() => run(() => remove.mutateAsync({ itemId: item.id }))}>
                      {t("events.agenda.remove")}
                    </Button>
                  </div>
                </div>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-slate-600">{t("events.agenda.empty")}</p>
      )}
      <form
        className="space-y-3 rounded-lg border border-dashed border-slate-300 p-3"
        onSubmit={async (e) => {
          e.preventDefault();
          if (await run(() => add.mutateAsync({ eventId: props.eventId, title: draft.title, description: draft.description || null, startsAt: draft.startsAt || null }))) {
            setDraft({ title: "", description: "", startsAt: "" });
          }
        }}
      >
        <h3 className="text-sm font-semibold text-slate-900">{t("events.agenda.add")}</h3>
        <ItemFields idPrefix="agenda-new" value={draft} onChange={setDraft} />
        <Button type="submit" size="sm" disabled={busy || draft.title.trim().length < 2}>
          {t("events.agenda.addButton")}
        </Button>
      </form>
    </div>
  );
}
