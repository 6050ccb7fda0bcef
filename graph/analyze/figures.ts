import type { AnalysisClaim } from "./analysis-claim";

export type Range = { low: number; high: number };

/**
 * The values a figure's wording allows. "about 25,000" stays 25,000 (no tolerance), because two
 * outlets writing "about 24,000" and "about 25,000" do disagree; "over 28 million" is [28e6, inf).
 */
export function rangeOf(c: AnalysisClaim): Range | null {
  if (c.value === null) return null;
  const v = c.value;
  switch (c.qualifier) {
    case "over":
    case "at_least":
      return { low: c.low ?? v, high: c.high ?? Infinity };
    case "under":
    case "at_most":
      return { low: c.low ?? -Infinity, high: c.high ?? v };
    default:
      return { low: c.low ?? v, high: c.high ?? v };
  }
}

/** Units that only say "a count" and so fit any counted thing ("28 million times" of interactions). */
const GENERIC_UNITS = new Set(["", "times", "time", "count", "items", "number"]);

export function normUnit(u: string | null): string {
  const s = (u ?? "").trim().toLowerCase();
  return s.endsWith("s") && s.length > 3 && !s.endsWith("ss") ? s.slice(0, -1) : s;
}

export function unitsCompatible(a: AnalysisClaim, b: AnalysisClaim): boolean {
  const ua = normUnit(a.unit);
  const ub = normUnit(b.unit);
  return ua === ub || GENERIC_UNITS.has(ua) || GENERIC_UNITS.has(ub) || GENERIC_UNITS.has(`${ua}s`) || GENERIC_UNITS.has(`${ub}s`);
}

export type FigureRelation = "same" | "overlap" | "disjoint";

export function compareFigures(a: AnalysisClaim, b: AnalysisClaim): FigureRelation | null {
  const ra = rangeOf(a);
  const rb = rangeOf(b);
  if (!ra || !rb) return null;
  if (a.value === b.value) return "same";
  return ra.low <= rb.high && rb.low <= ra.high ? "overlap" : "disjoint";
}

/** Relative gap between the two best values, as a share of the larger one. */
export function relativeGap(a: AnalysisClaim, b: AnalysisClaim): number {
  const x = Math.abs(a.value ?? 0);
  const y = Math.abs(b.value ?? 0);
  const max = Math.max(x, y);
  return max === 0 ? 0 : Math.abs(x - y) / max;
}

export function describeFigure(c: AnalysisClaim): string {
  return c.figureText ?? `${c.value}${c.unit ? ` ${c.unit}` : ""}`;
}
