import type { ReactNode } from "react";
import { SectionMessages } from "@/lib/i18n/section-messages";

export default function AccountLayout({ children }: { children: ReactNode }) {
  return <SectionMessages section="account">{children}</SectionMessages>;
}
