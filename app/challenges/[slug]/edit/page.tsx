import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChallengeForm } from "@/components/challenges/challenge-form";
import { themeName } from "@/components/networks/labels";
import { PageHeader } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";
import { challengeFormChoices, getChallenge } from "@/server/challenges/service";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("challenges.form.editTitle") };
}

export default async function EditChallengePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { t, locale } = await getTranslator();
  const ctx = await getContext();
  const challenge = await getChallenge(ctx, slug);
  if (!challenge || !policy.editChallenge(ctx.actor, challenge.cityId)) notFound();
  const { themes } = await challengeFormChoices(ctx);
  return (
    <div className="space-y-6">
      <PageHeader title={t("challenges.form.editTitle")} eyebrow={challenge.city.name} />
      <ChallengeForm
        mode="edit"
        challengeId={challenge.id}
        version={challenge.version}
        slug={challenge.slug}
        themes={themes.map((th) => ({ slug: th.slug, name: themeName(th, locale) }))}
        initial={{
          title: challenge.title,
          problem: challenge.problem,
          helpNeeded: challenge.helpNeeded,
          urgency: challenge.urgency,
          themes: challenge.themes.map((x) => x.theme.slug),
          language: challenge.language,
        }}
      />
    </div>
  );
}
