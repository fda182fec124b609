import { ComingSoon } from "@/components/common/coming-soon";

export default function InitiativesPage() {
  return <ComingSoon section="initiatives" />;
}
