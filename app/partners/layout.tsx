import type { ReactNode } from "react";
import { SectionMessages } from "@/lib/i18n/section-messages";

export default function PartnersLayout({ children }: { children: ReactNode }) {
  return <SectionMessages section="partners">{children}</SectionMessages>;
}
