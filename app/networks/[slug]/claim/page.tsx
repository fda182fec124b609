import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { ClaimNetworkForm } from "@/components/networks/claim-network-form";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { getContext } from "@/server/auth/session";
import { getNetwork } from "@/server/networks/service";

type Props = { params: Promise<{ slug: string }> };

/** Shared by the metadata and the page within one request. */
const load = cache(async (slug: string) => getNetwork(await getContext(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getTranslator();
  const page = await load((await params).slug);
  return { title: page ? t("networks.claim.title", { name: page.network.acronym ?? page.network.name }) : undefined };
}

export default async function ClaimNetworkPage({ params }: Props) {
  const { slug } = await params;
  const ctx = await getContext();
  if (!ctx.actor) redirect(`/signin?callbackUrl=${encodeURIComponent(`/networks/${slug}/claim`)}`);
  const page = await load(slug);
  if (!page || page.network.status !== "VERIFIED") notFound();
  const { t } = await getTranslator();
  const { network, myClaim, can } = page;
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title={t("networks.claim.title", { name: network.acronym ?? network.name })}
        actions={
          <Link href={`/networks/${network.slug}`} className="text-sm text-teal-800 underline">
            {t("networks.claim.back")}
          </Link>
        }
      />
      <Card className="space-y-4">
        {!can.claim ? (
          <Alert tone="info">{t("networks.claim.notAvailable")}</Alert>
        ) : myClaim?.status === "PENDING" ? (
          <Alert tone="info">{t("networks.detail.claimPending")}</Alert>
        ) : (
          <>
            {myClaim?.status === "REJECTED" ? (
              <Alert tone="warning">{t("networks.detail.claimRejected", { reason: myClaim.reason ?? "" })}</Alert>
            ) : null}
            <ClaimNetworkForm networkId={network.id} />
          </>
        )}
      </Card>
    </div>
  );
}
