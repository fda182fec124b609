import { ComingSoon } from "@/components/common/coming-soon";

export default function ExchangePage() {
  return <ComingSoon section="exchange" />;
}
