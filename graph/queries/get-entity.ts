import { EntityProfile } from "@/lib/views/entity";
import { readRows } from "../driver";
import { DISPUTES_INVOLVING } from "./contradiction-fragments";
import { ENTITY_SUMMARY } from "./entity-fragments";

const PROFILE = `
MATCH (e:Entity {id: $id})
${ENTITY_SUMMARY}
CALL (e) {
  OPTIONAL MATCH (a:Article)-[:MENTIONS]->(e)
  OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(s:Source)
  RETURN count(DISTINCT s) AS sourceCount, min(a.sortAt) AS firstSeenAt
}
CALL (e) {
  // A loop is a relation between two names a merge made one entity; it waits there for a split.
  OPTIONAL MATCH (e)-[r:RELATION]-(o:Entity) WHERE o <> e
  WITH o, r, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction WHERE o IS NOT NULL
  RETURN collect(o {.id, .name, .type, relation: r.type, direction: direction, claimCount: size(coalesce(r.claimIds, []))}) AS related
}
CALL (e) {
  OPTIONAL MATCH (c:Claim)-[:ABOUT]->(e) WHERE c.value IS NOT NULL
  OPTIONAL MATCH (c)-[:REPORTED_IN]->(:Article)-[:PUBLISHED_BY]->(s:Source)
  WITH c, s WHERE c IS NOT NULL ORDER BY c.reportedAt, c.id
  RETURN collect(c {claimId: c.id, .predicate, .unit, .value, .low, .high, .qualifier, text: c.figureText, .reportedAt, source: s.name}) AS figures
}
CALL (e) {
  OPTIONAL MATCH (d:Decision {kind: 'merge', intoId: e.id, active: true})
  WITH d WHERE d IS NOT NULL
  RETURN collect({id: d.fromId, name: coalesce(d.fromName, d.fromId), decisionId: d.id, reason: d.reason}) AS mergedFrom
}
RETURN entity {.*, sourceCount: sourceCount, firstSeenAt: firstSeenAt, related: related, figures: figures, mergedFrom: mergedFrom,
  claimsByCount: COUNT { (:Claim)-[:ASSERTED_BY]->(e) },
  claimsAboutCount: COUNT { (c:Claim) WHERE (c)-[:ABOUT|OBJECT]->(e) },
  contradictionCount: COUNT { ${DISPUTES_INVOLVING("e")} }
} AS profile`;

/** An entity's profile: names, counts, related entities and the figures reported about it over time. */
export async function getEntity(id: string): Promise<EntityProfile | null> {
  const rows = await readRows<{ profile: unknown }>(PROFILE, { id });
  return rows[0] ? EntityProfile.parse(rows[0].profile) : null;
}
