import { ContradictionDetail } from "@/lib/views/contradiction";
import { readRows } from "../driver";
import { claimView } from "./claim-fragments";
import { CONTRADICTION_SUMMARY } from "./contradiction-fragments";

const DETAIL = `
MATCH (k:Contradiction {id: $id})
${CONTRADICTION_SUMMARY}
CALL (k) {
  MATCH (k)-[:SIDE]->(c:Claim)
  ${claimView("c")}
  WITH c, cView ORDER BY c.reportedAt, c.id
  RETURN collect(cView) AS sides
}
CALL (k) {
  MATCH (k)-[:SIDE]->(side:Claim)
  CALL (side) {
    OPTIONAL MATCH (side)-[:CORROBORATES]-(x:Claim)
    WITH x WHERE x IS NOT NULL
    ${claimView("x")}
    WITH x, xView ORDER BY x.reportedAt, x.id
    RETURN collect(xView) AS claims
  }
  MATCH (side)-[:REPORTED_IN]->(:Article)-[:PUBLISHED_BY]->(ss:Source)
  WITH side, claims, ss ORDER BY side.reportedAt, side.id
  RETURN collect({sideClaimId: side.id, sideSourceId: ss.id, claims: claims}) AS corroborations
}
RETURN summary {.*, sides: sides, corroborations: corroborations} AS detail`;

/** One contradiction with both sides in full and the reports that corroborate each side. */
export async function getContradiction(id: string): Promise<ContradictionDetail | null> {
  type Raw = { sideClaimId: string; sideSourceId: string; claims: Array<{ source: { id: string } }> };
  const rows = await readRows<{ detail: { corroborations: Raw[] } }>(DETAIL, { id });
  const row = rows[0];
  if (!row) return null;
  // Outlets, not claims: the side's own outlet plus each other outlet once, however often it repeats the figure.
  const corroborations = row.detail.corroborations.map(({ sideSourceId, ...c }) => ({
    ...c,
    sourceCount: new Set([sideSourceId, ...c.claims.map((x) => x.source.id)]).size,
  }));
  return ContradictionDetail.parse({ ...row.detail, corroborations });
}
