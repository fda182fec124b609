import type { ReactNode } from "react";
import { SectionMessages } from "@/lib/i18n/section-messages";

export default function ForgotPasswordLayout({ children }: { children: ReactNode }) {
  return <SectionMessages section="forgot-password">{children}</SectionMessages>;
}
