import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { practiceFormChoices } from "@/components/practices/form-options";
import { readLinks } from "@/components/practices/labels";
import { PracticeForm } from "@/components/practices/practice-form";
import { PracticeStateButton } from "@/components/practices/practice-state-button";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { getContext } from "@/server/auth/session";
import { getPractice } from "@/server/practices/service";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("practices.edit.title") };
}

export default async function EditPracticePage({ params }: Props) {
  const { slug } = await params;
  const ctx = await getContext();
  const { t, locale } = await getTranslator();
  const practice = await getPractice(ctx, slug);
  if (!practice) notFound();
  const href = `/practices/${practice.slug}`;

  if (!practice.canEdit) {
    return (
      <div className="mx-auto max-w-3xl">
        <PageHeader title={t("practices.edit.title")} description={practice.title} />
        {ctx.actor ? (
          <Alert tone="error" title={t("practices.edit.refusedTitle")}>
            <p>{t("practices.edit.refusedBody")}</p>
            <p className="mt-2">
              <Link href={href} className="font-medium underline">
                {t("practices.edit.backToPractice")}
              </Link>
            </p>
          </Alert>
        ) : (
          <Card className="space-y-3">
            <p className="text-slate-700">{t("practices.edit.signInBody")}</p>
            <ButtonLink href={`/signin?callbackUrl=${encodeURIComponent(`${href}/edit`)}`}>{t("practices.new.signIn")}</ButtonLink>
          </Card>
        )}
      </div>
    );
  }

  const { options } = await practiceFormChoices(ctx, locale, practice.partner?.slug ?? null);
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <PageHeader
        eyebrow={
          <Link href={href} className="hover:underline">
            ← {practice.title}
          </Link>
        }
        title={t("practices.edit.title")}
        description={t("practices.edit.description")}
      />
      <Card>
        <PracticeForm
          mode="edit"
          practiceId={practice.id}
          version={practice.version}
          slug={practice.slug}
          options={options}
          initial={{
            title: practice.title,
            problem: practice.problem,
            solution: practice.solution,
            results: practice.results,
            replication: practice.replication,
            outcomes: practice.outcomes,
            costRange: practice.costRange,
            durationMonths: practice.durationMonths,
            themes: practice.themes.map((x) => x.theme.slug),
            sdgs: practice.sdgs.map((s) => s.sdgNumber),
            cities: practice.cities.map((c) => c.city.slug),
            licence: practice.licence,
            links: readLinks(practice.links),
            language: practice.language,
            network: practice.network?.slug ?? null,
            partner: practice.partner?.slug ?? null,
            partnerDisclosure: practice.partnerDisclosure,
          }}
        />
      </Card>
      <Card className="space-y-2">
        <h2 className="font-semibold text-slate-900">{t("practices.state.title")}</h2>
        <PracticeStateButton practiceId={practice.id} version={practice.version} state={practice.state} />
      </Card>
    </div>
  );
}
