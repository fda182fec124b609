import type { ReactNode } from "react";
import { SectionMessages } from "@/lib/i18n/section-messages";

export default function ForumLayout({ children }: { children: ReactNode }) {
  return <SectionMessages section="forum">{children}</SectionMessages>;
}
