import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { csvCell, toCsv } from "./csv";
import { decodeCursor, encodeCursor } from "./cursor";

describe("csv writer", () => {
  it("quotes separators, quotes and line breaks, and joins lists with semicolons", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("Bonn, Germany")).toBe('"Bonn, Germany"');
    expect(csvCell('the "Covenant"')).toBe('"the ""Covenant"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(["climate", "resilience"])).toBe("climate;resilience");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(0)).toBe("0");
  });

  it("neutralises cells a spreadsheet would read as formulas, but keeps negative numbers", () => {
    expect(csvCell("=HYPERLINK(\"http://evil\")")).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell(-58.38)).toBe("-58.38");
  });

  it("writes rows that a CSV parser reads back unchanged", () => {
    const rows = [
      ["São Paulo", 'A "quoted", multi\r\nline note', 12.5],
      ["武汉", null, -3],
    ];
    const text = toCsv(["name", "note", "value"], rows);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(parse(text, { columns: true })).toEqual([
      { name: "São Paulo", note: 'A "quoted", multi\r\nline note', value: "12.5" },
      { name: "武汉", note: "", value: "-3" },
    ]);
  });
});

describe("cursor", () => {
  it("round-trips the sort key and id, and rejects anything else", () => {
    const cursor = { slug: "c40", id: "ckabc123" };
    const text = encodeCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(text)).toEqual(cursor);
    expect(decodeCursor("not a cursor!")).toBeNull();
    expect(decodeCursor(Buffer.from("{}").toString("base64url"))).toBeNull();
    expect(decodeCursor(Buffer.from('["only-one"]').toString("base64url"))).toBeNull();
    expect(decodeCursor(Buffer.from('["a", 5]').toString("base64url"))).toBeNull();
    expect(decodeCursor("")).toBeNull();
  });
});
