/**
 * Cypher that moves an entity's relationships onto another entity and back. Relationship types
 * cannot be parameters, so they come from this fixed list. Each moved relationship remembers whom it
 * came from on a stack (`viaStack`, with `viaEnds` saying which end was the entity), which makes a
 * merge exactly reversible, also after chained merges. RELATION edges are not moved here: two of them
 * can land on one pair, so they are rebuilt from their origins instead (regroup-relations.ts).
 */
const INCOMING = ["MENTIONS", "ASSERTED_BY", "ABOUT", "OBJECT", "INVOLVES"] as const;

const mergeIn = (type: string) => `
MATCH (f:Entity {id: $fromId})
MATCH (t:Entity {id: $intoId})
MATCH (x)-[r:${type}]->(f)
CREATE (x)-[n:${type}]->(t)
SET n = properties(r), n.viaStack = coalesce(r.viaStack, []) + $fromId, n.viaEnds = coalesce(r.viaEnds, []) + 'end'
DELETE r`;

/** Restores the relationships that came from `fromId`, popping the stack down to below it. */
const splitIn = (type: string) => `
MATCH (f:MergedEntity {id: $fromId}), (t:Entity {id: $intoId})
MATCH (x)-[r:${type}]->(t) WHERE $fromId IN coalesce(r.viaStack, []) AND r.viaEnds[apoc_index] = 'end'
CREATE (x)-[n:${type}]->(f)
SET n = properties(r), n.viaStack = r.viaStack[..apoc_index], n.viaEnds = r.viaEnds[..apoc_index]
DELETE r`;

// The stack position of fromId, computed in Cypher without APOC.
const INDEX = "[i IN range(0, size(coalesce(r.viaStack, [])) - 1) WHERE r.viaStack[i] = $fromId][0]";
const withIndex = (q: string) => q.replaceAll("apoc_index", INDEX);

export const MERGE_MOVES: readonly string[] = INCOMING.map(mergeIn);
export const SPLIT_MOVES: readonly string[] = INCOMING.map(splitIn).map(withIndex);
