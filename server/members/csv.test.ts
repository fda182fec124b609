import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/server/test/db";
import { makeCity, makePartner } from "@/server/test/factories";
import { CSV_TEMPLATE, parseMembersCsv, resolveMembersCsv } from "./csv";
import { MAX_CSV_ROWS } from "./input";

const HEADER = "kind,slug_or_name,member_type,year_joined";

describe("parseMembersCsv", () => {
  it("reads valid rows with defaults, numbering rows as in the file", () => {
    const { rows, errors, fileError } = parseMembersCsv(`\uFEFF${HEADER}\ncity,Lyon,observer,2001\n\npartner,wri,,\nCITY,paris,Member,`);
    expect(fileError).toBeUndefined();
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { row: 2, kind: "city", ref: "Lyon", memberType: "OBSERVER", yearJoined: 2001 },
      { row: 4, kind: "partner", ref: "wri", memberType: "MEMBER", yearJoined: null },
      { row: 5, kind: "city", ref: "paris", memberType: "MEMBER", yearJoined: null },
    ]);
  });

  it("reports every invalid cell with its row and column", () => {
    const nextYear = new Date().getUTCFullYear() + 1;
    const { errors } = parseMembersCsv(`${HEADER}\ntown,Lyon,,\ncity,,friend,1700\ncity,Paris,,${nextYear}\ncity,Rome,,,extra`);
    expect(errors).toEqual([
      { row: 2, field: "kind", message: "members.csv.errors.kind" },
      { row: 3, field: "slug_or_name", message: "members.csv.errors.refRequired" },
      { row: 3, field: "member_type", message: "members.csv.errors.memberType" },
      { row: 3, field: "year_joined", message: "members.csv.errors.year" },
      { row: 4, field: "year_joined", message: "members.csv.errors.year" },
      { row: 5, message: "members.csv.errors.columns" },
    ]);
  });

  it("refuses a wrong header, an empty file, malformed quoting, and files over the limits", () => {
    expect(parseMembersCsv("type,name\ncity,Lyon").errors).toEqual([{ row: 1, field: "header", message: "members.csv.errors.header" }]);
    expect(parseMembersCsv("").errors[0]?.message).toBe("members.csv.errors.empty");
    expect(parseMembersCsv(`${HEADER}\n`).errors[0]?.message).toBe("members.csv.errors.empty");
    expect(parseMembersCsv(`${HEADER}\ncity,"Lyon,,\n`).errors[0]?.message).toBe("members.csv.errors.malformed");
    expect(parseMembersCsv(`${HEADER}\n${"city,x,,\n".repeat(MAX_CSV_ROWS + 1)}`).fileError).toBe("members.csv.errors.tooManyRows");
    expect(parseMembersCsv(`${HEADER}\ncity,${"x".repeat(1_000_001)},,`).fileError).toBe("members.csv.errors.tooLarge");
  });

  it("parses its own template", () => {
    const { rows, errors } = parseMembersCsv(CSV_TEMPLATE);
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.kind)).toEqual(["city", "city", "partner"]);
  });
});

describe("resolveMembersCsv", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.close());

  it("finds cities and partners by slug or by exact name ignoring case, and flags the rest", async () => {
    const lyon = await makeCity(t.db, { name: "Csv Lyon" });
    await makeCity(t.db, { name: "Csv Twin" });
    const twin = await t.db.city.create({ data: { name: "Csv Twin", slug: "csv-twin-us", countryCode: "US", region: "North America" } });
    const wri = await makePartner(t.db, { name: "Csv Resources Institute" });
    const parsed = parseMembersCsv(
      [
        HEADER,
        `city,${lyon.slug},,`,
        "partner,CSV RESOURCES INSTITUTE,partner,2010",
        "city,csv twin,,",
        "city,csv-twin-us,,",
        "city,Nowhere Town,,",
        "partner,csv lyon,,",
        "city,CSV Lyon,,",
      ].join("\n"),
    );
    const { rows, errors } = await resolveMembersCsv(t.db, parsed.rows);
    expect(rows.map((r) => [r.row, r.cityId ?? r.partnerId])).toEqual([
      [2, lyon.id],
      [3, wri.id],
      [5, twin.id],
    ]);
    expect(errors).toEqual([
      { row: 4, field: "slug_or_name", message: "members.csv.errors.ambiguous" },
      { row: 6, field: "slug_or_name", message: "members.csv.errors.cityNotFound" },
      { row: 7, field: "slug_or_name", message: "members.csv.errors.partnerNotFound" },
      { row: 8, field: "slug_or_name", message: "members.csv.errors.duplicate" },
    ]);
  });
});
