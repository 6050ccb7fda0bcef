import neo4j from "neo4j-driver";
import { z } from "zod";
import { EntityPath, type EntityPath as EntityPathT } from "@/lib/views/path";
import { readRows } from "../driver";
import { explainEdges, loadEdgeClaims, type RawEdge } from "./edge-claims";

export const FindPathsOptions = z.object({
  fromId: z.string().min(1),
  toId: z.string().min(1),
  /** Longest path considered; an allow-listed literal because Cypher takes no parameter there. */
  maxHops: z.number().int().min(1).max(6).default(4),
  limit: z.number().int().min(1).max(50).default(10),
});
export type FindPathsOptions = z.input<typeof FindPathsOptions>;

const HOPS = [1, 2, 3, 4, 5, 6] as const;

type Row = { nodes: EntityPathT["nodes"]; edges: RawEdge[] };

/** All shortest relationship paths between two entities, each edge with the claims behind it. */
export async function findPaths(options: FindPathsOptions): Promise<EntityPathT[]> {
  const o = FindPathsOptions.parse(options);
  if (o.fromId === o.toId) return [];
  const hops = HOPS.find((h) => h === o.maxHops) ?? 4;
  const rows = await readRows<Row>(
    `MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
     MATCH p = allShortestPaths((a)-[:RELATION*..${hops}]-(b))
     RETURN [n IN nodes(p) | n {.id, .name, .type}] AS nodes,
            [r IN relationships(p) | {from: startNode(r).id, to: endNode(r).id, type: r.type, claimIds: coalesce(r.claimIds, [])}] AS edges
     LIMIT $limit`,
    { fromId: o.fromId, toId: o.toId, limit: neo4j.int(o.limit) },
  );
  const claims = await loadEdgeClaims(rows.flatMap((r) => r.edges.flatMap((e) => e.claimIds)));
  return rows.map((r) => EntityPath.parse({ nodes: r.nodes, edges: explainEdges(r.edges, claims) }));
}
