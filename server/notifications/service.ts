import { catalogs } from "@/messages";
import { defaultLocale, type UiLocale } from "@/lib/i18n/config";
import { createTranslator, type TranslateParams } from "@/lib/i18n/translate";
import type { Db, DbOrTx } from "@/server/db/client";
import { sendMail } from "@/server/mail/service";
import { effectivePreference, groupOf } from "./kinds";
import { announce } from "./live";

/**
 * Tells people something happened, as each of them chose for this kind (see kinds.ts): a
 * notification row for the bell (rendered later in the reader's language from the catalog entries
 * `<kind>.title` and `<kind>.body`, e.g. kind "networks.notify.verified"), a mail at once in the
 * recipient's own language, or a place in their daily digest. Pass a transaction to notify as part
 * of it: open streams hear of the new rows only once it commits.
 */
export async function notify(
  db: DbOrTx,
  input: { userIds: string[]; kind: string; params?: Record<string, string | number>; link?: string },
): Promise<void> {
  const userIds = [...new Set(input.userIds)];
  if (userIds.length === 0) return;
  const params = input.params ?? {};
  const group = groupOf(input.kind);
  const users = await db.user.findMany({
    where: { id: { in: userIds } },
    select: { id: true, email: true, locale: true, notificationPrefs: { where: { kind: group.key }, select: { inApp: true, email: true } } },
  });
  const recipients = users.map((user) => ({ user, pref: effectivePreference(group, user.notificationPrefs[0]) }));
  const inApp = recipients.filter((r) => r.pref.inApp);
  if (inApp.length) {
    await db.notification.createMany({
      data: inApp.map(({ user, pref }) => ({ userId: user.id, kind: input.kind, params, link: input.link ?? null, digestPending: pref.email === "DAILY" })),
    });
    await announce(db, inApp.map((r) => r.user.id));
  }
  const base = appBaseUrl();
  for (const { user } of recipients.filter((r) => r.pref.email === "IMMEDIATE")) {
    const { title, body } = renderNotification(uiLocale(user.locale), input.kind, params);
    await sendMail(db, { to: user.email, subject: title, text: input.link ? `${body}\n\n${base}${input.link}` : body });
  }
}

export const appBaseUrl = () => process.env.NEXTAUTH_URL ?? "http://localhost:3000";

export const uiLocale = (locale: string): UiLocale => (locale === "zh" ? "zh-CN" : (locale as UiLocale));

export function renderNotification(locale: UiLocale, kind: string, params: TranslateParams) {
  const t = createTranslator(catalogs[locale], catalogs[defaultLocale], locale);
  return { title: t(`${kind}.title`, params), body: t(`${kind}.body`, params) };
}

export async function listNotifications(db: DbOrTx, userId: string, options: { take?: number } = {}) {
  return db.notification.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: options.take ?? 50 });
}

export async function unreadCount(db: Db, userId: string) {
  return db.notification.count({ where: { userId, readAt: null } });
}

/** Marks everything read; the person's other open tabs and devices hear of it too. */
export async function markAllRead(db: Db, userId: string) {
  await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
  await announce(db, [userId]);
}

/** What the bell shows: the unread count and the latest few, in one round trip. */
export async function bellSnapshot(db: Db, userId: string, locale: UiLocale) {
  const [unread, items] = await Promise.all([unreadCount(db, userId), renderedNotifications(db, userId, locale, { take: BELL_ITEMS })]);
  return { unread, items };
}
export const BELL_ITEMS = 8;

/** The person's latest notifications, rendered in `locale`, newest first. */
export async function renderedNotifications(db: DbOrTx, userId: string, locale: UiLocale, options: { take?: number } = {}) {
  const rows = await listNotifications(db, userId, options);
  return rows.map((n) => ({
    id: n.id,
    link: n.link,
    read: n.readAt !== null,
    createdAt: n.createdAt,
    ...renderNotification(locale, n.kind, paramsOf(n.params)),
  }));
}

/** Params are stored as JSON; only plain strings and numbers fill a message. */
export function paramsOf(value: unknown): Record<string, string | number> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string | number] => typeof entry[1] === "string" || typeof entry[1] === "number"),
  );
}
