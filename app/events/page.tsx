import { ComingSoon } from "@/components/common/coming-soon";

export default function EventsPage() {
  return <ComingSoon section="events" />;
}
