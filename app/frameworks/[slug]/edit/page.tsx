import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FrameworkForm, PillarEditor } from "@/components/frameworks/framework-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";
import { frameworkForEdit } from "@/server/frameworks/service";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("frameworks.edit.title") };
}

export default async function EditFrameworkPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { t } = await getTranslator();
  const ctx = await getContext();
  const f = await frameworkForEdit(ctx.db, slug);
  if (!f) notFound();
  if (!policy.editFramework(ctx.actor)) {
    return (
      <div className="space-y-6">
        <PageHeader title={t("frameworks.edit.title")} />
        <Alert tone="error">{t(ctx.actor ? "frameworks.new.moderatorsOnly" : "frameworks.new.signIn")}</Alert>
      </div>
    );
  }
  return (
    <div className="space-y-8">
      <PageHeader
        title={t("frameworks.edit.title")}
        description={
          <>
            <Link href={`/frameworks/${f.slug}`} className="text-teal-800 hover:underline">
              {f.title}
            </Link>{" "}
            · {t("frameworks.versionLabel", { version: f.version })}
          </>
        }
      />
      <p className="text-sm text-slate-600">{t("frameworks.edit.versionHint")}</p>
      {/* Keyed by version: after any saved change the forms start again from the saved text. */}
      <FrameworkForm
        key={`form-${f.version}`}
        mode="edit"
        frameworkId={f.id}
        version={f.version}
        slug={f.slug}
        initial={{
          title: f.title, anchor: f.anchor, summary: f.summary, body: f.body, sourceUrl: f.sourceUrl, language: f.language,
          consultationOpens: f.consultationOpens, consultationCloses: f.consultationCloses,
        }}
      />
      <PillarEditor key={`pillars-${f.version}`} frameworkId={f.id} version={f.version} pillars={f.pillars} />
    </div>
  );
}
