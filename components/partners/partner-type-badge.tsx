import type { PartnerType } from "@/server/db/generated/client";
import { cn } from "@/lib/utils";

const tones: Record<PartnerType, string> = {
  COMPANY: "bg-amber-50 text-amber-900 ring-amber-300",
  NGO: "bg-green-50 text-green-900 ring-green-300",
  FOUNDATION: "bg-violet-50 text-violet-900 ring-violet-300",
  RESEARCH: "bg-sky-50 text-sky-900 ring-sky-300",
  INTERNATIONAL_ORG: "bg-indigo-50 text-indigo-900 ring-indigo-300",
};

/**
 * The kind of non-city actor, shown wherever a partner appears so readers can weigh its interests.
 * Server-safe; pass the translated label, e.g. `t(\`partners.types.${type}\`)`.
 */
export function PartnerTypeBadge({ type, label, className }: { type: PartnerType; label: string; className?: string }) {
  return (
    <span
      data-partner-type={type}
      className={cn("inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium ring-1", tones[type], className)}
    >
      {label}
    </span>
  );
}
