import { byReport, type AnalysisClaim, type Finding } from "./analysis-claim";
import { EXPLANATION_PREDICATES, agrees, conflictBetween } from "./rules";

export type Analysis = {
  contradictions: Finding[];
  /** Pairs of agreeing claims from different outlets, earlier report first. */
  corroborations: Array<[string, string]>;
};

/**
 * Groups agreeing claims first, so three outlets with one figure are one side (with three
 * corroborating sources) rather than three separate contradictions against a fourth outlet. Then
 * each pair of groups is checked once; the first conflicting pair of members (in report order)
 * becomes the contradiction's two sides.
 */
export function analyseClaims(input: AnalysisClaim[]): Analysis {
  const result: Analysis = { contradictions: [], corroborations: [] };
  // Only claims of one predicate (or two explanations) can meet, so each bucket is compared alone.
  for (const bucket of bucketByPredicate(input).values()) {
    const part = analyseBucket([...bucket].sort(byReport));
    result.contradictions.push(...part.contradictions);
    result.corroborations.push(...part.corroborations);
  }
  return result;
}

function bucketByPredicate(claims: AnalysisClaim[]): Map<string, AnalysisClaim[]> {
  const buckets = new Map<string, AnalysisClaim[]>();
  for (const c of claims) {
    const key = EXPLANATION_PREDICATES.has(c.predicate) ? "\u0000explanation" : c.predicate;
    buckets.set(key, [...(buckets.get(key) ?? []), c]);
  }
  return buckets;
}

function analyseBucket(claims: AnalysisClaim[]): Analysis {
  const groups = groupAgreeing(claims);
  const contradictions: Finding[] = [];
  // A denial answers the assertion as a whole: one per denying group, against the earliest assertion,
  // even when the asserting outlets disagree among themselves on the figure.
  const denied = new Set<number>();
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const found = firstConflict(groups[i] ?? [], groups[j] ?? []);
      if (!found) continue;
      const negative = groups[i]?.[0]?.polarity === "negative" ? i : j;
      if (found.kind === "denial" && denied.has(negative)) continue;
      if (found.kind === "denial") denied.add(negative);
      contradictions.push(found);
    }
  }
  return { contradictions, corroborations: corroborationPairs(groups) };
}

function firstConflict(xs: AnalysisClaim[], ys: AnalysisClaim[]): Finding | null {
  for (const x of xs) for (const y of ys) {
    const f = conflictBetween(x, y);
    if (f) return f;
  }
  return null;
}

/** Union-find over the "agrees" relation; groups keep report order. */
export function groupAgreeing(claims: AnalysisClaim[]): AnalysisClaim[][] {
  const parent = claims.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const a = claims[i];
      const b = claims[j];
      if (a && b && agrees(a, b)) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, AnalysisClaim[]>();
  claims.forEach((c, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), c]));
  return [...groups.values()];
}

function corroborationPairs(groups: AnalysisClaim[][]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const g of groups) {
    for (let i = 0; i < g.length; i++) {
      for (let j = i + 1; j < g.length; j++) {
        const a = g[i];
        const b = g[j];
        if (a && b && a.sourceId !== b.sourceId) pairs.push([a.id, b.id]);
      }
    }
  }
  return pairs;
}
