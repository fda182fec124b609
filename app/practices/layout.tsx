import type { ReactNode } from "react";
import { SectionMessages } from "@/lib/i18n/section-messages";

export default function PracticesLayout({ children }: { children: ReactNode }) {
  return <SectionMessages section="practices">{children}</SectionMessages>;
}
