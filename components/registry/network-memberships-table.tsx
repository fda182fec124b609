import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { Translate } from "@/lib/i18n/translate";

export type NetworkMembershipRow = {
  network: { slug: string; name: string; acronym: string | null };
  memberType: "MEMBER" | "OBSERVER" | "PARTNER";
  yearJoined: number | null;
  sourceUrl: string | null;
};

/**
 * The networks a city or a partner organisation belongs to. `ns` names the catalog section with the
 * column headings (networkColumn, memberTypeColumn, joinedColumn, sourceColumn, sourceLink) and
 * `memberTypesNs` the one naming member types.
 */
export function NetworkMembershipsTable(props: { rows: NetworkMembershipRow[]; t: Translate; ns: string; memberTypesNs: string }) {
  const { rows, t, ns, memberTypesNs } = props;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="table-cards w-full text-left text-sm">
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">{t(`${ns}.networkColumn`)}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t(`${ns}.memberTypeColumn`)}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t(`${ns}.joinedColumn`)}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t(`${ns}.sourceColumn`)}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((m) => (
            <tr key={m.network.slug}>
              <td className="px-4 py-2">
                <Link href={`/networks/${m.network.slug}`} className="font-medium text-teal-800 hover:underline">
                  {m.network.acronym ?? m.network.name}
                </Link>
                {m.network.acronym ? <span className="block text-xs text-slate-600">{m.network.name}</span> : null}
              </td>
              <td className="px-4 py-2" data-label={t(`${ns}.memberTypeColumn`)}>
                <Badge tone={m.memberType === "MEMBER" ? "teal" : "neutral"}>{t(`${memberTypesNs}.${m.memberType}`)}</Badge>
              </td>
              <td className="px-4 py-2" data-label={t(`${ns}.joinedColumn`)}>{m.yearJoined ?? t("common.unknown")}</td>
              <td className="px-4 py-2" data-label={t(`${ns}.sourceColumn`)}>
                {/* Source links are checked to be http(s) where they are entered; this guards seed data too. */}
                {m.sourceUrl && /^https?:\/\//i.test(m.sourceUrl) ? (
                  <a href={m.sourceUrl} className="text-teal-800 underline" rel="noopener noreferrer" target="_blank">
                    {t(`${ns}.sourceLink`)}
                  </a>
                ) : (
                  <span className="text-slate-500">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
