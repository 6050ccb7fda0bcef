import { z } from "zod";

/**
 * Plain aligned columns for terminals. Hand-written because no table library is installed and the
 * need is small: pad cells, cut long ones, keep one row per line.
 */
export function printTable(headers: string[], rows: Array<Array<string | number | null | undefined>>, maxWidth = 60): void {
  const cells = rows.map((r) => r.map((c) => cut(String(c ?? ""), maxWidth)));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  console.log(line(headers));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const r of cells) console.log(line(r));
}

const cut = (s: string, n: number) => {
  const flat = s.replace(/\s+/g, " ");
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

export function printJson(value: unknown): void {
  console.log(JSON.stringify(value, null, 2));
}

export const JsonFlag = z.boolean().default(false);
export const Limit = z.coerce.number({ error: "must be a whole number, e.g. 20" }).int("must be a whole number, e.g. 20").min(1).max(200);
export const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a day as YYYY-MM-DD, e.g. 2026-07-10");
