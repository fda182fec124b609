import nodemailer from "nodemailer";
import type { DbOrTx } from "@/server/db/client";

export type Mail = { to: string; subject: string; text: string };

let transport: nodemailer.Transporter | undefined;

/** Sends through SMTP when SMTP_URL is set; otherwise keeps the mail in the outbox admins read. */
export async function sendMail(db: DbOrTx, mail: Mail): Promise<void> {
  const url = process.env.SMTP_URL;
  if (!url) {
    await db.outboxMail.create({ data: mail });
    return;
  }
  transport ??= nodemailer.createTransport(url);
  await transport.sendMail({ from: process.env.MAIL_FROM ?? "Concord <no-reply@concord.local>", ...mail });
}
