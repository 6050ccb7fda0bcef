/**
 * Cypher that binds `n` to the entity with id `id` whatever its label now: live, merged away or
 * rejected. Merges and splits must reach edges at all three, since a split revives a merged node.
 */
export const ENTITY_IN_ANY_STATE = `CALL (id) {
  MATCH (n:Entity {id: id}) RETURN n
  UNION
  MATCH (n:MergedEntity {id: id}) RETURN n
  UNION
  MATCH (n:RejectedEntity {id: id}) RETURN n
}`;
