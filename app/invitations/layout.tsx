import type { ReactNode } from "react";
import { SectionMessages } from "@/lib/i18n/section-messages";

export default function InvitationsLayout({ children }: { children: ReactNode }) {
  return <SectionMessages section="invitations">{children}</SectionMessages>;
}
