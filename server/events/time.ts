// Events are entered as wall-clock times in the event's own time zone ("09:00 in Nairobi") and
// stored as instants (UTC). Intl knows every IANA zone's offsets, so no time-zone library is needed.

/** True for an IANA zone name ("Europe/Paris", "UTC"); the check is shared with every time zone field. */
export { isTimeZone } from "@/lib/time-zones";

/** Milliseconds the zone is ahead of UTC at `instant`. */
function offsetAt(instant: Date, zone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant a wall-clock time "YYYY-MM-DDTHH:mm" names in `zone`. Two passes settle the offset
 * around daylight-saving changes; a time skipped by a spring-forward change lands an hour later.
 */
export function zonedToUtc(local: string, zone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) throw new Error(`Not a local date-time: ${local}`);
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  let guess = wall - offsetAt(new Date(wall), zone);
  guess = wall - offsetAt(new Date(guess), zone);
  return new Date(guess);
}

/** The wall-clock time "YYYY-MM-DDTHH:mm" of `instant` in `zone` (what the edit form shows). */
export function utcToZoned(instant: Date, zone: string): string {
  const shifted = new Date(instant.getTime() + offsetAt(instant, zone));
  return shifted.toISOString().slice(0, 16);
}
