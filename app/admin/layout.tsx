import type { ReactNode } from "react";
import { SectionMessages } from "@/lib/i18n/section-messages";

export default function AdminLayout({ children }: { children: ReactNode }) {
  return <SectionMessages section="admin">{children}</SectionMessages>;
}
