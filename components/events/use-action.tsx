"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, type ClientError } from "@/lib/trpc/client";

/** Runs one mutation, keeps its error in words, and refreshes the server-rendered page on success. */
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
  return { error, busy, run };
}

export function ErrorText({ error }: { error: ClientError | null }) {
  const { t } = useI18n();
  if (!error) return null;
  const fields = Object.values(error.fieldErrors).flat();
  return <Alert tone="error">{fields.length ? fields.map((key) => t(key)).join(" ") : t(error.message)}</Alert>;
}
