"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, type ClientError } from "@/lib/trpc/client";

/** Runs one mutation, keeps its error in words per field, and refreshes the server-rendered page on success. */
export function useAction() {
  const router = useRouter();
  const { t } = useI18n();
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
  /** The translated messages for one field. */
  const errorsOf = (field: string) => (error?.fieldErrors[field] ?? []).map((key) => t(key));
  /** The error that belongs to no field shown in the form, if any. */
  const generalError = (shownFields: readonly string[]) => {
    if (!error) return null;
    const other = Object.entries(error.fieldErrors).filter(([field]) => !shownFields.includes(field)).flatMap(([, keys]) => keys);
    if (other.length) return other.map((key) => t(key)).join(" ");
    return Object.keys(error.fieldErrors).length ? null : t(error.message);
  };
  return { error, busy, run, errorsOf, generalError };
}
