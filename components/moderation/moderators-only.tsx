import { EmptyState, PageHeader } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import type { Translate } from "@/lib/i18n/translate";

/** What a signed-in person who is not a moderator sees on moderation pages: a plain 403, not a blank. */
export function ModeratorsOnly({ t }: { t: Translate }) {
  return (
    <div className="space-y-6">
      <PageHeader title={t("moderation.queue.forbiddenTitle")} />
      <EmptyState
        title={t("moderation.queue.forbiddenTitle")}
        description={t("moderation.queue.forbiddenBody")}
        action={
          <ButtonLink href="/forum" variant="secondary">
            {t("forum.title")}
          </ButtonLink>
        }
      />
    </div>
  );
}
