import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seed } from "@/server/db/seed";
import { createTestDb, type TestDb } from "@/server/test/db";
import { fieldType } from "./datapackage";

// The route handler reads the process-wide client; here it is the seeded test database.
let t: TestDb;
vi.mock("@/server/db/client", async (importOriginal) => ({ ...(await importOriginal<object>()), getDb: () => t.db }));

beforeAll(async () => {
  t = await createTestDb();
  await seed(t.db, { demo: false });
}, 180_000);
afterAll(() => t?.close());

type Descriptor = {
  licenses: { name: string }[];
  sources: unknown[];
  resources: { name: string; path: string; format: string; mediatype: string; sources: unknown[]; schema: { fields: { name: string; type: string }[] } }[];
};

/** RFC 4180 records (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (quoted) {
      cell += ch;
    } else if (ch === ",") {
      record.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      record.push(cell);
      records.push(record);
      record = [];
      cell = "";
      i++;
    } else {
      cell += ch;
    }
  }
  return records;
}

describe("GET /api/v1/datapackage.zip", () => {
  it("is a Data Package whose descriptor describes every CSV, and the CSVs hold every public row", async () => {
    const { GET } = await import("@/app/api/v1/datapackage.zip/route");
    const response = await GET(new Request("http://concord.test/api/v1/datapackage.zip"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const descriptor = JSON.parse(strFromU8(files["datapackage.json"]!)) as Descriptor;
    expect(descriptor.licenses[0]?.name).toBe("CC-BY-4.0");
    expect(descriptor.sources.length).toBeGreaterThan(0);

    const csvs = Object.keys(files).filter((name) => name.endsWith(".csv")).sort();
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual(csvs);
    const rows: Record<string, string[][]> = {};
    for (const resource of descriptor.resources) {
      expect(resource).toMatchObject({ format: "csv", mediatype: "text/csv" });
      expect(resource.sources.length).toBe(1);
      const [header, ...body] = parseCsv(strFromU8(files[resource.path]!));
      expect(header, resource.name).toEqual(resource.schema.fields.map((f) => f.name));
      for (const record of body) expect(record.length, resource.name).toBe(header!.length);
      rows[resource.name] = body;
      // A typed column holds only values of its type.
      for (const [i, field] of resource.schema.fields.entries()) {
        const values = body.map((r) => r[i]).filter((v) => v !== "");
        if (field.type === "integer") for (const v of values) expect(v, `${resource.name}.${field.name}`).toMatch(/^-?\d+$/);
        if (field.type === "boolean") for (const v of values) expect(["true", "false"]).toContain(v);
      }
    }

    // More rows than one API page (100), so paging through the loaders is exercised.
    const [networks, cities, initiatives, events, frameworks] = await Promise.all([
      t.db.network.count({ where: { status: "VERIFIED" } }),
      t.db.city.count(),
      t.db.initiative.count({ where: { state: "PUBLISHED" } }),
      t.db.event.count(),
      t.db.framework.count(),
    ]);
    expect(cities).toBeGreaterThan(100);
    expect(rows.networks).toHaveLength(networks);
    expect(rows.cities).toHaveLength(cities);
    expect(rows.initiatives).toHaveLength(initiatives);
    expect(rows.events).toHaveLength(events);
    expect(rows.frameworks).toHaveLength(frameworks);
    expect(new Set(rows.cities!.map((r) => r[0])).size).toBe(cities);
    const cityFields = descriptor.resources.find((r) => r.name === "cities")!.schema.fields;
    expect(cityFields.find((f) => f.name === "latitude")?.type).toBe("number");
    expect(cityFields.find((f) => f.name === "slug")?.type).toBe("string");
  }, 180_000);

  it("types a column from the values written to it", () => {
    expect(fieldType([1, 2, null])).toBe("integer");
    expect(fieldType([1.5, 2])).toBe("number");
    expect(fieldType([true, false, undefined])).toBe("boolean");
    expect(fieldType([1, "a"])).toBe("string");
    expect(fieldType([["a", "b"]])).toBe("string");
    expect(fieldType([null])).toBe("string");
  });
});
