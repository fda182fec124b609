import type { ReactNode } from "react";
import { SectionMessages } from "@/lib/i18n/section-messages";

export default function SigninLayout({ children }: { children: ReactNode }) {
  return <SectionMessages section="signin">{children}</SectionMessages>;
}
