import type { ReactNode } from "react";
import { SectionMessages } from "@/lib/i18n/section-messages";

export default function ChallengesLayout({ children }: { children: ReactNode }) {
  return <SectionMessages section="challenges">{children}</SectionMessages>;
}
