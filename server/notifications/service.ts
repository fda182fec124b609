import { catalogs } from "@/messages";
import { defaultLocale, type UiLocale } from "@/lib/i18n/config";
import { createTranslator, type TranslateParams } from "@/lib/i18n/translate";
import type { Db } from "@/server/db/client";
import { sendMail } from "@/server/mail/service";

/**
 * Tells people something happened: a notification row (rendered later in the reader's language
 * from the catalog entries `<kind>.title` and `<kind>.body`, e.g. kind "networks.notify.verified")
 * and a mail in the recipient's own language.
 */
export async function notify(
  db: Db,
  input: { userIds: string[]; kind: string; params?: Record<string, string | number>; link?: string },
): Promise<void> {
  const userIds = [...new Set(input.userIds)];
  if (userIds.length === 0) return;
  const params = input.params ?? {};
  await db.notification.createMany({ data: userIds.map((userId) => ({ userId, kind: input.kind, params, link: input.link ?? null })) });
  const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { email: true, locale: true } });
  const base = process.env.NEXTAUTH_URL ?? "http://localhost:3000";
  for (const user of users) {
    const { title, body } = renderNotification(uiLocale(user.locale), input.kind, params);
    await sendMail(db, { to: user.email, subject: title, text: input.link ? `${body}\n\n${base}${input.link}` : body });
  }
}

export const uiLocale = (locale: string): UiLocale => (locale === "zh" ? "zh-CN" : (locale as UiLocale));

export function renderNotification(locale: UiLocale, kind: string, params: TranslateParams) {
  const t = createTranslator(catalogs[locale], catalogs[defaultLocale]);
  return { title: t(`${kind}.title`, params), body: t(`${kind}.body`, params) };
}

export async function listNotifications(db: Db, userId: string, options: { take?: number } = {}) {
  return db.notification.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: options.take ?? 50 });
}

export async function unreadCount(db: Db, userId: string) {
  return db.notification.count({ where: { userId, readAt: null } });
}

export async function markAllRead(db: Db, userId: string) {
  await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
}

/** The person's latest notifications, rendered in `locale`, newest first. */
export async function renderedNotifications(db: Db, userId: string, locale: UiLocale, options: { take?: number } = {}) {
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
function paramsOf(value: unknown): Record<string, string | number> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string | number] => typeof entry[1] === "string" || typeof entry[1] === "number"),
  );
}
