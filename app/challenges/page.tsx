import { ComingSoon } from "@/components/common/coming-soon";

export default function ChallengesPage() {
  return <ComingSoon section="challenges" />;
}
