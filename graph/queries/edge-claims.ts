import { EdgeClaim } from "@/lib/views/path";
import { readRows } from "../driver";

/** The claims behind relationship edges, by claim id, so each edge can be explained. */
export async function loadEdgeClaims(claimIds: string[]): Promise<Map<string, EdgeClaim>> {
  if (claimIds.length === 0) return new Map();
  const rows = await readRows<{ claim: unknown }>(
    `UNWIND $ids AS id
     MATCH (c:Claim {id: id})-[:REPORTED_IN]->(a:Article)-[:PUBLISHED_BY]->(s:Source)
     RETURN {id: c.id, quote: c.quote, source: s.name, articleId: a.id, url: coalesce(a.canonicalUrl, a.url), reportedAt: a.sortAt} AS claim`,
    { ids: [...new Set(claimIds)] },
  );
  const claims = rows.map((r) => EdgeClaim.parse(r.claim));
  return new Map(claims.map((c) => [c.id, c]));
}

export type RawEdge = { from: string; to: string; type: string; claimIds: string[] };

export function explainEdges(edges: RawEdge[], claims: Map<string, EdgeClaim>, perEdge = 5) {
  return edges.map(({ claimIds, ...e }) => ({
    ...e,
    claims: claimIds.flatMap((id) => claims.get(id) ?? []).slice(0, perEdge),
  }));
}
