import { describe, expect, it } from "vitest";
import { escapeText, eventToIcal, foldLine, icalUtc } from "./ical";

const octets = (s: string) => new TextEncoder().encode(s).length;

describe("iCalendar text", () => {
  it("escapes backslashes, semicolons, commas and newlines", () => {
    expect(escapeText("a\\b; c, d\ne\r\nf")).toBe("a\\\\b\\; c\\, d\\ne\\nf");
  });

  it("leaves short lines alone and folds long ones at 75 octets with CRLF and a space", () => {
    expect(foldLine("SUMMARY:short")).toBe("SUMMARY:short");
    const long = `DESCRIPTION:${"x".repeat(200)}`;
    const folded = foldLine(long);
    const lines = folded.split("\r\n");
    expect(lines.length).toBe(3);
    expect(octets(lines[0]!)).toBe(75);
    for (const line of lines.slice(1)) {
      expect(line.startsWith(" ")).toBe(true);
      expect(octets(line)).toBeLessThanOrEqual(75);
    }
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join("")).toBe(long);
  });

  it("never splits a multi-byte character", () => {
    const long = `SUMMARY:${"城市网络".repeat(20)}`;
    const lines = foldLine(long).split("\r\n");
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain("\uFFFD");
    }
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join("")).toBe(long);
  });

  it("writes UTC times with Z", () => {
    expect(icalUtc(new Date("2026-05-01T07:30:00.000Z"))).toBe("20260501T073000Z");
  });
});

describe("eventToIcal", () => {
  it("is one VCALENDAR with one VEVENT carrying the required properties", () => {
    const text = eventToIcal(
      {
        id: "ev1",
        slug: "forum-2026",
        title: "Forum; cities, regions",
        summary: "Line one\nLine two",
        startsAt: new Date("2026-07-14T13:00:00Z"),
        endsAt: new Date("2026-07-14T16:00:00Z"),
        updatedAt: new Date("2026-01-02T00:00:00Z"),
        location: "UN Headquarters, New York",
        onlineUrl: null,
        hosts: ["UCLG", "ICLEI"],
      },
      "https://concord.example",
      new Date("2026-02-03T04:05:06Z"),
    );
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")).toBe(true);
    expect(text.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")).toBe(true);
    expect(text).toContain("UID:ev1@concord-events\r\n");
    expect(text).toContain("DTSTAMP:20260203T040506Z\r\n");
    expect(text).toContain("DTSTART:20260714T130000Z\r\n");
    expect(text).toContain("DTEND:20260714T160000Z\r\n");
    expect(text).toContain("SUMMARY:Forum\\; cities\\, regions\r\n");
    expect(text).toContain("LOCATION:UN Headquarters\\, New York\r\n");
    expect(text).toContain("URL:https://concord.example/events/forum-2026\r\n");
    // Every physical line is at most 75 octets and ends with CRLF (no bare LF).
    for (const line of text.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
  });
});
