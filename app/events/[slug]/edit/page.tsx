import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AgendaEditor } from "@/components/events/agenda-editor";
import { EventForm } from "@/components/events/event-form";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader, Section } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { policy } from "@/server/auth/policy";
import { getContext } from "@/server/auth/session";
import { getEvent } from "@/server/events/service";
import { utcToZoned } from "@/server/events/time";
import { timeZoneNames } from "@/lib/time-zones";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("events.edit.title") };
}

export default async function EditEventPage({ params }: Props) {
  const { slug } = await params;
  const { t } = await getTranslator();
  const ctx = await getContext();
  const event = await getEvent(ctx, slug);
  if (!event) notFound();
  if (!policy.editEvent(ctx.actor, event.hostIds)) {
    return (
      <div className="space-y-6">
        <PageHeader title={t("events.edit.title")} />
        <EmptyState title={t("events.edit.hostsOnly")} action={<ButtonLink href={`/events/${event.slug}`} variant="secondary">{t("events.edit.back")}</ButtonLink>} />
      </div>
    );
  }
  const zone = event.timeZone;
  return (
    <div className="space-y-8">
      <PageHeader title={t("events.edit.title")} eyebrow={event.title} actions={<ButtonLink href={`/events/${event.slug}`} variant="ghost">{t("events.edit.back")}</ButtonLink>} />
      <EventForm
        mode="edit"
        eventId={event.id}
        version={event.version}
        slug={event.slug}
        timeZones={timeZoneNames()}
        initial={{
          title: event.title,
          summary: event.summary,
          description: event.description,
          mode: event.mode,
          location: event.location ?? "",
          onlineUrl: event.onlineUrl ?? "",
          startsAt: utcToZoned(event.startsAt, zone),
          endsAt: utcToZoned(event.endsAt, zone),
          timeZone: zone,
          capacity: event.capacity?.toString() ?? "",
          language: event.language,
          sourceUrl: event.sourceUrl ?? "",
        }}
      />
      <Section title={t("events.agenda.title")} id="agenda-editor" className="max-w-3xl">
        <AgendaEditor
          eventId={event.id}
          zone={zone}
          items={event.agenda.map((i) => ({ id: i.id, title: i.title, description: i.description ?? "", startsAt: i.startsAt ? utcToZoned(i.startsAt, zone) : "" }))}
        />
      </Section>
    </div>
  );
}
