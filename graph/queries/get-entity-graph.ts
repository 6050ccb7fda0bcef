import neo4j from "neo4j-driver";
import { z } from "zod";
import { EntityGraph } from "@/lib/views/path";
import { readRows } from "../driver";
import { explainEdges, loadEdgeClaims, type RawEdge } from "./edge-claims";

export const EntityGraphOptions = z.object({
  id: z.string().min(1),
  depth: z.number().int().min(1).max(3).default(2),
  maxNodes: z.number().int().min(2).max(300).default(80),
});
export type EntityGraphOptions = z.input<typeof EntityGraphOptions>;

const DEPTHS = [1, 2, 3] as const;

type Row = { nodes: EntityGraph["nodes"]; edges: RawEdge[] };

/** The neighbourhood of an entity over relationship edges, for the explorer. */
export async function getEntityGraph(options: EntityGraphOptions): Promise<EntityGraph | null> {
  const o = EntityGraphOptions.parse(options);
  const depth = DEPTHS.find((d) => d === o.depth) ?? 2;
  const rows = await readRows<Row>(
    `MATCH (c:Entity {id: $id})
     OPTIONAL MATCH (c)-[:RELATION*1..${depth}]-(n:Entity)
     WITH c, collect(DISTINCT n) AS found
     WITH [c] + [n IN found WHERE n <> c][..$rest] AS ns
     CALL (ns) {
       UNWIND ns AS n
       MATCH (n)-[r:RELATION]->(m:Entity) WHERE m IN ns AND m <> n
       RETURN collect(DISTINCT {from: n.id, to: m.id, type: r.type, claimIds: coalesce(r.claimIds, [])}) AS edges
     }
     RETURN [n IN ns | n {.id, .name, .type, mentionCount: COUNT { MATCH (a:Article)-[:MENTIONS]->(n) RETURN DISTINCT a }}] AS nodes, edges`,
    { id: o.id, rest: neo4j.int(o.maxNodes - 1) },
  );
  const row = rows[0];
  if (!row) return null;
  const claims = await loadEdgeClaims(row.edges.flatMap((e) => e.claimIds));
  return EntityGraph.parse({ centerId: o.id, nodes: row.nodes, edges: explainEdges(row.edges, claims, 3) });
}
