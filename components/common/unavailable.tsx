import { Button, ButtonLink } from "@/components/ui/button";
import type { Translate } from "@/lib/i18n/translate";

/**
 * What a reader sees when a page could not be rendered (usually the database is down or hung).
 * `retry` is a callback in the error boundaries, or the page's address where it must work without
 * JavaScript (the 503 page the proxy serves during an outage).
 */
export function Unavailable({ t, retry }: { t: Translate; retry: (() => void) | string }) {
  return (
    <div role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-bold">{t("errors.unavailableTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("errors.unavailableBody")}</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        {typeof retry === "string" ? <ButtonLink href={retry}>{t("errors.tryAgain")}</ButtonLink> : <Button onClick={retry}>{t("errors.tryAgain")}</Button>}
        <ButtonLink href="/" variant="secondary">
          {t("errors.goHome")}
        </ButtonLink>
      </div>
    </div>
  );
}
