/**
 * Shared Cypher for the claim shape of lib/views/claim.ts. `claimView(v)` is a CALL subquery that
 * turns the claim bound to variable `v` into a map named `<v>View`; variable names come from code,
 * never from input.
 */
export function claimView(v: string): string {
  return `CALL (${v}) {
  MATCH (${v})-[:REPORTED_IN]->(a:Article)-[:PUBLISHED_BY]->(s:Source)
  OPTIONAL MATCH (${v})-[:ASSERTED_BY]->(sp:Entity)
  OPTIONAL MATCH (${v})-[:ABOUT]->(sb:Entity)
  RETURN ${v} { .id, .quote, .start, .end, .predicate, .polarity, .speechAct, .speakerText, .date, .dateText, .reportedAt,
    speaker: sp {.id, .name, .type}, subject: sb {.id, .name, .type},
    objects: COLLECT { MATCH (${v})-[:OBJECT]->(o:Entity) RETURN o {.id, .name, .type} },
    figure: CASE WHEN ${v}.value IS NULL THEN null ELSE {value: ${v}.value, low: ${v}.low, high: ${v}.high, unit: ${v}.unit, qualifier: ${v}.qualifier, text: ${v}.figureText} END,
    article: {id: a.id, title: a.title, url: coalesce(a.canonicalUrl, a.url), publishedAt: a.publishedAt},
    source: s {.id, .name} } AS ${v}View
  LIMIT 1
}`;
}

export const ENTITY_REF = (v: string) => `${v} {.id, .name, .type}`;
