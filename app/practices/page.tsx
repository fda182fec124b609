import { ComingSoon } from "@/components/common/coming-soon";

export default function PracticesPage() {
  return <ComingSoon section="practices" />;
}
