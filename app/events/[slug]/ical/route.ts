import { getDb } from "@/server/db/client";
import { eventToIcal } from "@/server/events/ical";

export const dynamic = "force-dynamic";

/** GET /events/<slug>/ical: the event as an RFC 5545 calendar file. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const event = await getDb().event.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, title: true, summary: true, startsAt: true, endsAt: true, updatedAt: true, location: true, onlineUrl: true,
      hosts: { where: { status: "ACCEPTED" }, orderBy: { createdAt: "asc" }, select: { network: { select: { name: true } } } },
    },
  });
  if (!event) return new Response("No event has this address.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const body = eventToIcal({ ...event, hosts: event.hosts.map((h) => h.network.name) }, new URL(request.url).origin);
  return new Response(body, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": `attachment; filename="${event.slug}.ics"` },
  });
}
