import Link from "next/link";
import type { UiLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { PendingCityClaim } from "@/server/cities/service";
import { ReviewClaim } from "./review-claim";

/** Pending officer claims with their decision controls; `showCity` when claims span several cities. */
export function PendingClaims({ claims, t, locale, showCity }: { claims: PendingCityClaim[]; t: Translate; locale: UiLocale; showCity?: boolean }) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  return (
    <ul className="space-y-3">
      {claims.map((claim) => (
        <li key={`${claim.cityId}:${claim.userId}`} className="rounded-lg border border-amber-200 bg-amber-50/50 p-4" data-testid="pending-claim">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <p className="font-medium text-slate-900">
              {showCity ? (
                <>
                  <Link href={`/cities/${claim.citySlug}`} className="text-teal-800 hover:underline">
                    {claim.cityName}
                  </Link>
                  {" · "}
                </>
              ) : null}
              {claim.userName} <span className="font-normal text-slate-600">({claim.userEmail})</span>
            </p>
            <p className="text-xs text-slate-600">{t("cities.review.submitted", { date: date.format(claim.createdAt) })}</p>
          </div>
          <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-[8rem_1fr]">
            <dt className="text-slate-600">{t("cities.review.jobTitle")}</dt>
            <dd>{claim.title}</dd>
            <dt className="text-slate-600">{t("cities.review.message")}</dt>
            <dd className="whitespace-pre-line">{claim.message ?? t("cities.review.noMessage")}</dd>
          </dl>
          <div className="mt-3">
            <ReviewClaim cityId={claim.cityId} userId={claim.userId} claimant={claim.userName} />
          </div>
        </li>
      ))}
    </ul>
  );
}
