import type { ReactNode } from "react";
import { SectionMessages } from "@/lib/i18n/section-messages";

export default function ResetPasswordLayout({ children }: { children: ReactNode }) {
  return <SectionMessages section="reset-password">{children}</SectionMessages>;
}
