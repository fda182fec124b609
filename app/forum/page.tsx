import { ComingSoon } from "@/components/common/coming-soon";

export default function ForumPage() {
  return <ComingSoon section="forum" />;
}
