import type { Metadata } from "next";
import { ChallengeForm } from "@/components/challenges/challenge-form";
import { themeName } from "@/components/networks/labels";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { getContext } from "@/server/auth/session";
import { challengeFormChoices } from "@/server/challenges/service";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("challenges.form.newTitle") };
}

export default async function NewChallengePage() {
  const { t, locale } = await getTranslator();
  const ctx = await getContext();
  const choices = await challengeFormChoices(ctx);
  if (!choices.cities.length) {
    return (
      <div className="space-y-6">
        <PageHeader title={t("challenges.form.newTitle")} description={t("challenges.form.newDescription")} />
        <Card className="max-w-3xl space-y-3" data-testid="who-can-post">
          <h2 className="text-lg font-semibold text-slate-900">{t("challenges.form.whoTitle")}</h2>
          <p className="text-slate-700">{t("challenges.form.whoBody")}</p>
          <p className="text-slate-700">{t("challenges.form.howTo")}</p>
          <div className="flex flex-wrap gap-2 pt-1">
            <ButtonLink href="/cities">{t("challenges.form.findCity")}</ButtonLink>
            {!ctx.actor ? (
              <ButtonLink href="/signin?callbackUrl=/challenges/new" variant="secondary">
                {t("challenges.form.signIn")}
              </ButtonLink>
            ) : null}
          </div>
        </Card>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <PageHeader title={t("challenges.form.newTitle")} description={t("challenges.form.newDescription")} />
      <ChallengeForm
        mode="create"
        cities={choices.cities}
        themes={choices.themes.map((th) => ({ slug: th.slug, name: themeName(th, locale) }))}
        initial={{ title: "", problem: "", helpNeeded: "", urgency: "MEDIUM", themes: [], language: locale === "zh-CN" ? "zh" : locale }}
      />
    </div>
  );
}
