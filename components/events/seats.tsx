import { Badge } from "@/components/ui/badge";
import type { Translate } from "@/lib/i18n/translate";

export function SeatsBadge({ capacity, taken, t }: { capacity: number | null; taken: number; t: Translate }) {
  if (capacity === null) return <Badge>{t("events.seats.unlimited")}</Badge>;
  const left = Math.max(0, capacity - taken);
  return left ? <Badge tone="green">{t("events.seats.left", { left, capacity })}</Badge> : <Badge tone="amber">{t("events.seats.full")}</Badge>;
}
