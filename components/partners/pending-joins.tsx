import Link from "next/link";
import type { UiLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { PartnerType } from "@/server/db/generated/client";
import { PartnerTypeBadge } from "./partner-type-badge";
import { ReviewJoin } from "./review-join";

type PendingJoin = {
  partnerId: string;
  userId: string;
  createdAt: Date;
  partner: { slug: string; name: string; type: PartnerType };
  user: { name: string; email: string };
};

export function PendingJoins({ requests, t, locale }: { requests: PendingJoin[]; t: Translate; locale: UiLocale }) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  return (
    <ul className="space-y-3">
      {requests.map((r) => (
        <li key={`${r.partnerId}:${r.userId}`} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-amber-200 bg-amber-50/50 p-4">
          <div className="space-y-1 text-sm">
            <p className="flex flex-wrap items-center gap-2 font-medium">
              <Link href={`/partners/${r.partner.slug}`} className="text-teal-800 hover:underline">
                {r.partner.name}
              </Link>
              <PartnerTypeBadge type={r.partner.type} label={t(`partners.types.${r.partner.type}`)} />
            </p>
            <p className="text-slate-900">{t("partners.review.requestedBy", { name: r.user.name, email: r.user.email })}</p>
            <p className="text-xs text-slate-600">{t("partners.admin.submitted", { date: date.format(r.createdAt) })}</p>
          </div>
          <ReviewJoin partnerId={r.partnerId} userId={r.userId} applicant={r.user.name} />
        </li>
      ))}
    </ul>
  );
}
