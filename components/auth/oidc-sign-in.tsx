"use client";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import { safeCallback } from "./sign-in-form";

/** "Sign in with <provider>": shown only when OIDC_* is configured; the provider id is fixed. */
export function OidcSignIn({ name, callbackUrl }: { name: string; callbackUrl?: string }) {
  const { t } = useI18n();
  const [pending, setPending] = useState(false);
  return (
    <div className="space-y-3">
      <Button
        variant="secondary"
        className="w-full"
        disabled={pending}
        onClick={() => {
          setPending(true);
          void signIn("oidc", { callbackUrl: safeCallback(callbackUrl) });
        }}
      >
        {t("auth.oidcSignIn", { name })}
      </Button>
      <p className="flex items-center gap-3 text-xs text-slate-600 before:h-px before:flex-1 before:bg-slate-200 after:h-px after:flex-1 after:bg-slate-200">{t("auth.oidcOr")}</p>
    </div>
  );
}
