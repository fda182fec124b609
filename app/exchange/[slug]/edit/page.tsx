import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { networkLabel } from "@/components/exchange/parts";
import { RequestForm } from "@/components/exchange/request-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";
import { getRequest } from "@/server/exchange/service";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("exchange.edit.title") };
}

const day = (date: Date) => date.toISOString().slice(0, 10);

export default async function EditExchangeRequestPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { t } = await getTranslator();
  const ctx = await getContext();
  const request = await getRequest(ctx, slug);
  if (!request) notFound();
  if (!policy.editExchangeRequest(ctx.actor, request.networkId)) {
    return (
      <div className="space-y-6">
        <PageHeader title={t("exchange.edit.title")} />
        <Alert tone="error">{t(ctx.actor ? "exchange.edit.notAllowed" : "exchange.edit.signIn")}</Alert>
      </div>
    );
  }
  if (request.status === "CLOSED") {
    return (
      <div className="space-y-6">
        <PageHeader title={t("exchange.edit.title")} description={request.title} />
        <Alert tone="error">{t("exchange.errors.closed")}</Alert>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <PageHeader title={t("exchange.edit.title")} description={request.title} eyebrow={t("exchange.title")} />
      <RequestForm
        mode="edit"
        requestId={request.id}
        version={request.version}
        slug={request.slug}
        network={networkLabel(request.network)}
        initial={{
          topic: request.topic,
          format: request.format,
          title: request.title,
          description: request.description,
          windowStart: day(request.windowStart),
          windowEnd: day(request.windowEnd),
        }}
      />
    </div>
  );
}
