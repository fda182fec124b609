import type { Metadata } from "next";
import Link from "next/link";
import { canSharePractices, practiceFormChoices } from "@/components/practices/form-options";
import { PracticeForm, type PracticeFormValues } from "@/components/practices/practice-form";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { contentLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/server";
import { first, type SearchParams } from "@/lib/search-params";
import { getContext } from "@/server/auth/session";
import { contentLanguages } from "@/server/networks/input";
import { getPractice } from "@/server/practices/service";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("practices.new.title") };
}

export default async function NewPracticePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const translationOf = first((await searchParams).translationOf)?.slice(0, 120) || null;
  const ctx = await getContext();
  const { t, locale } = await getTranslator();
  const self = translationOf ? `/practices/new?translationOf=${encodeURIComponent(translationOf)}` : "/practices/new";

  if (!ctx.actor) {
    return (
      <div className="mx-auto max-w-3xl">
        <PageHeader title={t("practices.new.title")} description={t("practices.new.description")} />
        <Card className="space-y-3">
          <p className="text-slate-700">{t("practices.new.signInBody")}</p>
          <ButtonLink href={`/signin?callbackUrl=${encodeURIComponent(self)}`}>{t("practices.new.signIn")}</ButtonLink>
        </Card>
      </div>
    );
  }
  if (!canSharePractices(ctx.actor)) {
    return (
      <div className="mx-auto max-w-3xl">
        <PageHeader title={t("practices.new.title")} description={t("practices.new.description")} />
        <Alert tone="info" title={t("practices.new.noRoleTitle")}>
          <p>{t("practices.new.noRoleBody")}</p>
          <p className="mt-2 flex flex-wrap gap-4">
            <Link href="/cities" className="font-medium underline">
              {t("practices.new.claimCity")}
            </Link>
            <Link href="/partners" className="font-medium underline">
              {t("practices.new.joinPartner")}
            </Link>
          </p>
        </Alert>
      </div>
    );
  }

  const original = translationOf ? await getPractice(ctx, translationOf) : null;
  const { options, myCities, myNetwork, myPartner } = await practiceFormChoices(ctx, locale, original?.partner?.slug ?? null);
  const taken = original ? [original.language, ...original.translations.map((tr) => tr.language)] : [];
  const preferred = contentLocale(locale);
  const language = taken.includes(preferred) ? (contentLanguages.find((l) => !taken.includes(l)) ?? preferred) : preferred;

  const initial: PracticeFormValues = original
    ? {
        title: "",
        problem: "",
        solution: "",
        results: "",
        replication: "",
        outcomes: original.outcomes,
        costRange: original.costRange,
        durationMonths: original.durationMonths,
        themes: original.themes.map((x) => x.theme.slug),
        sdgs: original.sdgs.map((s) => s.sdgNumber),
        cities: original.cities.map((c) => c.city.slug),
        licence: original.licence,
        links: [],
        language,
        network: original.network?.slug ?? null,
        partner: original.partner?.slug ?? null,
        partnerDisclosure: original.partnerDisclosure,
      }
    : {
        title: "",
        problem: "",
        solution: "",
        results: "",
        replication: "",
        outcomes: [],
        costRange: null,
        durationMonths: null,
        themes: [],
        sdgs: [],
        cities: myCities,
        licence: "CC_BY_4_0",
        links: [],
        language,
        network: myCities.length ? null : myNetwork,
        partner: myCities.length || myNetwork ? null : myPartner,
        partnerDisclosure: null,
      };

  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader
        title={original ? t("practices.new.translationTitle") : t("practices.new.title")}
        description={original ? t("practices.new.translationDescription", { title: original.title }) : t("practices.new.description")}
      />
      {translationOf && !original ? (
        <Alert tone="warning" className="mb-4">
          {t("practices.new.originalMissing")}
        </Alert>
      ) : null}
      {original ? (
        <Alert tone="info" className="mb-4">
          {t("practices.new.translationOf")}{" "}
          <Link href={`/practices/${original.slug}`} className="font-medium underline" lang={original.language}>
            {original.title}
          </Link>{" "}
          ({t(`knowledge.language.${original.language}`)})
        </Alert>
      ) : null}
      <Card>
        <PracticeForm mode="create" options={options} initial={initial} translationOf={original?.slug ?? null} takenLanguages={taken} />
      </Card>
    </div>
  );
}
