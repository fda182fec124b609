import Link from "next/link";
import { buttonVariants } from "@/components/ui/button-variants";
import type { Translate } from "@/lib/i18n/translate";

/**
 * What a reader sees when a page could not be rendered (usually the database is down or hung).
 * `retry` is a callback in the error boundaries, or the page's address where it must work without
 * JavaScript (the 503 page the proxy serves during an outage). Plain elements with buttonVariants
 * rather than Button: the error boundaries ship this with every page, and Button brings tailwind-merge.
 */
export function Unavailable({ t, retry }: { t: Translate; retry: (() => void) | string }) {
  return (
    <div role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-bold">{t("errors.unavailableTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("errors.unavailableBody")}</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        {typeof retry === "string" ? (
          <Link href={retry} className={buttonVariants()}>
            {t("errors.tryAgain")}
          </Link>
        ) : (
          <button type="button" onClick={retry} className={buttonVariants()}>
            {t("errors.tryAgain")}
          </button>
        )}
        <Link href="/" className={buttonVariants({ variant: "secondary" })}>
          {t("errors.goHome")}
        </Link>
      </div>
    </div>
  );
}
