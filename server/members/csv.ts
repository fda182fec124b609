import { parse } from "csv-parse/sync";
import { z } from "zod";
import type { Db } from "@/server/db/client";
import type { MemberType } from "@/server/db/generated/client";
import type { RowError } from "@/server/errors";
import { currentYear, MAX_CSV_BYTES, MAX_CSV_ROWS, memberKinds, MIN_YEAR, type MemberKind } from "./input";

export const CSV_HEADER = ["kind", "slug_or_name", "member_type", "year_joined"] as const;

/** The file offered for download on the members page. */
export const CSV_TEMPLATE = [
  CSV_HEADER.join(","),
  "city,wuhan,member,2015",
  "city,Buenos Aires,observer,",
  "partner,world-resources-institute,partner,2018",
  "",
].join("\n");

export type CsvRow = { row: number; kind: MemberKind; ref: string; memberType: MemberType; yearJoined: number | null };
export type ResolvedRow = CsvRow & { cityId: string | null; partnerId: string | null };

const typeByWord: Record<string, MemberType> = { member: "MEMBER", observer: "OBSERVER", partner: "PARTNER" };

const optionalCell = z
  .string()
  .trim()
  .transform((v) => v || undefined)
  .optional();

// Field names in row errors are the CSV column names, so people find the cell in their file.
const rowSchema = z.object({
  kind: z.string().trim().toLowerCase().pipe(z.enum(memberKinds, "members.csv.errors.kind")),
  slug_or_name: z.string().trim().min(1, "members.csv.errors.refRequired").max(200, "members.csv.errors.refTooLong"),
  member_type: optionalCell.pipe(
    z
      .string()
      .toLowerCase()
      .refine((v) => v in typeByWord, "members.csv.errors.memberType")
      .transform((v) => typeByWord[v])
      .optional(),
  ),
  year_joined: optionalCell.pipe(
    z
      .string()
      .regex(/^\d{4}$/, "members.csv.errors.year")
      .transform(Number)
      .refine((y) => y >= MIN_YEAR && y <= currentYear(), "members.csv.errors.year")
      .optional(),
  ),
});

/** `fileError` refuses the whole file (too large, too many rows); `errors` point at rows. */
type Parsed = { rows: CsvRow[]; errors: RowError[]; fileError?: string };

/** Parses and validates every row; rows are numbered as in the file, the header being row 1. */
export function parseMembersCsv(text: string): Parsed {
  if (Buffer.byteLength(text, "utf8") > MAX_CSV_BYTES) return { rows: [], errors: [], fileError: "members.csv.errors.tooLarge" };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, csv-parse yields { record, info } objects though its types still say string[][].
    records = parse(text, { bom: true, info: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as unknown as typeof records;
  } catch (e) {
    const line = typeof e === "object" && e && "lines" in e && typeof e.lines === "number" ? e.lines : 1;
    return { rows: [], errors: [{ row: line, message: "members.csv.errors.malformed" }] };
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], errors: [{ row: 1, message: "members.csv.errors.empty" }] };
  const columns = header.record.map((c) => c.toLowerCase());
  if (columns.length !== CSV_HEADER.length || CSV_HEADER.some((name, i) => columns[i] !== name)) {
    return { rows: [], errors: [{ row: header.info.lines, field: "header", message: "members.csv.errors.header" }] };
  }
  if (body.length === 0) return { rows: [], errors: [{ row: 1, message: "members.csv.errors.empty" }] };
  if (body.length > MAX_CSV_ROWS) return { rows: [], errors: [], fileError: "members.csv.errors.tooManyRows" };

  const rows: CsvRow[] = [];
  const errors: RowError[] = [];
  for (const { record, info } of body) {
    const row = info.lines;
    if (record.length > CSV_HEADER.length) {
      errors.push({ row, message: "members.csv.errors.columns" });
      continue;
    }
    const cells = Object.fromEntries(CSV_HEADER.map((name, i) => [name, record[i] ?? ""]));
    const result = rowSchema.safeParse(cells);
    if (!result.success) {
      for (const issue of result.error.issues) errors.push({ row, field: String(issue.path[0]), message: issue.message });
      continue;
    }
    const r = result.data;
    rows.push({ row, kind: r.kind, ref: r.slug_or_name, memberType: r.member_type ?? "MEMBER", yearJoined: r.year_joined ?? null });
  }
  return { rows, errors };
}

type Named = { id: string; slug: string; name: string };

/** Finds each row's city or partner by slug, else by exact name ignoring case; flags unknown, ambiguous and repeated rows. */
export async function resolveMembersCsv(db: Pick<Db, "city" | "partner">, rows: CsvRow[]): Promise<{ rows: ResolvedRow[]; errors: RowError[] }> {
  const refsOf = (kind: MemberKind) => [...new Set(rows.filter((r) => r.kind === kind).map((r) => r.ref))];
  const cityRefs = refsOf("city");
  const partnerRefs = refsOf("partner");
  const lookup = (refs: string[]) => ({
    where: { OR: [{ slug: { in: refs.map((r) => r.toLowerCase()) } }, { name: { in: refs, mode: "insensitive" as const } }] },
    select: { id: true, slug: true, name: true },
  });
  const [cities, partners] = await Promise.all([
    cityRefs.length ? db.city.findMany(lookup(cityRefs)) : Promise.resolve([]),
    partnerRefs.length ? db.partner.findMany(lookup(partnerRefs)) : Promise.resolve([]),
  ]);
  const index = { city: indexByRef(cities), partner: indexByRef(partners) };

  const resolved: ResolvedRow[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const match = pick(index[row.kind], row.ref);
    if (match === "none") {
      errors.push({ row: row.row, field: "slug_or_name", message: row.kind === "city" ? "members.csv.errors.cityNotFound" : "members.csv.errors.partnerNotFound" });
      continue;
    }
    if (match === "ambiguous") {
      errors.push({ row: row.row, field: "slug_or_name", message: "members.csv.errors.ambiguous" });
      continue;
    }
    const key = `${row.kind}:${match.id}`;
    if (seen.has(key)) {
      errors.push({ row: row.row, field: "slug_or_name", message: "members.csv.errors.duplicate" });
      continue;
    }
    seen.set(key, row.row);
    resolved.push({ ...row, cityId: row.kind === "city" ? match.id : null, partnerId: row.kind === "partner" ? match.id : null });
  }
  return { rows: resolved, errors };
}

function indexByRef(items: Named[]) {
  const bySlug = new Map(items.map((i) => [i.slug, i]));
  const byName = new Map<string, Named[]>();
  for (const item of items) {
    const key = item.name.toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), item]);
  }
  return { bySlug, byName };
}

/** A slug is unique, so it wins; a name shared by several records (two Springfields) must be given as a slug. */
function pick(index: ReturnType<typeof indexByRef>, ref: string): Named | "none" | "ambiguous" {
  const slug = index.bySlug.get(ref.toLowerCase());
  if (slug) return slug;
  const named = index.byName.get(ref.toLowerCase()) ?? [];
  if (named.length === 1) return named[0]!;
  return named.length === 0 ? "none" : "ambiguous";
}

/** Resolves one slug or name for the single-member form, with the same rules as the import. */
export async function findByRef(db: Pick<Db, "city" | "partner">, kind: MemberKind, ref: string) {
  const query = {
    where: { OR: [{ slug: ref.toLowerCase() }, { name: { equals: ref, mode: "insensitive" as const } }] },
    select: { id: true, slug: true, name: true },
    take: 10,
  };
  const items = kind === "city" ? await db.city.findMany(query) : await db.partner.findMany(query);
  return pick(indexByRef(items), ref);
}
