import type { ReactNode } from "react";
import { SectionMessages } from "@/lib/i18n/section-messages";

export default function ModerationLayout({ children }: { children: ReactNode }) {
  return <SectionMessages section="moderation">{children}</SectionMessages>;
}
