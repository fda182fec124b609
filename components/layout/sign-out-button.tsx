"use client";
import { useState } from "react";
import { useI18n } from "@/lib/i18n/client";

/**
 * Signs out through next-auth's endpoints (CSRF token, then POST /signout) with two fetches: the
 * header is on every page, and next-auth's client library would add ~12 kB gzip to each of them.
 * `className` comes from the server (buttonVariants), so no class-merging code ships either.
 */
export function SignOutButton({ className }: { className: string }) {
  const { t } = useI18n();
  const [pending, setPending] = useState(false);
  async function signOut() {
    setPending(true);
    try {
      const { csrfToken } = (await fetch("/api/auth/csrf").then((r) => r.json())) as { csrfToken: string };
      const response = await fetch("/api/auth/signout", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrfToken, callbackUrl: "/", json: "true" }),
      });
      const { url } = (await response.json()) as { url?: string };
      // A full load, as next-auth does: every island and cache starts again as the signed-out reader.
      window.location.assign(url ?? "/");
    } catch {
      // No answer (offline): stay signed in, and let the reader press again.
      setPending(false);
    }
  }
  return (
    <button type="button" className={className} disabled={pending} onClick={() => void signOut()}>
      {t("nav.signOut")}
    </button>
  );
}
