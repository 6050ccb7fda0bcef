/**
 * The Cypher of one article write, run in order inside one transaction with the same parameter map
 * ($article, $source, $entities, $claims, $events, $relations; each relation with its `origins`, see
 * graph/decisions/relation-origins.ts). Every statement is UNWIND + MERGE on a
 * stable id, so running them twice changes nothing.
 */

/** Keeps the text being replaced as an ArticleVersion and detaches the claims it carried. */
export const RETIRE_OLD_VERSION = `
MATCH (a:Article {id: $id})
MERGE (v:ArticleVersion {id: $versionId})
  ON CREATE SET v.textHash = a.textHash, v.text = a.text, v.title = a.title, v.fetchedAt = a.fetchedAt, v.modifiedAt = a.modifiedAt,
                v.replacedAt = toString(datetime()), v.changeSummary = $changeSummary, v.figuresChanged = $figuresChanged
MERGE (a)-[:PREVIOUS_VERSION]->(v)
WITH a
OPTIONAL MATCH (c:Claim)-[:REPORTED_IN]->(a)
WITH a, collect(c) AS claims, [c IN collect(c) | c.id] AS claimIds
OPTIONAL MATCH ()-[r:RELATION]->()
  WHERE any(id IN r.claimIds WHERE id IN claimIds) OR any(o IN coalesce(r.origins, []) WHERE split(o, $sep)[0] = a.id)
SET r.claimIds = [id IN r.claimIds WHERE NOT id IN claimIds],
    r.origins = [o IN r.origins WHERE split(o, $sep)[0] <> a.id AND NOT split(o, $sep)[1] IN claimIds]
WITH a, claims, collect(r) AS rels
FOREACH (r IN [x IN rels WHERE size(x.claimIds) = 0 AND size(coalesce(x.origins, [])) = 0] | DELETE r)
FOREACH (c IN claims | DETACH DELETE c)
WITH a
OPTIONAL MATCH (a)-[m:MENTIONS]->()
DELETE m`;

const SOURCE_AND_ARTICLE = `
MERGE (s:Source {id: $source.id})
  ON CREATE SET s.name = $source.name, s.homepage = $source.homepage
MERGE (a:Article {id: $article.id})
SET a.url = $article.url, a.canonicalUrl = $article.canonicalUrl, a.title = $article.title,
    a.byline = $article.byline, a.description = $article.description,
    a.publishedAt = $article.publishedAt, a.modifiedAt = $article.modifiedAt, a.fetchedAt = $article.fetchedAt,
    a.section = $article.section, a.lang = $article.lang, a.text = $article.text, a.textHash = $article.textHash,
    a.sortAt = coalesce($article.publishedAt, $article.fetchedAt)
MERGE (a)-[:PUBLISHED_BY]->(s)`;

const ENTITIES = `
MATCH (a:Article {id: $article.id})
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
  ON CREATE SET n.name = e.name, n.type = e.type, n.key = e.id, n.aliases = [], n.firstSeenAt = a.sortAt
SET n.aliases = reduce(acc = coalesce(n.aliases, []), x IN e.aliases + [e.name] | CASE WHEN x IN acc OR x = n.name THEN acc ELSE acc + x END)
SET n.aliasText = reduce(t = '', x IN n.aliases | t + ' | ' + x)
MERGE (a)-[m:MENTIONS]->(n)
SET m.count = e.mentionCount, m.surfaces = [x IN e.mentions | x.text], m.starts = [x IN e.mentions | x.start], m.ends = [x IN e.mentions | x.end]`;

const CLAIMS = `
MATCH (a:Article {id: $article.id})
UNWIND $claims AS c
MERGE (n:Claim {id: c.id})
SET n += c {.predicate, .polarity, .speechAct, .quote, .start, .end, .before, .after, .speakerText, .value, .low, .high,
            .unit, .qualifier, .figureText, .date, .dateText, .articleId, .reportedAt, .subjectId, .speakerId}
MERGE (n)-[r:REPORTED_IN]->(a)
SET r.quote = c.quote, r.start = c.start, r.end = c.end
WITH n, c
CALL (n, c) {
  OPTIONAL MATCH (sp:Entity {id: c.speakerId})
  FOREACH (_ IN CASE WHEN sp IS NULL THEN [] ELSE [1] END | MERGE (n)-[:ASSERTED_BY]->(sp))
  WITH n, c
  OPTIONAL MATCH (sub:Entity {id: c.subjectId})
  FOREACH (_ IN CASE WHEN sub IS NULL THEN [] ELSE [1] END | MERGE (n)-[:ABOUT]->(sub))
  WITH n, c
  UNWIND c.objectIds AS oid
  MATCH (o:Entity {id: oid})
  MERGE (n)-[:OBJECT]->(o)
}`;

const EVENTS = `
UNWIND $events AS ev
MERGE (n:Event {id: ev.id})
SET n.kind = ev.kind, n.date = ev.date, n.dateText = ev.dateText
WITH n, ev
CALL (n, ev) {
  UNWIND ev.entityIds AS eid
  MATCH (e:Entity {id: eid})
  MERGE (n)-[:INVOLVES]->(e)
}
WITH n, ev
UNWIND ev.claimIds AS cid
MATCH (c:Claim {id: cid})
MERGE (c)-[:DESCRIBES]->(n)`;

const RELATIONS = `
UNWIND $relations AS r
MATCH (f:Entity {id: r.fromId}), (t:Entity {id: r.toId})
MERGE (f)-[rel:RELATION {type: r.type}]->(t)
SET rel.claimIds = reduce(acc = coalesce(rel.claimIds, []), x IN r.claimIds | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    rel.origins = reduce(acc = coalesce(rel.origins, []), x IN r.origins | CASE WHEN x IN acc THEN acc ELSE acc + x END)`;

export const WRITE_STATEMENTS: readonly string[] = [SOURCE_AND_ARTICLE, ENTITIES, CLAIMS, EVENTS, RELATIONS];
