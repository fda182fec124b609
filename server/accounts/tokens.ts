import { createHash, randomBytes } from "node:crypto";
import { catalogs } from "@/messages";
import { defaultLocale } from "@/lib/i18n/config";
import { createTranslator } from "@/lib/i18n/translate";
import type { DbOrTx } from "@/server/db/client";
import type { AccountTokenKind } from "@/server/db/generated/client";
import { sendMail } from "@/server/mail/service";
import { appBaseUrl, uiLocale } from "@/server/notifications/service";

export const TOKEN_TTL_MS = { PASSWORD_RESET: 60 * 60 * 1000, EMAIL_CHANGE: 24 * 60 * 60 * 1000 } as const;

/** Only this digest is stored: a leaked table cannot be used to reset anyone's password. */
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Issues a fresh single-use token (earlier unused ones of the same kind stop working) and mails its link. */
export async function issueToken(
  tx: DbOrTx,
  user: { id: string; locale: string },
  kind: AccountTokenKind,
  mail: { to: string; path: string; newEmail?: string },
  now = new Date(),
) {
  const token = randomBytes(32).toString("base64url");
  await tx.accountToken.updateMany({ where: { userId: user.id, kind, usedAt: null }, data: { usedAt: now } });
  await tx.accountToken.create({
    data: { userId: user.id, kind, tokenHash: hashToken(token), newEmail: mail.newEmail ?? null, expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[kind]) },
  });
  const t = createTranslator(catalogs[uiLocale(user.locale)], catalogs[defaultLocale]);
  const key = kind === "PASSWORD_RESET" ? "accountSecurity.mail.reset" : "accountSecurity.mail.emailChange";
  await sendMail(tx, { to: mail.to, subject: t(`${key}.subject`), text: `${t(`${key}.body`)}\n\n${appBaseUrl()}${mail.path}?token=${token}` });
  return token;
}

/** Marks a valid token used, atomically (two tabs cannot both use it); null when unknown, used or expired. */
export async function consumeToken(tx: DbOrTx, token: string, kind: AccountTokenKind, now = new Date()) {
  const row = await tx.accountToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.kind !== kind || row.usedAt || row.expiresAt <= now) return null;
  const claimed = await tx.accountToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
  if (claimed.count !== 1) return null;
  await tx.accountToken.updateMany({ where: { userId: row.userId, kind, usedAt: null }, data: { usedAt: now } });
  return row;
}
