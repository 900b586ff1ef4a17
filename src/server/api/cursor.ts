import "server-only";
import { badParameter } from "./problem";

// Keyset pagination: a cursor is the sort key of the last item of a page —
// its time and its id — so the next page starts right after it whatever was
// added meanwhile (no offsets: an insertion never shifts a page, and page 500
// costs what page 1 does, on the (time desc, id desc) indexes). Opaque to
// clients: base64url JSON they should not build themselves.

export interface Cursor {
  time: Date;
  id: string;
}

export function encodeCursor({ time, id }: Cursor): string {
  return Buffer.from(JSON.stringify([time.toISOString(), id]), "utf8").toString("base64url");
}

export function decodeCursor(value: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === "string" && typeof parsed[1] === "string" && parsed[1].length <= 64) {
      const time = new Date(parsed[0]);
      if (!Number.isNaN(time.getTime())) return { time, id: parsed[1] };
    }
  } catch {
    // falls through to the refusal
  }
  throw badParameter("cursor", "not a cursor this API gave");
}

/**
 * Rows after the cursor in (field desc, id desc) order. The plain `field <= time`
 * beside the OR is what Postgres can start its index scan at (it cannot from the
 * OR alone), so a deep page does not scan the rows before it.
 */
export function afterCursor<F extends string>(field: F, cursor: Cursor | undefined) {
  if (!cursor) return {};
  return {
    [field]: { lte: cursor.time },
    OR: [{ [field]: { lt: cursor.time } }, { [field]: cursor.time, id: { lt: cursor.id } }],
  } as Record<string, unknown>;
}
