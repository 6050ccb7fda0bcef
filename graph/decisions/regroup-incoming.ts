import { ENTITY_IN_ANY_STATE } from "./entity-in-any-state";
import { INCOMING_TYPES, regroupIncoming, type IncomingGroup, type StoredIncoming } from "./incoming-origins";
import { mergedIntoMap } from "./regroup-relations";
import { resolveThrough } from "./relation-origins";
import type { Run } from "./run";

/**
 * Incoming edges at the given entities (whatever their label now) that a merge or split can change:
 * those carrying origins or a legacy merge stack, those at a merged-away or rejected node, and those
 * whose start node has another edge of the same type to one of the entities (a twin left by an old
 * merge included). An entity's other edges
 * stand only for it and stay as they are, so they are not read.
 */
const TOUCHING = `
UNWIND $ids AS id
${ENTITY_IN_ANY_STATE}
MATCH (x)-[r]->(n) WHERE type(r) IN $types
  AND (r.origins IS NOT NULL OR r.viaStack IS NOT NULL OR NOT n:Entity
       OR EXISTS { MATCH (x)-[s]->(m) WHERE type(s) = type(r) AND s <> r AND m.id IN $ids })
RETURN elementId(r) AS key, type(r) AS type, elementId(x) AS startKey, n.id AS endId,
       r.origins AS origins, r.mentionOf AS mentionOf, r.surfaces AS surfaces, r.starts AS starts, r.ends AS ends,
       r.viaStack AS viaStack, r.viaEnds AS viaEnds`;

const DELETE = "UNWIND $keys AS key MATCH ()-[r]->() WHERE elementId(r) = key DELETE r";

/** Relationship types cannot be parameters, so there is one statement per type of the fixed list. */
const write = (type: string) => `
UNWIND $groups AS g
MATCH (x) WHERE elementId(x) = g.startKey
WITH x, g, g.toId AS id
${ENTITY_IN_ANY_STATE}
MERGE (x)-[r:${type}]->(n)
SET r = g.props`;
const WRITES = INCOMING_TYPES.map((type) => ({ type, cypher: write(type) }));

/**
 * Folds and unfolds the article, claim and event edges at the given entities after a merge or split
 * has changed what the ids stand for (run it once the labels and `mergedInto` are set): afterwards
 * there is one edge per start node, type and entity, and each origin sits at the entity it resolves to.
 */
export async function regroupIncomingAt(run: Run, entityIds: string[]): Promise<void> {
  const edges = await run<StoredIncoming>(TOUCHING, { ids: entityIds, types: INCOMING_TYPES });
  if (edges.length === 0) return;
  const ids = edges.flatMap((e) => [e.endId, ...(e.origins ?? []), ...(e.viaStack ?? [])]);
  const groups = regroupIncoming(edges, resolveThrough(await mergedIntoMap(run, ids)));
  await writeGroups(run, groups);
}

async function writeGroups(run: Run, groups: IncomingGroup[]): Promise<void> {
  if (groups.length === 0) return;
  await run(DELETE, { keys: [...new Set(groups.flatMap((g) => g.keys))] });
  for (const { type, cypher } of WRITES) {
    const ofType = groups.filter((g) => g.type === type);
    if (ofType.length > 0) await run(cypher, { groups: ofType });
  }
}
