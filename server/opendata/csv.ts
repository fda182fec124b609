// CSV for spreadsheets (RFC 4180): cells with separators, quotes or line breaks are quoted and
// quotes doubled; text starting like a formula gets a leading apostrophe so a spreadsheet shows it
// as text instead of evaluating it (CSV injection). Numbers are written as they are, so a negative
// longitude stays a number.

export type CsvCell = string | number | boolean | null | undefined | readonly string[];

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  let text = typeof value === "string" ? value : value.join(";");
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
