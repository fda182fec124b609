import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import type { UiLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { ThreadCard } from "@/server/forum/read";
import { ThreadRow } from "./thread-row";

/** A page of threads with a "more" link carrying the keyset cursor. */
export function ThreadList(props: {
  pinned: ThreadCard[];
  threads: ThreadCard[];
  nextHref: string | null;
  firstHref: string | null;
  t: Translate;
  locale: UiLocale;
  showCategory: boolean;
  empty: { title: string; description: string; action?: React.ReactNode };
}) {
  const { t, locale } = props;
  const all = [...props.pinned, ...props.threads];
  if (!all.length) return <EmptyState title={props.empty.title} description={props.empty.description} action={props.empty.action} />;
  return (
    <div>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm" aria-label={t("forum.threadList")}>
        {all.map((thread) => (
          <ThreadRow key={thread.id} thread={thread} t={t} locale={locale} showCategory={props.showCategory} />
        ))}
      </ul>
      {props.nextHref || props.firstHref ? (
        <nav aria-label={t("common.pagination")} className="mt-4 flex items-center justify-between gap-4">
          {props.firstHref ? (
            <Link href={props.firstHref} className={buttonVariants({ variant: "secondary", size: "sm" })}>
              ← {t("forum.backToLatest")}
            </Link>
          ) : (
            <span />
          )}
          {props.nextHref ? (
            <Link href={props.nextHref} rel="next" className={buttonVariants({ variant: "secondary", size: "sm" })}>
              {t("forum.olderThreads")} →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

/** "All voices / Cities only" as two links that keep the other filters. */
export function CitiesFilter({ cities, hrefFor, t }: { cities: boolean; hrefFor: (cities: boolean) => string; t: Translate }) {
  const base = "rounded-md px-3 py-1.5 text-sm font-medium";
  return (
    <div role="group" aria-label={t("forum.filters.voices")} className="inline-flex rounded-lg border border-slate-300 bg-white p-0.5">
      <Link href={hrefFor(false)} aria-current={!cities ? "true" : undefined} className={`${base} ${!cities ? "bg-teal-700 text-white" : "text-slate-700 hover:bg-slate-100"}`}>
        {t("forum.filters.all")}
      </Link>
      <Link href={hrefFor(true)} aria-current={cities ? "true" : undefined} className={`${base} ${cities ? "bg-teal-700 text-white" : "text-slate-700 hover:bg-slate-100"}`}>
        {t("forum.filters.cities")}
      </Link>
    </div>
  );
}
