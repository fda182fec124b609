import { describe, expect, it } from "vitest";
import { isTimeZone, utcToZoned, zonedToUtc } from "./time";

describe("event times", () => {
  it("turns a wall-clock time in a zone into the right instant, across daylight saving", () => {
    expect(zonedToUtc("2026-01-15T09:00", "Europe/Paris").toISOString()).toBe("2026-01-15T08:00:00.000Z");
    expect(zonedToUtc("2026-07-15T09:00", "Europe/Paris").toISOString()).toBe("2026-07-15T07:00:00.000Z");
    expect(zonedToUtc("2026-05-17T10:00", "Africa/Nairobi").toISOString()).toBe("2026-05-17T07:00:00.000Z");
    expect(zonedToUtc("2026-07-14T09:00", "America/New_York").toISOString()).toBe("2026-07-14T13:00:00.000Z");
    expect(zonedToUtc("2026-03-01T00:00", "UTC").toISOString()).toBe("2026-03-01T00:00:00.000Z");
  });

  it("round-trips through the zone", () => {
    const instant = new Date("2026-10-25T00:30:00Z");
    expect(zonedToUtc(utcToZoned(instant, "Asia/Shanghai"), "Asia/Shanghai")).toEqual(instant);
    expect(utcToZoned(new Date("2026-07-15T07:00:00Z"), "Europe/Paris")).toBe("2026-07-15T09:00");
  });

  it("knows IANA zones and refuses made-up ones", () => {
    expect(isTimeZone("Asia/Seoul")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });
});
