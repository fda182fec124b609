import type { ReactNode } from "react";
import { SectionMessages } from "@/lib/i18n/section-messages";

export default function SignupLayout({ children }: { children: ReactNode }) {
  return <SectionMessages section="signup">{children}</SectionMessages>;
}
