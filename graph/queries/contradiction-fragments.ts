/**
 * Whether claim `c` had been published by `$asOf` (epoch milliseconds; null for no bound). Instants,
 * not stored strings, are compared, because the strings carry different UTC offsets.
 */
export const REPORTED_BY_AS_OF = (c: string) =>
  `($asOf IS NULL OR EXISTS { MATCH (${c})-[:REPORTED_IN]->(ra:Article) WHERE datetime(ra.sortAt).epochMillis <= $asOf })`;

/**
 * How a dispute `k` involves an entity: it is the subject, an object or the speaker of statement `c`
 * on one of its sides. Lists and counts share it so an entity's count is what its list shows.
 */
export const INVOLVES = (k: string, c: string, e: string) => `(${k})-[:SIDE]->(${c}:Claim)-[:ABOUT|OBJECT|ASSERTED_BY]->(${e})`;

/** For COUNT { }: the disputes entity `e` is a party to, each once however many of its statements are on a side. */
export const DISPUTES_INVOLVING = (e: string) => `MATCH ${INVOLVES("k:Contradiction", "", e)} RETURN DISTINCT k`;

/**
 * Projects contradiction `k` to the ContradictionSummary shape (lib/views/contradiction.ts) as
 * `summary`, counting only statements reported by `$asOf`; as of a date, a dispute exists once two of
 * its sides had been reported. `latestMs` orders by instant.
 */
export const CONTRADICTION_SUMMARY = `
CALL (k) {
  MATCH (k)-[:SIDE]->(c:Claim)-[:REPORTED_IN]->(a:Article)-[:PUBLISHED_BY]->(s:Source)
  WITH c, s, datetime(a.sortAt).epochMillis AS ms
  WHERE $asOf IS NULL OR ms <= $asOf
  OPTIONAL MATCH (c)-[:ABOUT|OBJECT|ASSERTED_BY]->(e:Entity)
  WITH c, s, e, ms ORDER BY ms, s.name
  RETURN collect(DISTINCT s.name) AS sources, collect(DISTINCT e {.id, .name, .type}) AS entities, last(collect(c.reportedAt)) AS latest,
         max(ms) AS latestMs, count(DISTINCT c) AS claimCount
}
WITH k, latestMs, k {.id, .kind, .severity, .explanation, .detectedAt, entities: entities, sources: sources, latestReportedAt: latest,
           claimCount: claimCount,
           sideCount: COUNT { MATCH (k)-[r:SIDE]->(c:Claim) WHERE ${REPORTED_BY_AS_OF("c")} RETURN DISTINCT coalesce(r.side, elementId(r)) }} AS summary,
     CASE k.severity WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END AS severityRank
WHERE ($asOf IS NULL OR summary.sideCount >= 2)`;
