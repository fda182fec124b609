import type { ReactNode } from "react";
import { SectionMessages } from "@/lib/i18n/section-messages";

export default function InitiativesLayout({ children }: { children: ReactNode }) {
  return <SectionMessages section="initiatives">{children}</SectionMessages>;
}
