import { Alert } from "@/components/ui/alert";
import type { UiLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";

/** Where a composer would be for a suspended person: says until when, in the reader's own date format. */
export function SuspendedNotice({ until, t, locale }: { until: Date; t: Translate; locale: UiLocale }) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(until);
  return <Alert tone="warning">{t("moderation.limits.suspended", { until: date })}</Alert>;
}
