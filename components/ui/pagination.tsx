import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import { buttonVariants } from "./button";

/** Previous/next links that keep the current query string; `hrefFor(page)` builds each URL. */
export function Pagination(props: { page: number; pageCount: number; hrefFor: (page: number) => string; t: Translate }) {
  const { page, pageCount, hrefFor, t } = props;
  const labels = {
    previous: t("common.previous"),
    next: t("common.next"),
    nav: t("common.pagination"),
    status: t("common.pageOf", { page, count: pageCount }),
  };
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={labels.nav} className="mt-6 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link className={buttonVariants({ variant: "secondary", size: "sm" })} href={hrefFor(page - 1)} rel="prev">
          ← {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-700">{labels.status}</span>
      {page < pageCount ? (
        <Link className={buttonVariants({ variant: "secondary", size: "sm" })} href={hrefFor(page + 1)} rel="next">
          {labels.next} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
