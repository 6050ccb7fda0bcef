import { z } from "zod";

/** URLSearchParams as a plain object; repeated keys become arrays, so `?type=a&type=b` works. */
export function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key).filter((v) => v !== "");
    if (all.length === 1) out[key] = all[0] as string;
    else if (all.length > 1) out[key] = all;
  }
  return out;
}

/** A list parameter given once, repeated, or comma-separated. */
export const listParam = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === "string" ? v.split(",").filter(Boolean) : v), z.array(item));

export const limitParam = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);
export const isoDay = z.iso.date({ error: "must be a day as YYYY-MM-DD" });

export type PageSearchParams = Record<string, string | string[] | undefined>;

/** A page's searchParams with empty values dropped, the same shape queryObject gives the API. */
export function pageQuery(params: PageSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(params)) {
    if (Array.isArray(v)) {
      const kept = v.filter((x) => x !== "");
      if (kept.length > 0) out[k] = kept.length === 1 ? (kept[0] as string) : kept;
    } else if (v !== undefined && v !== "") out[k] = v;
  }
  return out;
}

/** The first zod issue as one line, for a notice on a page. */
export function firstIssue(error: z.ZodError): string {
  const i = error.issues[0];
  return i ? `${i.path.join(".") || "input"}: ${i.message}` : "invalid input";
}
