"use client";
import { fieldErrors, useAction as useSharedAction } from "@/components/common/action";
import { useI18n } from "@/lib/i18n/client";

/** The shared action runner, plus the exchange forms' way of placing errors: per field, and the rest as one line. */
export function useAction() {
  const { t } = useI18n();
  const action = useSharedAction();
  const { error } = action;
  /** The translated messages for one field. */
  const errorsOf = (field: string) => fieldErrors(error, field, t);
  /** The error that belongs to no field shown in the form, if any. */
  const generalError = (shownFields: readonly string[]) => {
    if (!error) return null;
    const other = Object.entries(error.fieldErrors).filter(([field]) => !shownFields.includes(field)).flatMap(([, keys]) => keys);
    if (other.length) return other.map((key) => t(key)).join(" ");
    return Object.keys(error.fieldErrors).length ? null : t(error.message, error.params);
  };
  return { ...action, errorsOf, generalError };
}
