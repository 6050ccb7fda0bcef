import { stableId } from "@/lib/hash";
import { writeRows } from "../driver";
import type { Analysis } from "./analysis-claim";

/**
 * A contradiction's id depends only on what is disputed and the positions taken (its key), not on
 * which outlets reported them, so finding it again, or with one more outlet on a side, MERGEs the same node.
 */
export const contradictionId = (key: string) => stableId("ctr", key);

/**
 * One SIDE edge per claim of each side ({side: index, representative}); stale SIDE edges of a kept
 * contradiction go. CONTRADICTS links only the two representatives, so the claim graph shows the
 * dispute without one edge per pair of statements.
 */
const MERGE_CONTRADICTIONS = `
UNWIND $findings AS f
MERGE (k:Contradiction {id: f.id})
  ON CREATE SET k.detectedAt = toString(datetime()), k.isNew = true
SET k.kind = f.kind, k.severity = f.severity, k.explanation = f.explanation, k.claimIds = f.sorted,
    k.sideLabels = f.sideLabels, k.matterKey = f.key
WITH k, f, coalesce(k.isNew, false) AS isNew
REMOVE k.isNew
WITH k, f, isNew
CALL (k, f) {
  OPTIONAL MATCH (k)-[old:SIDE]->(c:Claim) WHERE NOT c.id IN f.allIds
  DELETE old
}
CALL (k, f) {
  UNWIND range(0, size(f.sides) - 1) AS i
  UNWIND f.sides[i] AS claimId
  MATCH (c:Claim {id: claimId})
  MERGE (k)-[r:SIDE]->(c)
  SET r.side = i, r.representative = (claimId = f.sides[i][0])
}
CALL (f) {
  MATCH (a:Claim {id: f.claimIds[0]}), (b:Claim {id: f.claimIds[1]})
  MERGE (a)-[r:CONTRADICTS]->(b)
  SET r.kind = f.kind, r.severity = f.severity, r.explanation = f.explanation, r.contradictionId = f.id
}
RETURN count(CASE WHEN isNew THEN 1 END) AS created`;

/** Drops what the rules no longer find among the compared claims (an article was edited, a merge undone). */
const DROP_STALE = `
MATCH (k:Contradiction)-[:SIDE]->(c:Claim) WHERE c.id IN $claimIds AND NOT k.id IN $ids
WITH DISTINCT k
DETACH DELETE k
WITH count(*) AS _
MATCH (a:Claim)-[r:CONTRADICTS]->(b:Claim)
WHERE (a.id IN $claimIds OR b.id IN $claimIds) AND NOT (r.contradictionId + '|' + a.id + '|' + b.id) IN $links
DELETE r
WITH count(*) AS _
MATCH (k:Contradiction) WHERE COUNT { (k)-[:SIDE]->(:Claim) } < 2
DETACH DELETE k`;

const MERGE_CORROBORATIONS = `
UNWIND $pairs AS p
MATCH (a:Claim {id: p[0]}), (b:Claim {id: p[1]})
OPTIONAL MATCH (a)-[old:CORROBORATES]->(b)
MERGE (a)-[:CORROBORATES]->(b)
RETURN count(CASE WHEN old IS NULL THEN 1 END) AS created`;

const DROP_STALE_CORROBORATIONS = `
MATCH (a:Claim)-[r:CORROBORATES]->(b:Claim)
WHERE a.id IN $claimIds AND b.id IN $claimIds AND NOT (a.id + '|' + b.id) IN $keys
DELETE r`;

export type StoreCounts = { contradictions: number; corroborations: number };

export async function storeFindings(analysis: Analysis, comparedClaimIds: string[]): Promise<StoreCounts> {
  const findings = analysis.contradictions.map((f) => ({
    ...f,
    id: contradictionId(f.key),
    sorted: [...f.claimIds].sort(),
    allIds: f.sides.flat(),
  }));
  const ids = findings.map((f) => f.id);
  const links = findings.map((f) => `${f.id}|${f.claimIds[0]}|${f.claimIds[1]}`);
  await writeRows(DROP_STALE, { claimIds: comparedClaimIds, ids, links });
  const [c] = await writeRows<{ created: number }>(MERGE_CONTRADICTIONS, { findings });
  const keys = analysis.corroborations.map(([a, b]) => `${a}|${b}`);
  await writeRows(DROP_STALE_CORROBORATIONS, { claimIds: comparedClaimIds, keys });
  const [k] = await writeRows<{ created: number }>(MERGE_CORROBORATIONS, { pairs: analysis.corroborations });
  return { contradictions: c?.created ?? 0, corroborations: k?.created ?? 0 };
}
