import { ComingSoon } from "@/components/common/coming-soon";

export default function FrameworksPage() {
  return <ComingSoon section="frameworks" />;
}
