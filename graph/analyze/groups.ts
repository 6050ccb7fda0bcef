import type { AnalysisClaim } from "./analysis-claim";
import { agrees } from "./rules";

/** Union-find over the "agrees" relation; groups keep report order. */
export function groupAgreeing(claims: AnalysisClaim[], same: (a: AnalysisClaim, b: AnalysisClaim) => boolean = agrees): AnalysisClaim[][] {
  const parent = claims.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const a = claims[i];
      const b = claims[j];
      if (a && b && same(a, b)) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, AnalysisClaim[]>();
  claims.forEach((c, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), c]));
  return [...groups.values()];
}

/** Every pair of claims in one group that come from different outlets. */
export function corroborationPairs(groups: AnalysisClaim[][]): Array<[string, string]> {
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
