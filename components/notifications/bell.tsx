import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import { getContext } from "@/server/auth/session";
import { unreadCount } from "@/server/notifications/service";

/**
 * The header's bell for the signed-in reader: a link to their notifications, with the unread count
 * when there is one. It loads the count itself so the header needs only to place it.
 */
export async function NotificationBell() {
  const { db, actor } = await getContext();
  if (!actor) return null;
  const [{ t, locale }, count] = await Promise.all([getTranslator(), unreadCount(db, actor.id)]);
  const label = count > 0 ? t("notifications.bellUnread", { count }) : t("notifications.bell");
  return (
    <Link
      href="/account#notifications-heading"
      aria-label={label}
      title={label}
      data-testid="notification-bell"
      className="relative inline-flex h-8 w-8 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
    >
      <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {count > 0 ? (
        <span aria-hidden className="absolute -top-1 -right-1 min-w-4 rounded-full bg-red-700 px-1 text-center text-[10px] leading-4 font-semibold text-white">
          {count > 99 ? "99+" : new Intl.NumberFormat(locale).format(count)}
        </span>
      ) : null}
    </Link>
  );
}
