import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { networkFormOptions } from "@/components/networks/form-options";
import { NetworkForm } from "@/components/networks/network-form";
import { Card, PageHeader } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";
import { getNetwork } from "@/server/networks/service";

type Props = { params: Promise<{ slug: string }> };

/** Shared by the metadata and the page within one request. */
const load = cache(async (slug: string) => getNetwork(await getContext(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getTranslator();
  const page = await load((await params).slug);
  return { title: page ? t("networks.edit.title", { name: page.network.acronym ?? page.network.name }) : undefined };
}

export default async function EditNetworkPage({ params }: Props) {
  const { slug } = await params;
  const ctx = await getContext();
  if (!ctx.actor) redirect(`/signin?callbackUrl=${encodeURIComponent(`/networks/${slug}/edit`)}`);
  const page = await load(slug);
  if (!page || !page.can.edit) notFound();
  const { t, locale } = await getTranslator();
  const { network } = page;
  const options = await networkFormOptions(ctx, locale);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title={t("networks.edit.title", { name: network.acronym ?? network.name })}
        description={t("networks.edit.description")}
        actions={
          <Link href={`/networks/${network.slug}`} className="text-sm text-teal-800 underline">
            {t("networks.edit.back")}
          </Link>
        }
      />
      <Card>
        <NetworkForm
          mode="edit"
          networkId={network.id}
          version={network.version}
          canSetConfidence={policy.reviewNetwork(ctx.actor)}
          options={options}
          initial={{
            name: network.name,
            acronym: network.acronym,
            foundedYear: network.foundedYear,
            hqCity: network.hqCity,
            hqCountry: network.hqCountry,
            scope: network.scope,
            region: network.region,
            membershipModel: network.membershipModel,
            themes: network.themes.map((theme) => theme.slug),
            about: network.about,
            website: network.website,
            language: network.language,
            memberCount: network.memberCount,
            memberCountYear: network.memberCountYear,
            activity: network.activity,
            sourceUrl: network.sourceUrl,
            confidence: network.confidence,
          }}
        />
      </Card>
    </div>
  );
}
