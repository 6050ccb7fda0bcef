import { readRows } from "../driver";
import { AnalysisClaim } from "./analysis-claim";
import { EXPLANATION_PREDICATES } from "./rules";

/**
 * Claims to compare. With article ids, only claims whose predicate also occurs in those articles can
 * meet a new claim, so only those predicates are loaded. Entity ids come from the relationships (not
 * the ids stored on the claim) so merges made later by people are followed.
 */
const LOAD = `
MATCH (c:Claim)-[:REPORTED_IN]->(a:Article)-[:PUBLISHED_BY]->(s:Source)
WHERE $predicates IS NULL OR c.predicate IN $predicates
OPTIONAL MATCH (c)-[:ASSERTED_BY]->(sp:Entity)
OPTIONAL MATCH (c)-[:ABOUT]->(sb:Entity)
WITH c, a, s, head(collect(sp)) AS sp, head(collect(sb)) AS sb
OPTIONAL MATCH (c)-[:DESCRIBES]->(ev:Event)
WITH c, a, s, sp, sb, head(collect(ev)) AS ev
RETURN {id: c.id, articleId: a.id, sourceId: s.id, sourceName: s.name, reportedAt: a.sortAt, predicate: c.predicate,
        polarity: c.polarity, quote: c.quote, speakerId: sp.id, speakerName: coalesce(sp.name, c.speakerText), subjectId: sb.id,
        subjectName: sb.name, objectIds: COLLECT { MATCH (c)-[:OBJECT]->(o:Entity) RETURN DISTINCT o.id },
        value: c.value, low: c.low, high: c.high, unit: c.unit, qualifier: c.qualifier, figureText: c.figureText,
        date: coalesce(ev.date, c.date), dateText: coalesce(ev.dateText, c.dateText), eventKind: ev.kind} AS claim`;

export async function loadClaims(articleIds?: string[]): Promise<AnalysisClaim[]> {
  const predicates = articleIds ? await predicatesIn(articleIds) : null;
  if (predicates && predicates.length === 0) return [];
  const rows = await readRows<{ claim: unknown }>(LOAD, { predicates });
  return rows.map((r) => AnalysisClaim.parse(r.claim));
}

async function predicatesIn(articleIds: string[]): Promise<string[]> {
  const rows = await readRows<{ p: string }>(
    "MATCH (c:Claim)-[:REPORTED_IN]->(a:Article) WHERE a.id IN $articleIds RETURN DISTINCT c.predicate AS p",
    { articleIds },
  );
  const found = rows.map((r) => r.p);
  return found.some((p) => EXPLANATION_PREDICATES.has(p)) ? [...new Set([...found, ...EXPLANATION_PREDICATES])] : found;
}
