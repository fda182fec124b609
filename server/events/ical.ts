// RFC 5545 iCalendar export of one event: one VCALENDAR with one VEVENT, times in UTC.

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * Content lines longer than 75 octets are folded (§3.1): CRLF then one space. Cuts fall between
 * characters, never inside a multi-byte UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      // Continuation lines start with a space, which counts toward their 75 octets.
      limit = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** 2026-05-01T07:30:00.000Z → 20260501T073000Z */
export const icalUtc = (date: Date) => date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

export type IcalEvent = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  startsAt: Date;
  endsAt: Date;
  updatedAt: Date;
  location: string | null;
  onlineUrl: string | null;
  hosts: string[];
};

export function eventToIcal(event: IcalEvent, baseUrl: string, now: Date = new Date()): string {
  const pageUrl = `${baseUrl}/events/${event.slug}`;
  const description = [event.summary, event.hosts.length ? `Hosts: ${event.hosts.join(", ")}` : "", event.onlineUrl ? `Online: ${event.onlineUrl}` : "", pageUrl]
    .filter(Boolean)
    .join("\n\n");
  const location = [event.location, event.onlineUrl].filter(Boolean).join(" / ");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Concord//Events//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${event.id}@concord-events`,
    `DTSTAMP:${icalUtc(now)}`,
    `LAST-MODIFIED:${icalUtc(event.updatedAt)}`,
    `DTSTART:${icalUtc(event.startsAt)}`,
    `DTEND:${icalUtc(event.endsAt)}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...(location ? [`LOCATION:${escapeText(location)}`] : []),
    `URL:${pageUrl}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
