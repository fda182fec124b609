"use client";
import { useEffect } from "react";
import { Unavailable } from "@/components/common/unavailable";
import { useI18n } from "@/lib/i18n/client";

// A page failed to render inside the site chrome (the root layout still stands): say so in the
// reader's language and offer to fetch the page again.
export default function PageError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const { t } = useI18n();
  useEffect(() => console.error(error), [error]);
  return <Unavailable t={t} retry={retry} />;
}
