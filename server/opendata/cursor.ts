// Keyset cursors for the open-data API: opaque to clients, but only the last row's sort key (slug)
// and id, so a page boundary stays stable when rows are added or removed elsewhere in the list.

export type Cursor = { slug: string; id: string };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.slug, cursor.id]), "utf8").toString("base64url");
}

/** The cursor a client sent back, or null when it is not one we issued. */
export function decodeCursor(text: string): Cursor | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === "string" && typeof value[1] === "string" && value[0] && value[1]) {
      return { slug: value[0], id: value[1] };
    }
  } catch {
    return null;
  }
  return null;
}

// Ranked lists (search) have no stable sort key a client could resume from, so their cursor is the
// position of the next row. It decodes differently from keyset cursors, so neither is accepted in
// place of the other.

/** The deepest position a ranked list can be paged to. */
export const MAX_OFFSET = 10_000;

export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ offset }), "utf8").toString("base64url");
}

export function decodeOffsetCursor(text: string): number | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (value && typeof value === "object" && !Array.isArray(value) && "offset" in value) {
      const offset = (value as { offset: unknown }).offset;
      if (typeof offset === "number" && Number.isInteger(offset) && offset > 0 && offset <= MAX_OFFSET) return offset;
    }
  } catch {
    return null;
  }
  return null;
}
