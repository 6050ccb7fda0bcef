import { AppError } from "@/lib/errors";

/**
 * Keyset pagination: the cursor carries the sort key (epoch milliseconds) and id of the last item
 * shown, base64url-encoded so callers treat it as opaque and cannot inject anything.
 */
export type CursorKey = { t: number; id: string };

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.t, key.id])).toString("base64url");
}

export function decodeCursor(cursor: string): CursorKey {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && typeof value[0] === "number" && typeof value[1] === "string") return { t: value[0], id: value[1] };
  } catch {
    // fall through to the one error below
  }
  throw new AppError("USAGE", "The timeline cursor is not valid; start again without --cursor.");
}

/**
 * A date bound in epoch milliseconds. A bare day as an upper bound means the end of that day, so
 * "as of 2026-07-04" includes everything published on the 4th.
 */
export function boundMillis(value: string | undefined, edge: "start" | "end"): number | null {
  if (!value) return null;
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const t = Date.parse(dayOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(t)) throw new AppError("USAGE", `"${value}" is not a date; use YYYY-MM-DD or an ISO date-time.`);
  return dayOnly && edge === "end" ? t + 86_400_000 - 1 : t;
}
