import type { Metadata } from "next";
import { LegalPage } from "@/components/legal/legal-page";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("legal.privacyTitle") };
}

export default function Page() {
  return <LegalPage doc="privacy" />;
}
