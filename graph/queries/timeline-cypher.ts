/**
 * The timeline query. Each branch yields the node `x` with its article and source; times are
 * compared as epoch milliseconds because stored ISO strings carry different UTC offsets and do not
 * sort as text. Only the direction differs between the two variants (ORDER BY cannot be a parameter).
 */
const BRANCHES = `
CALL () {
  MATCH (a:Article)-[:PUBLISHED_BY]->(s:Source) WHERE 'article' IN $kinds
  RETURN a AS x, a, s, 'article' AS kind, null AS happenedAt, a.title AS title, left(coalesce(a.description, a.text, ''), 280) AS text, null AS label
  UNION ALL
  MATCH (x:Claim)-[:REPORTED_IN]->(a:Article)-[:PUBLISHED_BY]->(s:Source) WHERE 'claim' IN $kinds
  OPTIONAL MATCH (x)-[:ASSERTED_BY]->(sp:Entity)
  RETURN x, a, s, 'claim' AS kind, x.date AS happenedAt,
         coalesce(sp.name, x.speakerText, s.name) + ' ' + coalesce(x.speechAct, 'reported') AS title, x.quote AS text, x.predicate AS label
  UNION ALL
  MATCH (x:Event)<-[:DESCRIBES]-(c:Claim)-[:REPORTED_IN]->(a:Article)-[:PUBLISHED_BY]->(s:Source) WHERE 'event' IN $kinds
  WITH x, a, s, c ORDER BY c.start
  WITH x, head(collect({a: a, s: s, c: c})) AS first
  RETURN x, first.a AS a, first.s AS s, 'event' AS kind, x.date AS happenedAt,
         x.kind + ': ' + reduce(t = '', e IN COLLECT { MATCH (x)-[:INVOLVES]->(e:Entity) RETURN e.name } | t + CASE t WHEN '' THEN '' ELSE ', ' END + e) AS title,
         first.c.quote AS text, x.kind AS label
}
WITH x, a, s, kind, happenedAt, title, text, label, datetime(a.sortAt).epochMillis AS reportedMs
WHERE ($source IS NULL OR s.id = $source OR toLower(s.name) = $source)
  AND ($entityId IS NULL OR EXISTS { (x)--(:Entity {id: $entityId}) })
  AND ($contradictionId IS NULL OR EXISTS {
    MATCH (:Contradiction {id: $contradictionId})-[:SIDE]->(sc:Claim) WHERE sc = x OR (sc)-[:DESCRIBES]->(x) OR (sc)-[:REPORTED_IN]->(x) })
  AND ($asOf IS NULL OR reportedMs <= $asOf)
WITH *, CASE WHEN $byHappened AND happenedAt IS NOT NULL THEN datetime(happenedAt).epochMillis ELSE reportedMs END AS sortKey
WHERE ($from IS NULL OR sortKey >= $from) AND ($to IS NULL OR sortKey <= $to)`;

const PROJECTION = `
RETURN {kind: kind, id: x.id, title: coalesce(title, ''), text: coalesce(text, ''), happenedAt: happenedAt, reportedAt: a.sortAt,
        source: s.name, sourceId: s.id, articleId: a.id, url: coalesce(a.canonicalUrl, a.url), label: label, sortKey: sortKey,
        entities: COLLECT { MATCH (x)--(e:Entity) RETURN DISTINCT e {.id, .name, .type} LIMIT 8 }} AS item`;

export const TIMELINE = {
  desc: `${BRANCHES}
  AND ($afterT IS NULL OR sortKey < $afterT OR (sortKey = $afterT AND x.id < $afterId))
  WITH * ORDER BY sortKey DESC, x.id DESC LIMIT $limit ${PROJECTION} ORDER BY item.sortKey DESC, item.id DESC`,
  asc: `${BRANCHES}
  AND ($afterT IS NULL OR sortKey > $afterT OR (sortKey = $afterT AND x.id > $afterId))
  WITH * ORDER BY sortKey ASC, x.id ASC LIMIT $limit ${PROJECTION} ORDER BY item.sortKey ASC, item.id ASC`,
} as const;
