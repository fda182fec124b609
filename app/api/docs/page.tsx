import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { apiReference, type ReferenceField } from "@/server/opendata/reference";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("apiDocs.title") };
}

const anchor = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

export default async function ApiDocsPage() {
  const { t } = await getTranslator();
  const groups = apiReference();
  return (
    <div className="space-y-8">
      <PageHeader
        title={t("apiDocs.title")}
        description={t("apiDocs.description")}
        actions={
          <a className="text-sm font-medium text-teal-800 underline" href="/api/v1/openapi.json">
            {t("apiDocs.openapi")}
          </a>
        }
      />
      <nav aria-label={t("apiDocs.contents")} className="text-sm">
        <h2 className="font-semibold text-slate-900">{t("apiDocs.contents")}</h2>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
          {groups.map((group) => (
            <li key={group.tag}>
              <a className="text-teal-800 underline" href={`#${anchor(group.tag)}`}>
                {group.tag}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group) => (
        <section key={group.tag} id={anchor(group.tag)} aria-labelledby={`${anchor(group.tag)}-title`} className="space-y-4">
          <h2 id={`${anchor(group.tag)}-title`} className="text-xl font-semibold text-slate-900">
            {group.tag}
          </h2>
          {group.endpoints.map((endpoint) => (
            <Card key={endpoint.path} className="space-y-3 p-4">
              <h3 id={anchor(endpoint.path)} className="flex flex-wrap items-center gap-2 font-mono text-sm font-semibold text-slate-900">
                <Badge>GET</Badge>
                <span className="break-all">{endpoint.path}</span>
                {endpoint.csv && <Badge tone="green">CSV</Badge>}
              </h3>
              <p className="text-sm text-slate-700">{endpoint.summary}</p>
              {endpoint.csv && <p className="text-sm text-slate-600">{t("apiDocs.csv")}</p>}
              {endpoint.notFound && <p className="text-sm text-slate-600">{t("apiDocs.notFound")}</p>}
              <FieldTable caption={t("apiDocs.parameters")} fields={endpoint.parameters} t={t} />
              {endpoint.fields.length > 0 && <FieldTable caption={t("apiDocs.fields")} fields={endpoint.fields} t={t} />}
            </Card>
          ))}
        </section>
      ))}
    </div>
  );
}

function FieldTable({ caption, fields, t }: { caption: string; fields: ReferenceField[]; t: Translate }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-1 text-left font-medium text-slate-900">{caption}</caption>
        {fields.length === 0 ? (
          <tbody>
            <tr>
              <td className="text-slate-600">{t("apiDocs.noParameters")}</td>
            </tr>
          </tbody>
        ) : (
          <>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-1 pr-4 font-medium">{t("apiDocs.name")}</th>
                <th scope="col" className="py-1 pr-4 font-medium">{t("apiDocs.type")}</th>
                <th scope="col" className="py-1 pr-4 font-medium">{t("apiDocs.required")}</th>
                <th scope="col" className="py-1 font-medium">{t("apiDocs.description_col")}</th>
              </tr>
            </thead>
            <tbody>
              {fields.map((field) => (
                <tr key={field.name} className="border-b border-slate-100 align-top">
                  <td className="py-1 pr-4 font-mono text-xs">{field.name}</td>
                  <td className="py-1 pr-4 font-mono text-xs text-slate-700">{field.type}</td>
                  <td className="py-1 pr-4">{field.required ? t("apiDocs.yes") : ""}</td>
                  <td className="py-1 text-slate-700">{field.description ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </>
        )}
      </table>
    </div>
  );
}
