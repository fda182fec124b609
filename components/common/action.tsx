"use client";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, type ClientError } from "@/lib/trpc/client";

// The one way client buttons and small forms run a mutation: show its error in words, and refresh
// the server-rendered page when it succeeds.

export function useAction() {
  const router = useRouter();
  const [error, setError] = useState<ClientError | null>(null);
  const [busy, setBusy] = useState(false);
  // Callers disable their button while busy, but two clicks can land before React re-renders:
  // the ref refuses the second at once, so a mutation never runs twice from one form.
  const pending = useRef(false);
  async function run(task: () => Promise<unknown>) {
    if (pending.current) return false;
    pending.current = true;
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
      pending.current = false;
      setBusy(false);
    }
  }
  return { error, busy, run, clear: () => setError(null) };
}

/** The translated messages of one field's errors, for the field to show. */
export const fieldErrors = (error: ClientError | null, field: string, t: (key: string) => string) => (error?.fieldErrors[field] ?? []).map((key) => t(key));

/**
 * The error in words: the messages of fields not listed in `fields` (those show their own), else
 * the general message with its parameters; nothing when every message is already shown by a field.
 */
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
