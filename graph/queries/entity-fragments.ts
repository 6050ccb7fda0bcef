/** Projects entity `e` to the EntitySummary shape (lib/views/entity.ts) as `entity`. */
export const ENTITY_SUMMARY = `
CALL (e) {
  OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)
  RETURN coalesce(sum(m.count), 0) AS mentionCount, count(DISTINCT a) AS articleCount
}
WITH e, e { .id, .name, .type, aliases: coalesce(e.aliases, []), mentionCount: mentionCount, articleCount: articleCount } AS entity`;
