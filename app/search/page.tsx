import { ComingSoon } from "@/components/common/coming-soon";

export default function SearchPage() {
  return <ComingSoon section="search" />;
}
