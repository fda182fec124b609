"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, type ClientError } from "@/lib/trpc/client";

// Shared by the moderation buttons: run one mutation, show its error in words, refresh the
// server-rendered page when it succeeds.

export function useAction() {
  const router = useRouter();
  const [error, setError] = useState<ClientError | null>(null);
  const [busy, setBusy] = useState(false);
  async function run(task: () => Promise<unknown>) {
    setError(null);
    setBusy(true);
    try {
      await task();
      router.refresh();
      return true;
    } catch (e) {
      setError(readClientError(e));
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { error, busy, run, clear: () => setError(null) };
}

/** The error's field messages if it has any (shown by their fields), else its message with its parameters. */
export function ErrorText({ error, fields = [] }: { error: ClientError | null; fields?: string[] }) {
  const { t } = useI18n();
  if (!error) return null;
  const unshown = Object.entries(error.fieldErrors)
    .filter(([field]) => !fields.includes(field))
    .flatMap(([, keys]) => keys);
  const shownByFields = fields.some((f) => error.fieldErrors[f]?.length);
  if (shownByFields && !unshown.length) return null;
  return <Alert tone="error">{unshown.length ? unshown.map((key) => t(key)).join(" ") : t(error.message, error.params)}</Alert>;
}

export const fieldErrors = (error: ClientError | null, field: string, t: (key: string) => string) => (error?.fieldErrors[field] ?? []).map((key) => t(key));

/**
 * A modal dialog on the native <dialog> element: it traps focus, closes on Escape and returns focus
 * to the button that opened it.
 */
export function Dialog(props: { open: boolean; onClose: () => void; title: string; labelId: string; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const { open, onClose } = props;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={props.labelId}
      onClose={onClose}
      onCancel={onClose}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
    >
      {open ? (
        <div className="space-y-4 p-5">
          <h2 id={props.labelId} className="text-lg font-semibold">
            {props.title}
          </h2>
          {props.children}
        </div>
      ) : null}
    </dialog>
  );
}
