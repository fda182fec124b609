import type { ReactNode } from "react";
import { SectionMessages } from "@/lib/i18n/section-messages";

export default function FrameworksLayout({ children }: { children: ReactNode }) {
  return <SectionMessages section="frameworks">{children}</SectionMessages>;
}
