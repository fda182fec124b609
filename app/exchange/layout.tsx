import type { ReactNode } from "react";
import { SectionMessages } from "@/lib/i18n/section-messages";

export default function ExchangeLayout({ children }: { children: ReactNode }) {
  return <SectionMessages section="exchange">{children}</SectionMessages>;
}
