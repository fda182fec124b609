import { describe, expect, it } from "vitest";
import { canonicalTimeZone, isTimeZone, timeZoneNames } from "./time-zones";

describe("time zones", () => {
  it("lists the runtime's IANA zones with UTC first", () => {
    const names = timeZoneNames();
    expect(names[0]).toBe("UTC");
    expect(names).toContain("Europe/Paris");
    expect(names).toContain("Africa/Nairobi");
    expect(names.length).toBeGreaterThan(300);
  });

  it("accepts listed zones in any case and stores their listed spelling", () => {
    expect(canonicalTimeZone(" europe/paris ")).toBe("Europe/Paris");
    expect(canonicalTimeZone("utc")).toBe("UTC");
    expect(canonicalTimeZone("America/Montevideo")).toBe("America/Montevideo");
  });

  it("accepts current IANA names of zones ICU lists under an older name", () => {
    expect(canonicalTimeZone("Asia/Kolkata")).toBe("Asia/Kolkata");
    expect(canonicalTimeZone("Europe/Kyiv")).toBe("Europe/Kyiv");
  });

  it("refuses free text, abbreviations and legacy names that Intl itself would take", () => {
    for (const zone of ["Mars/Olympus", "EST", "US/Eastern", "Paris", "", "GMT+2", "Europe/Paris; DROP"]) expect(isTimeZone(zone), zone).toBe(false);
  });
});
