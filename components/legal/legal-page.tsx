import { PageHeader } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";

const SECTIONS = { terms: 6, privacy: 6 } as const;

/** The terms or privacy text, section by section, from the `legal` catalog. */
export async function LegalPage({ doc }: { doc: keyof typeof SECTIONS }) {
  const { t } = await getTranslator();
  const sections = Array.from({ length: SECTIONS[doc] }, (_, i) => `legal.${doc}.s${i + 1}`);
  return (
    <article className="mx-auto max-w-2xl space-y-6">
      <PageHeader title={t(`legal.${doc}Title`)} description={t("legal.updated")} />
      {sections.map((key) => (
        <section key={key} className="space-y-1">
          <h2 className="text-lg font-semibold">{t(`${key}.title`)}</h2>
          <p className="text-slate-700">{t(`${key}.body`)}</p>
        </section>
      ))}
    </article>
  );
}
