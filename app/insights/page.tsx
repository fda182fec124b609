import { ComingSoon } from "@/components/common/coming-soon";

export default function InsightsPage() {
  return <ComingSoon section="insights" />;
}
