import { catalogs } from "@/messages";
import { defaultLocale } from "@/lib/i18n/config";
import { createTranslator } from "@/lib/i18n/translate";
import type { Db } from "@/server/db/client";
import { sendMail } from "@/server/mail/service";
import { appBaseUrl, paramsOf, renderNotification, uiLocale } from "./service";

export const DIGEST_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** A digest lists at most this many items, then says how many more wait in the bell. */
export const DIGEST_MAX_ITEMS = 50;
const BATCH = 100;

/**
 * Mails each person whose notifications wait for the daily digest one digest, in their language —
 * at most one per 24 hours. Safe to run from several app instances at once: each person is handled
 * in their own transaction holding their User row (FOR UPDATE SKIP LOCKED), and the 24-hour rule is
 * checked again under that lock, so a second instance skips them or finds them already served.
 * Items read in the bell meanwhile leave the queue without being mailed.
 */
export async function sendDigests(db: Db, now: Date): Promise<{ sent: number }> {
  const due = new Date(now.getTime() - DIGEST_INTERVAL_MS);
  let sent = 0;
  let after = "";
  for (;;) {
    const candidates = await db.user.findMany({
      where: {
        id: { gt: after },
        notifications: { some: { digestPending: true } },
        OR: [{ lastDigestAt: null }, { lastDigestAt: { lte: due } }],
      },
      select: { id: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    for (const { id } of candidates) if (await digestFor(db, id, now, due)) sent += 1;
    if (candidates.length < BATCH) return { sent };
    after = candidates[candidates.length - 1]!.id;
  }
}

async function digestFor(db: Db, userId: string, now: Date, due: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const [user] = await tx.$queryRaw<{ email: string; locale: string }[]>`
      SELECT email, locale FROM "User"
      WHERE id = ${userId} AND ("lastDigestAt" IS NULL OR "lastDigestAt" <= ${due})
      FOR UPDATE SKIP LOCKED`;
    if (!user) return false;
    const pending = await tx.notification.findMany({
      where: { userId, digestPending: true },
      orderBy: { createdAt: "asc" },
      select: { id: true, kind: true, params: true, link: true, readAt: true },
    });
    await tx.notification.updateMany({ where: { id: { in: pending.map((n) => n.id) } }, data: { digestPending: false } });
    const unread = pending.filter((n) => n.readAt === null);
    if (!unread.length) return false;

    const locale = uiLocale(user.locale);
    const t = createTranslator(catalogs[locale], catalogs[defaultLocale], locale);
    const base = appBaseUrl();
    const listed = unread.slice(-DIGEST_MAX_ITEMS);
    const items = listed.map((n) => {
      const { title, body } = renderNotification(locale, n.kind, paramsOf(n.params));
      return [`• ${title}`, `  ${body}`, n.link ? `  ${base}${n.link}` : null].filter(Boolean).join("\n");
    });
    const more = unread.length - listed.length;
    const text = [
      t("notifications.digest.intro", { count: unread.length }),
      items.join("\n\n"),
      more > 0 ? t("notifications.digest.more", { count: more, link: `${base}/account#notifications-heading` }) : null,
      t("notifications.digest.footer", { link: `${base}/account#notification-preferences-heading` }),
    ]
      .filter(Boolean)
      .join("\n\n");
    await sendMail(tx, { to: user.email, subject: t("notifications.digest.subject", { count: unread.length }), text });
    await tx.user.update({ where: { id: userId }, data: { lastDigestAt: now } });
    return true;
  }, { timeout: 30_000 });
}
