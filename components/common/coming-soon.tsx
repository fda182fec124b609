import { getTranslator } from "@/lib/i18n/server";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import type { NavKey } from "@/components/layout/nav-items";

/** An honest placeholder for sections that are planned but not built yet. */
export async function ComingSoon({ section }: { section: NavKey }) {
  const { t } = await getTranslator();
  return (
    <div>
      <PageHeader title={t(`nav.${section}`)} description={t(`home.sections.${section}`)} />
      <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
        <p className="text-lg font-semibold text-slate-900">{t("common.comingSoon")}</p>
        <p className="mx-auto mt-2 max-w-xl text-slate-700">{t("common.comingSoonBody")}</p>
        <div className="mt-6 flex justify-center gap-2">
          <ButtonLink href="/networks">{t("nav.networks")}</ButtonLink>
          <ButtonLink href="/cities" variant="secondary">
            {t("nav.cities")}
          </ButtonLink>
        </div>
      </div>
    </div>
  );
}
