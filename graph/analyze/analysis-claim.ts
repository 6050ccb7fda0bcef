import { z } from "zod";

/** What the comparison rules need of one stored claim (loaded by load-claims.ts). */
export const AnalysisClaim = z.object({
  id: z.string(),
  articleId: z.string(),
  sourceId: z.string(),
  sourceName: z.string(),
  reportedAt: z.string().nullable(),
  predicate: z.string(),
  polarity: z.enum(["positive", "negative"]),
  quote: z.string(),
  speakerId: z.string().nullable(),
  speakerName: z.string().nullable(),
  subjectId: z.string().nullable(),
  subjectName: z.string().nullable(),
  objectIds: z.array(z.string()),
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  unit: z.string().nullable(),
  qualifier: z.string().nullable(),
  figureText: z.string().nullable(),
  /** The claimed thing's day: the described event's date, else the claim's own date. */
  date: z.string().nullable(),
  dateText: z.string().nullable(),
  eventKind: z.string().nullable(),
});
export type AnalysisClaim = z.infer<typeof AnalysisClaim>;

export type Finding = {
  kind: "figure_mismatch" | "figure_discrepancy" | "date_mismatch" | "denial" | "competing_explanation";
  severity: "low" | "medium" | "high";
  explanation: string;
  /** The representative claims of the first two sides (CONTRADICTS links them). */
  claimIds: [string, string];
  /** Every claim of each side, representative first; the side holding the earliest report first. */
  sides: string[][];
  /** Each side's position in a few words ("about 25,000", "2026-07-10", "Alibaba Group denies"). */
  sideLabels: string[];
  /**
   * What is disputed and the positions taken, but not which outlets reported them: the stable id is
   * a hash of it, so a further outlet repeating a position joins a side instead of making a new dispute.
   */
  key: string;
};

export type Analysis = {
  contradictions: Finding[];
  /** Pairs of agreeing claims from different outlets, earlier report first. */
  corroborations: Array<[string, string]>;
};

/** What a pairwise rule finds between two claims; find-findings.ts widens it to whole sides. */
export type Conflict = Pick<Finding, "kind" | "severity" | "explanation" | "claimIds">;

/** Earlier report first, then id: the one deterministic order every rule uses. */
export function byReport(a: AnalysisClaim, b: AnalysisClaim): number {
  const ta = a.reportedAt ? Date.parse(a.reportedAt) : Infinity;
  const tb = b.reportedAt ? Date.parse(b.reportedAt) : Infinity;
  return ta - tb || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export const parties = (c: AnalysisClaim): Set<string> => new Set([c.subjectId, ...c.objectIds].filter((x): x is string => x !== null));

export function overlaps<T>(a: Set<T>, b: Set<T>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * Two claims are about the same subject when both name the same one, or when one names none and
 * they come from the same article or share an object ("These accounts generated ..." after a
 * sentence naming Alibaba).
 */
export function sameSubject(a: AnalysisClaim, b: AnalysisClaim): boolean {
  if (a.subjectId && b.subjectId) return a.subjectId === b.subjectId;
  if (!a.subjectId && !b.subjectId) return a.articleId === b.articleId || overlaps(new Set(a.objectIds), new Set(b.objectIds));
  return a.articleId === b.articleId || overlaps(parties(a), parties(b));
}
