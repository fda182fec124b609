import type { ReactNode } from "react";
import { SectionMessages } from "@/lib/i18n/section-messages";

export default function NetworksLayout({ children }: { children: ReactNode }) {
  return <SectionMessages section="networks">{children}</SectionMessages>;
}
