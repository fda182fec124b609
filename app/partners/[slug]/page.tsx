import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { JoinPartnerButton } from "@/components/partners/join-partner-button";
import { PartnerForm } from "@/components/partners/partner-form";
import { PartnerTypeBadge } from "@/components/partners/partner-type-badge";
import { ReviewJoin } from "@/components/partners/review-join";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader, Section } from "@/components/ui/card";
import { NetworkMembershipsTable } from "@/components/registry/network-memberships-table";
import { getTranslator } from "@/lib/i18n/server";
import { getContext } from "@/server/auth/session";
import { countryName } from "@/server/cities/country";
import { getPartner } from "@/server/partners/service";

type Props = { params: Promise<{ slug: string }> };

/** Shared by the metadata and the page within one request. */
const load = cache(async (slug: string) => getPartner(await getContext(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const page = await load(slug);
  return { title: page?.partner.name };
}

/** Only http(s) addresses become links; anything else is shown as text. */
const safeHref = (url: string) => (/^https?:\/\//i.test(url) ? url : null);

export default async function PartnerPage({ params }: Props) {
  const { slug } = await params;
  const { t, locale } = await getTranslator();
  const page = await load(slug);
  if (!page) notFound();
  const { partner, myMembership, pendingRequests, can } = page;
  const typeLabel = t(`partners.types.${partner.type}`);
  const website = partner.website ? safeHref(partner.website) : null;

  return (
    <div className="space-y-8">
      <PageHeader
        eyebrow={t("partners.detail.eyebrow")}
        title={partner.name}
        description={<PartnerTypeBadge type={partner.type} label={typeLabel} className="text-sm" />}
      />

      {can.review && pendingRequests.length ? (
        <Section id="join-requests" title={t("partners.review.pendingTitle")}>
          <ul className="space-y-3">
            {pendingRequests.map((r) => (
              <li key={r.userId} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-amber-200 bg-amber-50/50 p-4">
                <p className="text-sm text-slate-900">{t("partners.review.requestedBy", { name: r.user.name, email: r.user.email })}</p>
                <ReviewJoin partnerId={partner.id} userId={r.userId} applicant={r.user.name} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-8">
          <Section id="about" title={t("partners.detail.about")}>
            {partner.description ? (
              <p className="whitespace-pre-line text-slate-800" lang={partner.language === "zh" ? "zh-CN" : partner.language}>
                {partner.description}
              </p>
            ) : (
              <EmptyState title={t("partners.detail.noDescription")} />
            )}
          </Section>

          <Section id="networks" title={t("partners.detail.networksTitle")}>
            {partner.memberships.length ? (
              <NetworkMembershipsTable rows={partner.memberships} t={t} ns="partners.detail" memberTypesNs="partners.memberTypes" />
            ) : (
              <EmptyState title={t("partners.detail.networksEmpty")} />
            )}
          </Section>

          <Section id="members" title={t("partners.detail.membersTitle")}>
            {partner.members.length ? (
              <ul className="space-y-1 text-sm">
                {partner.members.map((m) => (
                  <li key={m.userId} className="font-medium text-slate-900">
                    {m.user.name}
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState title={t("partners.detail.membersEmpty")} />
            )}
          </Section>
        </div>

        <aside className="space-y-6">
          <Card className="space-y-3">
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-2 text-sm">
              <dt className="text-slate-600">{t("partners.detail.typeHeading")}</dt>
              <dd>
                <PartnerTypeBadge type={partner.type} label={typeLabel} />
              </dd>
              <dt className="text-slate-600">{t("partners.detail.website")}</dt>
              <dd className="break-all">
                {website ? (
                  <a href={website} className="text-teal-800 underline" rel="noopener noreferrer" target="_blank">
                    {website.replace(/^https?:\/\//i, "")}
                  </a>
                ) : (
                  (partner.website ?? t("partners.detail.noWebsite"))
                )}
              </dd>
              <dt className="text-slate-600">{t("partners.detail.country")}</dt>
              <dd>{partner.countryCode ? countryName(partner.countryCode, locale) : t("partners.detail.noCountry")}</dd>
            </dl>
            <p className="text-xs text-slate-600">{t("partners.detail.disclosure")}</p>
          </Card>

          <Card className="space-y-3">
            {!can.join ? (
              <ButtonLink href={`/signin?callbackUrl=${encodeURIComponent(`/partners/${partner.slug}`)}`} variant="secondary">
                {t("partners.join.signIn")}
              </ButtonLink>
            ) : myMembership?.status === "VERIFIED" ? (
              <Alert tone="success">{t("partners.join.verified")}</Alert>
            ) : myMembership?.status === "PENDING" ? (
              <Alert tone="info">{t("partners.join.pending")}</Alert>
            ) : (
              <>
                {myMembership?.status === "REJECTED" ? <Alert tone="warning">{t("partners.join.rejected")}</Alert> : null}
                <JoinPartnerButton partnerId={partner.id} />
              </>
            )}
          </Card>

          {can.edit ? (
            <Card>
              <details>
                <summary className="cursor-pointer font-semibold text-slate-900">{t("partners.form.editTitle")}</summary>
                <div className="mt-4">
                  <PartnerForm
                    existing={{
                      partnerId: partner.id,
                      version: partner.version,
                      profile: {
                        name: partner.name,
                        type: partner.type,
                        website: partner.website,
                        countryCode: partner.countryCode,
                        description: partner.description,
                        language: partner.language,
                      },
                    }}
                  />
                </div>
              </details>
            </Card>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
