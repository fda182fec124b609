"use client";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { readClientError, useMutation, useTRPC } from "@/lib/trpc/client";
import type { NotificationGroupKey } from "@/server/notifications/kinds";

type EmailMode = "OFF" | "IMMEDIATE" | "DAILY";
export type PreferenceRowView = { key: NotificationGroupKey; inApp: boolean; email: EmailMode; required: boolean };

const modes: EmailMode[] = ["OFF", "IMMEDIATE", "DAILY"];

/** Mirrors the server's rule (server/notifications/input.ts) so the person sees it before saving. */
function rowError(row: PreferenceRowView): string | null {
  if (row.required && (!row.inApp || row.email === "OFF")) return "notifications.preferences.errors.requiredEmail";
  if (!row.inApp && row.email === "DAILY") return "notifications.preferences.errors.digestNeedsInApp";
  return null;
}

/** The person's notification choices: one row per kind, in the app and by email, saved together. */
export function NotificationPreferencesTable({ initial }: { initial: PreferenceRowView[] }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [rows, setRows] = useState(initial);
  const [showErrors, setShowErrors] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const update = useMutation(trpc.notifications.updatePreferences.mutationOptions());
  const errors = rows.map(rowError);

  function change(key: NotificationGroupKey, patch: Partial<PreferenceRowView>) {
    setSaved(false);
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setSaved(false);
    if (errors.some(Boolean)) {
      setShowErrors(true);
      setError(t("notifications.preferences.errors.fix"));
      return;
    }
    try {
      const next = await update.mutateAsync({ preferences: rows.map(({ key, inApp, email }) => ({ key, inApp, email })) });
      setRows(next);
    } catch (e) {
      setError(t(readClientError(e).message));
      return;
    }
    setShowErrors(false);
    setSaved(true);
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4" data-testid="notification-preferences">
      <p className="text-sm text-slate-700">{t("notifications.preferences.description")}</p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {/* A table from sm up; below, each kind is a small card with its two choices labelled. */}
      <div className="sm:overflow-x-auto">
        <table className="block w-full text-left text-sm sm:table sm:min-w-[34rem]">
          <caption className="sr-only">{t("notifications.preferences.caption")}</caption>
          <thead className="hidden sm:table-header-group">
            <tr className="border-b border-slate-200 text-slate-600">
              <th scope="col" className="py-2 pr-3 font-medium">
                {t("notifications.preferences.kind")}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {t("notifications.preferences.inApp")}
              </th>
              <th scope="col" className="py-2 pl-3 font-medium">
                {t("notifications.preferences.email")}
              </th>
            </tr>
          </thead>
          <tbody className="block divide-y divide-slate-100 sm:table-row-group">
            {rows.map((row, i) => {
              const name = t(`notifications.kinds.${row.key}.label`);
              const errorKey = showErrors ? errors[i] : null;
              const errorId = `pref-${row.key}-error`;
              return (
                <tr key={row.key} className="grid grid-cols-[auto_minmax(0,1fr)] items-center gap-x-4 gap-y-2 py-3 align-top sm:table-row sm:py-0" data-testid={`preference-${row.key}`}>
                  <th scope="row" className="col-span-2 font-normal sm:py-3 sm:pr-3">
                    <span className="font-medium text-slate-900">{name}</span>
                    <span className="block text-xs text-slate-600">{t(`notifications.kinds.${row.key}.hint`)}</span>
                    {row.required ? <span className="mt-1 block text-xs text-amber-800">{t("notifications.preferences.required")}</span> : null}
                    {errorKey ? (
                      <span id={errorId} role="alert" className="mt-1 block text-sm text-red-700">
                        {t(errorKey)}
                      </span>
                    ) : null}
                  </th>
                  <td className="sm:px-3 sm:py-3">
                    <label className="flex items-center gap-2 text-slate-700">
                      <input
                        type="checkbox"
                        className="h-4 w-4 accent-teal-700"
                        aria-label={t("notifications.preferences.inAppFor", { kind: name })}
                        checked={row.inApp}
                        disabled={row.required}
                        onChange={(e) => change(row.key, { inApp: e.target.checked })}
                      />
                      <span className="sm:hidden" aria-hidden="true">
                        {t("notifications.preferences.inApp")}
                      </span>
                    </label>
                  </td>
                  <td className="flex items-center gap-2 sm:table-cell sm:py-3 sm:pl-3">
                    <span className="text-slate-700 sm:hidden" aria-hidden="true">
                      {t("notifications.preferences.email")}
                    </span>
                    <Select
                      aria-label={t("notifications.preferences.emailFor", { kind: name })}
                      aria-invalid={Boolean(errorKey)}
                      aria-describedby={errorKey ? errorId : undefined}
                      value={row.email}
                      onChange={(e) => change(row.key, { email: e.target.value as EmailMode })}
                      className="min-w-0 flex-1 sm:w-auto sm:min-w-40 sm:flex-none"
                    >
                      {modes
                        .filter((mode) => !(row.required && mode === "OFF"))
                        .map((mode) => (
                          <option key={mode} value={mode}>
                            {t(`notifications.preferences.modes.${mode}`)}
                          </option>
                        ))}
                    </Select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={update.isPending}>
          {update.isPending ? t("common.saving") : t("notifications.preferences.save")}
        </Button>
        {saved ? (
          <p role="status" className="text-sm text-green-800">
            {t("notifications.preferences.saved")}
          </p>
        ) : null}
      </div>
    </form>
  );
}
