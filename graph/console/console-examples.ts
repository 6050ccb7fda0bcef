/** Saved example queries for the analyst console: each reads, and each shows one part of the model. */
export type ConsoleExample = { title: string; cypher: string };

export const CONSOLE_EXAMPLES: readonly ConsoleExample[] = [
  {
    title: "Most mentioned entities",
    cypher: `MATCH (a:Article)-[:MENTIONS]->(e:Entity)
RETURN e.name AS entity, e.type AS type, count(DISTINCT a) AS articles
ORDER BY articles DESC LIMIT 20`,
  },
  {
    title: "Contradictions with both sides",
    cypher: `MATCH (k:Contradiction)-[:SIDE]->(c:Claim)-[:REPORTED_IN]->(a:Article)-[:PUBLISHED_BY]->(s:Source)
RETURN k.kind AS kind, k.severity AS severity, k.explanation AS explanation, collect(s.name + ': ' + c.quote) AS sides
LIMIT 20`,
  },
  {
    title: "Who asserted what about Alibaba",
    cypher: `MATCH (c:Claim)-[:ABOUT]->(e:Entity) WHERE e.name STARTS WITH 'Alibaba'
OPTIONAL MATCH (c)-[:ASSERTED_BY]->(sp:Entity)
RETURN coalesce(sp.name, c.speakerText) AS speaker, c.speechAct AS act, c.quote AS quote
LIMIT 25`,
  },
  {
    title: "Figures reported per outlet",
    cypher: `MATCH (c:Claim)-[:REPORTED_IN]->(a:Article)-[:PUBLISHED_BY]->(s:Source) WHERE c.value IS NOT NULL
RETURN s.name AS outlet, c.predicate AS measure, c.value AS value, c.unit AS unit, a.publishedAt AS published
ORDER BY measure, published`,
  },
  {
    title: "Relationships between entities",
    cypher: `MATCH (a:Entity)-[r:RELATION]->(b:Entity)
RETURN a.name AS from, r.type AS relation, b.name AS to, size(r.claimIds) AS claims
ORDER BY claims DESC LIMIT 30`,
  },
];
