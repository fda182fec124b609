import { CSV_TEMPLATE } from "@/server/members/csv";

/** The example file linked from the import form. */
export function GET() {
  return new Response(CSV_TEMPLATE, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="members-template.csv"' },
  });
}
