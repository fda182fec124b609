import Link from "next/link";
import { PartnerTypeBadge } from "@/components/partners/partner-type-badge";
import { Badge } from "@/components/ui/badge";
import type { Translate } from "@/lib/i18n/translate";
import type { PartnerType, SpeakerKind } from "@/server/db/generated/client";

export type Speaker = {
  speakerKind: SpeakerKind;
  disclosure: string | null;
  network: { slug: string; name: string; acronym: string | null } | null;
  city: { slug: string; name: string; countryCode: string } | null;
  partner: { slug: string; name: string; type: PartnerType } | null;
};

const kindTone = { NETWORK: "teal", CITY: "blue", PARTNER: "amber", INDIVIDUAL: "neutral" } as const;

/** Who a post speaks for: the organisation (linked) and its kind, so readers see who speaks for whom. */
export function SpeakerOrg({ speaker, t, compact = false }: { speaker: Speaker; t: Translate; compact?: boolean }) {
  const org =
    (speaker.speakerKind === "NETWORK" && speaker.network && { href: `/networks/${speaker.network.slug}`, name: speaker.network.acronym ?? speaker.network.name, full: speaker.network.name }) ||
    (speaker.speakerKind === "CITY" && speaker.city && { href: `/cities/${speaker.city.slug}`, name: speaker.city.name, full: speaker.city.name }) ||
    (speaker.speakerKind === "PARTNER" && speaker.partner && { href: `/partners/${speaker.partner.slug}`, name: speaker.partner.name, full: speaker.partner.name }) ||
    null;
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      {org ? (
        <Link href={org.href} title={org.full} className="font-medium text-slate-800 hover:underline">
          {org.name}
        </Link>
      ) : null}
      <Badge tone={kindTone[speaker.speakerKind]} data-speaker-kind={speaker.speakerKind}>
        {t(`forum.speaker.${speaker.speakerKind}`)}
      </Badge>
      {!compact && speaker.speakerKind === "PARTNER" && speaker.partner ? (
        <PartnerTypeBadge type={speaker.partner.type} label={t(`partners.types.${speaker.partner.type}`)} />
      ) : null}
    </span>
  );
}

/** The partner's declared interest, shown under a post that speaks for a partner. */
export function Disclosure({ speaker, t }: { speaker: Speaker; t: Translate }) {
  if (speaker.speakerKind !== "PARTNER" || !speaker.disclosure) return null;
  return (
    <p className="mt-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-1.5 text-xs text-amber-900">
      <span className="font-semibold">{t("forum.speaker.disclosure")}</span> {speaker.disclosure}
    </p>
  );
}

/** Initials in a circle: people have no photos here, and a stable colour helps follow a conversation. */
export function Avatar({ name, size = "md", className = "inline-flex" }: { name: string; size?: "sm" | "md"; className?: string }) {
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => [...w][0]?.toUpperCase())
    .join("");
  const palette = ["bg-teal-700", "bg-sky-700", "bg-amber-700", "bg-violet-700", "bg-rose-700", "bg-emerald-700", "bg-indigo-700"];
  const hue = palette[[...name].reduce((a, c) => a + (c.codePointAt(0) ?? 0), 0) % palette.length];
  return (
    <span aria-hidden className={`${hue} ${className} shrink-0 items-center justify-center rounded-full font-semibold text-white ${size === "sm" ? "h-7 w-7 text-xs" : "h-10 w-10 text-sm"}`}>
      {initials || "?"}
    </span>
  );
}
