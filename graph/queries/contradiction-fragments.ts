/** Projects contradiction `k` to the ContradictionSummary shape (lib/views/contradiction.ts) as `summary`. */
export const CONTRADICTION_SUMMARY = `
CALL (k) {
  MATCH (k)-[:SIDE]->(c:Claim)-[:REPORTED_IN]->(:Article)-[:PUBLISHED_BY]->(s:Source)
  OPTIONAL MATCH (c)-[:ABOUT|OBJECT|ASSERTED_BY]->(e:Entity)
  WITH collect(DISTINCT s.name) AS sources, collect(DISTINCT e {.id, .name, .type}) AS entities, max(c.reportedAt) AS latest,
       count(DISTINCT c) AS claimCount
  RETURN sources, entities, latest, claimCount
}
WITH k, k {.id, .kind, .severity, .explanation, .detectedAt, entities: entities, sources: sources, latestReportedAt: latest,
           claimCount: claimCount, sideCount: COUNT { MATCH (k)-[r:SIDE]->(:Claim) RETURN DISTINCT coalesce(r.side, elementId(r)) }} AS summary,
     CASE k.severity WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END AS severityRank`;
