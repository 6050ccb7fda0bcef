import { byReport, type Analysis, type AnalysisClaim, type Conflict, type Finding } from "./analysis-claim";
import { competingExplanations } from "./explanations";
import { corroborationPairs, groupAgreeing } from "./groups";
import { EXPLANATION_PREDICATES, conflictBetween } from "./rules";
import { widen } from "./sides";

export type { Analysis } from "./analysis-claim";

/**
 * Groups agreeing claims first, so three outlets with one figure are one side (with three
 * corroborating sources) rather than three separate contradictions against a fourth outlet. Then
 * each pair of groups is checked once; the first conflicting pair of members (in report order)
 * becomes the contradiction's representative claims, and the two groups its sides.
 */
export function analyseClaims(input: AnalysisClaim[]): Analysis {
  const result: Analysis = { contradictions: [], corroborations: [] };
  const explanations = input.filter((c) => EXPLANATION_PREDICATES.has(c.predicate));
  const parts = [...bucketByPredicate(input.filter((c) => !EXPLANATION_PREDICATES.has(c.predicate))).values()].map((bucket) =>
    analyseBucket([...bucket].sort(byReport)),
  );
  for (const part of [...parts, competingExplanations(explanations)]) {
    result.contradictions.push(...part.contradictions);
    result.corroborations.push(...part.corroborations);
  }
  // Two pairs of groups can take the same positions on the same matter (when agreement could not
  // join the groups); the id is the key, so the first in report order stands for both.
  const seen = new Set<string>();
  result.contradictions = result.contradictions.filter((f) => !seen.has(f.key) && seen.add(f.key));
  return result;
}

function bucketByPredicate(claims: AnalysisClaim[]): Map<string, AnalysisClaim[]> {
  const buckets = new Map<string, AnalysisClaim[]>();
  for (const c of claims) buckets.set(c.predicate, [...(buckets.get(c.predicate) ?? []), c]);
  return buckets;
}

function analyseBucket(claims: AnalysisClaim[]): Analysis {
  const groups = groupAgreeing(claims);
  const contradictions: Finding[] = [];
  // A denial answers the assertion as a whole: one per denying group, whose other side is every
  // asserting group it meets, even when the asserting outlets disagree among themselves on the figure.
  const denials = new Map<number, { conflict: Conflict; asserting: AnalysisClaim[] }>();
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const [gi, gj] = [groups[i] ?? [], groups[j] ?? []];
      const found = firstConflict(gi, gj);
      if (!found) continue;
      if (found.kind !== "denial") {
        contradictions.push(widen(found, [gi, gj]));
        continue;
      }
      const [neg, pos] = gi[0]?.polarity === "negative" ? [i, gj] : [j, gi];
      const seen = denials.get(neg);
      denials.set(neg, seen ? { ...seen, asserting: [...seen.asserting, ...pos] } : { conflict: found, asserting: pos });
    }
  }
  for (const [neg, d] of denials) contradictions.push(widen(d.conflict, [d.asserting.sort(byReport), groups[neg] ?? []]));
  return { contradictions, corroborations: corroborationPairs(groups) };
}

function firstConflict(xs: AnalysisClaim[], ys: AnalysisClaim[]): Conflict | null {
  for (const x of xs) for (const y of ys) {
    const f = conflictBetween(x, y);
    if (f) return f;
  }
  return null;
}
