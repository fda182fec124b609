import type { ReactNode } from "react";
import { SectionMessages } from "@/lib/i18n/section-messages";

export default function CitiesLayout({ children }: { children: ReactNode }) {
  return <SectionMessages section="cities">{children}</SectionMessages>;
}
