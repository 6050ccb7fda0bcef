import { ContradictionDetail } from "@/lib/views/contradiction";
import type { ClaimView } from "@/lib/views/claim";
import { readRows } from "../driver";
import { claimView } from "./claim-fragments";
import { CONTRADICTION_SUMMARY } from "./contradiction-fragments";

/**
 * Sides come from the SIDE edges' `side` index, each a list with its representative first, then by report. A SIDE edge
 * without an index (written before sides were grouped) is a side of its own.
 */
const DETAIL = `
MATCH (k:Contradiction {id: $id})
${CONTRADICTION_SUMMARY}
CALL (k) {
  MATCH (k)-[r:SIDE]->(c:Claim)
  WITH c, coalesce(toString(r.side), c.id) AS side, coalesce(r.side, 1000) AS sideOrder, coalesce(r.representative, true) AS rep
  ${claimView("c")}
  WITH side, sideOrder, cView, rep, c ORDER BY sideOrder, rep DESC, c.reportedAt, c.id
  WITH side, sideOrder, collect(cView) AS claims
  ORDER BY sideOrder, claims[0].reportedAt, claims[0].id
  RETURN collect(claims) AS groups
}
RETURN summary {.*, sideLabels: k.sideLabels, groups: groups} AS detail`;

type Raw = { sideLabels: string[] | null; groups: ClaimView[][] };

const distinct = (xs: string[]) => [...new Set(xs)];

/** One contradiction with each side's representative in `sides` and all its other statements in `corroborations`. */
export async function getContradiction(id: string): Promise<ContradictionDetail | null> {
  const rows = await readRows<{ detail: Raw & Record<string, unknown> }>(DETAIL, { id });
  const row = rows[0];
  if (!row) return null;
  const { groups, sideLabels, ...summary } = row.detail;
  const sides = groups.map(([rep, ...others]) => ({ rep, others }));
  const corroborations = sides.flatMap(({ rep, others }, i) => {
    if (!rep) return [];
    const sources = distinct([rep.source.name, ...others.map((c) => c.source.name)]);
    const label = sideLabels?.[i];
    // Outlets, not claims: an outlet repeating its own figure counts once.
    return [{ sideClaimId: rep.id, sourceCount: sources.length, claims: others, sources, otherSources: sources.slice(1), ...(label ? { label } : {}) }];
  });
  return ContradictionDetail.parse({ ...summary, sides: sides.flatMap((s) => (s.rep ? [s.rep] : [])), corroborations });
}
