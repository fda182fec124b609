import { ButtonLink } from "@/components/ui/button";
import { EmptyState, Section } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";
import { challengesOfCity } from "@/server/challenges/service";
import { ChallengeCard } from "./challenge-card";

/** "Challenges posted by this city", for the city page. */
export async function CityChallengesSection({ cityId }: { cityId: string }) {
  const [{ t, locale }, ctx] = await Promise.all([getTranslator(), getContext()]);
  const challenges = await challengesOfCity(ctx.db, cityId);
  const canPost = policy.postChallenge(ctx.actor, cityId);
  return (
    <Section
      id="challenges"
      title={t("challenges.city.title")}
      actions={
        canPost ? (
          <ButtonLink href="/challenges/new" variant="secondary" size="sm">
            {t("challenges.city.post")}
          </ButtonLink>
        ) : (
          <ButtonLink href="/challenges" variant="ghost" size="sm">
            {t("challenges.city.all")}
          </ButtonLink>
        )
      }
    >
      {challenges.length ? (
        <ul className="space-y-3">
          {challenges.map((challenge) => (
            <ChallengeCard key={challenge.id} challenge={challenge} t={t} locale={locale} />
          ))}
        </ul>
      ) : (
        <EmptyState title={t("challenges.city.empty")} />
      )}
    </Section>
  );
}
