"use client";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/form";
import { contentLocale } from "@/lib/i18n/config";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useMutation, useTRPC, type ClientError } from "@/lib/trpc/client";
import { safeCallback } from "./sign-in-form";

export function SignUpForm({ callbackUrl, defaultEmail }: { callbackUrl?: string; defaultEmail?: string }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<ClientError | null>(null);
  const signUp = useMutation(trpc.accounts.signUp.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");
    setError(null);
    try {
      await signUp.mutateAsync({
        name: String(form.get("name") ?? ""),
        email,
        password,
        organisation: String(form.get("organisation") ?? "") || undefined,
        locale: contentLocale(locale),
      });
    } catch (e) {
      setError(readClientError(e));
      return;
    }
    await signIn("credentials", { email, password, redirect: false });
    router.push(safeCallback(callbackUrl));
    router.refresh();
  }

  const fieldErrors = (name: string) => error?.fieldErrors[name]?.map((key) => t(key));
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error ? <Alert tone="error">{t(error.message)}</Alert> : null}
      <Field id="name" label={t("auth.name")} errors={fieldErrors("name")}>
        {(aria) => <Input {...aria} name="name" autoComplete="name" required />}
      </Field>
      <Field id="email" label={t("auth.email")} errors={fieldErrors("email")}>
        {(aria) => <Input {...aria} name="email" type="email" autoComplete="email" defaultValue={defaultEmail} required />}
      </Field>
      <Field id="password" label={t("auth.password")} hint={t("auth.passwordHint")} errors={fieldErrors("password")}>
        {(aria) => <Input {...aria} name="password" type="password" autoComplete="new-password" minLength={10} required />}
      </Field>
      <Field id="organisation" label={t("auth.organisation")} errors={fieldErrors("organisation")}>
        {(aria) => <Input {...aria} name="organisation" autoComplete="organization" />}
      </Field>
      <Button type="submit" className="w-full" disabled={signUp.isPending}>
        {signUp.isPending ? t("auth.signingUp") : t("auth.signUp")}
      </Button>
      <p className="text-center text-sm text-slate-700">
        {t("auth.haveAccount")}{" "}
        <Link className="font-medium text-teal-800 underline" href={`/signin${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`}>
          {t("auth.signIn")}
        </Link>
      </p>
    </form>
  );
}
