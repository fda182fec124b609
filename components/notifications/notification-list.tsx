import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";

export type RenderedNotification = { id: string; title: string; body: string; link: string | null; read: boolean; createdAt: Date };

/** Notifications already rendered in the reader's language, newest first; unread ones stand out. */
export async function NotificationList({ items }: { items: RenderedNotification[] }) {
  const { t, locale } = await getTranslator();
  if (!items.length) return <EmptyState title={t("notifications.empty")} description={t("notifications.emptyHint")} />;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="notifications">
      {items.map((n) => (
        <li key={n.id} className={n.read ? "p-4" : "border-l-4 border-l-teal-700 bg-teal-50/40 p-4"} data-testid="notification">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <p className="font-medium text-slate-900">
              {n.read ? null : (
                <Badge tone="teal" className="mr-2">
                  {t("notifications.unread")}
                </Badge>
              )}
              {n.title}
            </p>
            <time dateTime={n.createdAt.toISOString()} className="text-xs text-slate-600">
              {date.format(n.createdAt)}
            </time>
          </div>
          <p className="mt-1 text-sm text-slate-700">{n.body}</p>
          {n.link?.startsWith("/") ? (
            <Link href={n.link} className="mt-1 inline-block text-sm text-teal-800 underline-offset-4 hover:underline">
              {t("notifications.open")}
            </Link>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
