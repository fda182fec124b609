"use client";
import { signOut } from "next-auth/react";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const { t } = useI18n();
  return (
    <Button variant="ghost" size="sm" onClick={() => signOut({ callbackUrl: "/" })}>
      {t("nav.signOut")}
    </Button>
  );
}
