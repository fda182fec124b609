// The IANA time zones a person may choose. The runtime's list (Intl.supportedValuesOf) holds one
// name per zone, and for some the older one ICU still prefers ("Asia/Calcutta", "Europe/Kiev");
// the current IANA names ("Asia/Kolkata", "Europe/Kyiv") are accepted too, as aliases of listed
// zones. Abbreviations ("EST") and legacy names ("US/Eastern") are not, since they mislead.

let cache: { list: readonly string[]; byFolded: Map<string, string> } | null = null;

function zones() {
  if (!cache) {
    const list = [...new Set(["UTC", ...Intl.supportedValuesOf("timeZone")])].sort((a, b) => (a === "UTC" ? -1 : b === "UTC" ? 1 : a.localeCompare(b)));
    cache = { list, byFolded: new Map(list.map((zone) => [zone.toLowerCase(), zone])) };
  }
  return cache;
}

/** An "Area/Location" name of the IANA database, in its usual capitalisation. */
const AREA_LOCATION = /^(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)(\/[A-Z][A-Za-z0-9_+-]*)+$/;

/** Every zone name offered in the time zone pickers, "UTC" first, then alphabetical. */
export const timeZoneNames = (): readonly string[] => zones().list;

/** The spelling to store for a typed zone ("europe/paris" → "Europe/Paris"), or null when it is not an IANA zone. */
export function canonicalTimeZone(input: string): string | null {
  const typed = input.trim();
  const listed = zones().byFolded.get(typed.toLowerCase());
  if (listed) return listed;
  if (!AREA_LOCATION.test(typed)) return null;
  try {
    const resolved = new Intl.DateTimeFormat("en", { timeZone: typed }).resolvedOptions().timeZone;
    return zones().byFolded.has(resolved.toLowerCase()) ? typed : null;
  } catch {
    return null;
  }
}

export const isTimeZone = (zone: string): boolean => canonicalTimeZone(zone) !== null;
