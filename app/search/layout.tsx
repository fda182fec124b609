import type { ReactNode } from "react";
import { SectionMessages } from "@/lib/i18n/section-messages";

export default function SearchLayout({ children }: { children: ReactNode }) {
  return <SectionMessages section="search">{children}</SectionMessages>;
}
