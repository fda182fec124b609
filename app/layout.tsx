import type { Metadata } from "next";
import type { ReactNode } from "react";
import { scopedCatalog } from "@/lib/i18n/client-catalog";
import { I18nProvider } from "@/lib/i18n/client";
import { getTranslator } from "@/lib/i18n/server";
import { SiteHeader } from "@/components/layout/site-header";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: { default: "Concord", template: "%s · Concord" }, description: t("home.tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { t, locale } = await getTranslator();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <I18nProvider locale={locale} messages={scopedCatalog(locale, "shell")}>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-8">
            {children}
          </main>
          <footer className="border-t border-slate-200 bg-white">
            <div className="mx-auto flex max-w-7xl flex-wrap justify-between gap-2 px-4 py-6 text-sm text-slate-600">
              <p>{t("common.footer")}</p>
              <p className="flex flex-wrap gap-4">
                <a className="underline hover:text-teal-800" href="/terms">
                  {t("legal.termsTitle")}
                </a>
                <a className="underline hover:text-teal-800" href="/privacy">
                  {t("legal.privacyTitle")}
                </a>
                <a className="underline hover:text-teal-800" href="/api/docs">
                  {t("common.openData")}
                </a>
              </p>
            </div>
          </footer>
        </I18nProvider>
      </body>
    </html>
  );
}
