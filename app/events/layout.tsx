import type { ReactNode } from "react";
import { SectionMessages } from "@/lib/i18n/section-messages";

export default function EventsLayout({ children }: { children: ReactNode }) {
  return <SectionMessages section="events">{children}</SectionMessages>;
}
