import { ButtonLink } from "@/components/ui/button";
import { getTranslator } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getTranslator();
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-bold">{t("errors.pageNotFound")}</h1>
      <p className="mt-2 text-slate-700">{t("errors.pageNotFoundBody")}</p>
      <ButtonLink href="/" className="mt-6">
        {t("errors.goHome")}
      </ButtonLink>
    </div>
  );
}
