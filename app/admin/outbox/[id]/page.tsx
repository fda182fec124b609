import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { BackLink } from "@/components/admin/back-link";
import { Card, PageHeader } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { getOutboxMail } from "@/server/admin/service";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";
import { AppError } from "@/server/errors";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.outbox.mailTitle") };
}

// Mail text is plain; links in it (invitations, notifications) are made clickable so an admin can
// follow or copy them, without ever rendering the text as HTML.
const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

function PlainText({ text }: { text: string }) {
  return (
    <pre className="font-sans text-sm whitespace-pre-wrap text-slate-900" data-testid="mail-text">
      {text.split(URL_PATTERN).map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} className="break-all text-teal-800 underline" rel="noopener noreferrer">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </pre>
  );
}

export default async function OutboxMailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await getContext();
  if (!ctx.actor) redirect(`/signin?callbackUrl=${encodeURIComponent(`/admin/outbox/${id}`)}`);
  if (!policy.readOutbox(ctx.actor)) notFound();
  const mail = await getOutboxMail(ctx, { id }).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const { t, locale } = await getTranslator();
  return (
    <div className="space-y-6">
      <PageHeader eyebrow={<BackLink href="/admin/outbox" label={t("admin.outbox.back")} />} title={mail.subject} />
      <Card className="space-y-4">
        <dl className="grid gap-1 text-sm sm:grid-cols-[6rem_1fr]">
          <dt className="text-slate-600">{t("admin.outbox.to")}</dt>
          <dd className="break-all">{mail.to}</dd>
          <dt className="text-slate-600">{t("admin.outbox.date")}</dt>
          <dd>
            <time dateTime={mail.createdAt.toISOString()}>{new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" }).format(mail.createdAt)}</time>
          </dd>
        </dl>
        <PlainText text={mail.text} />
      </Card>
    </div>
  );
}
