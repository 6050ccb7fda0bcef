import { ENTITY_IN_ANY_STATE } from "./entity-in-any-state";
import { regroupRelations, originsOf, resolveThrough, type StoredRelation } from "./relation-origins";
import type { Run } from "./run";

/** Every RELATION edge at the given entities, whatever their label now (merged, live or rejected). */
const TOUCHING = `
UNWIND $ids AS id
${ENTITY_IN_ANY_STATE}
MATCH (n)-[r:RELATION]-()
WITH DISTINCT r
RETURN elementId(r) AS key, r {.type, startId: startNode(r).id, endId: endNode(r).id, .claimIds, .origins, .viaStack, .viaEnds} AS edge`;

const MERGED_INTO = "MATCH (m:MergedEntity) WHERE m.id IN $ids AND m.mergedInto IS NOT NULL RETURN m.id AS id, m.mergedInto AS into";

const DELETE = "UNWIND $keys AS key MATCH ()-[r:RELATION]->() WHERE elementId(r) = key DELETE r";

/** MERGE so that an edge already there for the pair (written by an ingest) takes the origins in rather than getting a twin. */
const WRITE = `
UNWIND $groups AS g
CALL (g) {
  MATCH (n:Entity {id: g.fromId}) RETURN n AS a
  UNION
  MATCH (n:RejectedEntity {id: g.fromId}) RETURN n AS a
}
CALL (g) {
  MATCH (n:Entity {id: g.toId}) RETURN n AS b
  UNION
  MATCH (n:RejectedEntity {id: g.toId}) RETURN n AS b
}
MERGE (a)-[rel:RELATION {type: g.type}]->(b)
SET rel.claimIds = reduce(acc = coalesce(rel.claimIds, []), x IN g.claimIds | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    rel.origins = reduce(acc = coalesce(rel.origins, []), x IN g.origins | CASE WHEN x IN acc THEN acc ELSE acc + x END)`;

type Touching = { key: string; edge: StoredRelation };

/** Which entity each merged-away id stands for now, following chains of merges. */
export async function mergedIntoMap(run: Run, ids: Iterable<string>): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  const asked = new Set(ids);
  let ask = [...asked];
  while (ask.length > 0) {
    const rows = await run<{ id: string; into: string }>(MERGED_INTO, { ids: ask });
    for (const r of rows) map.set(r.id, r.into);
    ask = [...new Set(rows.map((r) => r.into))].filter((id) => !asked.has(id));
    for (const id of ask) asked.add(id);
  }
  return map;
}

/**
 * Rebuilds the RELATION edges at the given entities from their origins after a merge or split has
 * changed what the ids stand for (run it after the labels and `mergedInto` are set). An edge whose
 * two ends become one entity stays as a loop, hidden by the queries, so that a split can bring it back.
 */
export async function regroupRelationsAt(run: Run, entityIds: string[]): Promise<void> {
  const touching = await run<Touching>(TOUCHING, { ids: entityIds });
  if (touching.length === 0) return;
  const edges = touching.map((t) => t.edge);
  const ids = edges.flatMap((e) => originsOf(e).flatMap((o) => [o.fromId, o.toId]));
  const resolve = resolveThrough(await mergedIntoMap(run, ids));
  await run(DELETE, { keys: touching.map((t) => t.key) });
  await run(WRITE, { groups: regroupRelations(edges, resolve) });
}
