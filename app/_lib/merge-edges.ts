import type { GraphEdge } from "@/lib/views/path";

/**
 * One edge per (from, type, to) with the claims of all its copies: after an entity merge the graph can
 * hold two relationships of the same type between the same pair, which a reader sees as one.
 */
export function mergeEdges(edges: readonly GraphEdge[]): GraphEdge[] {
  const byKey = new Map<string, GraphEdge>();
  for (const e of edges) {
    const key = `${e.from}\u0000${e.type}\u0000${e.to}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...e, claims: [...e.claims] });
    else for (const c of e.claims) if (!seen.claims.some((x) => x.id === c.id)) seen.claims.push(c);
  }
  return [...byKey.values()];
}
