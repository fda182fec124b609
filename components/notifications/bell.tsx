import { getTranslator } from "@/lib/i18n/server";
import { getContext } from "@/server/auth/session";
import { bellSnapshot } from "@/server/notifications/service";
import { LazyLiveBell } from "./lazy-live-bell";

/**
 * The header's bell for the signed-in reader. It renders the current snapshot on the server so the
 * count shows at once, then the client keeps it live through the notification stream.
 */
export async function NotificationBell() {
  const { db, actor } = await getContext();
  if (!actor) return null;
  const { locale } = await getTranslator();
  const { unread, items } = await bellSnapshot(db, actor.id, locale);
  return <LazyLiveBell initial={{ unread, items: items.map((item) => ({ ...item, createdAt: item.createdAt.toISOString() })) }} />;
}
