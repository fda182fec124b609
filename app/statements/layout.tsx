import type { ReactNode } from "react";
import { SectionMessages } from "@/lib/i18n/section-messages";

export default function StatementsLayout({ children }: { children: ReactNode }) {
  return <SectionMessages section="statements">{children}</SectionMessages>;
}
