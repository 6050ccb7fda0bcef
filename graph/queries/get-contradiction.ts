import { z } from "zod";
import { ContradictionDetail } from "@/lib/views/contradiction";
import type { ClaimView } from "@/lib/views/claim";
import { readRows } from "../driver";
import { claimView } from "./claim-fragments";
import { CONTRADICTION_SUMMARY, REPORTED_BY_AS_OF } from "./contradiction-fragments";
import { boundMillis } from "./timeline-cursor";

export const GetContradictionOptions = z.object({
  /** The dispute as it stood then: only statements published on or before it; null if it had not arisen yet. */
  asOf: z.string().optional(),
});
export type GetContradictionOptions = z.input<typeof GetContradictionOptions>;

/**
 * Sides come from the SIDE edges' `side` index, each a list with its representative first, then by report. A SIDE edge
 * without an index (written before sides were grouped) is a side of its own.
 */
const DETAIL = `
MATCH (k:Contradiction {id: $id})
${CONTRADICTION_SUMMARY}
CALL (k) {
  MATCH (k)-[r:SIDE]->(c:Claim) WHERE ${REPORTED_BY_AS_OF("c")}
  WITH c, coalesce(toString(r.side), c.id) AS side, coalesce(r.side, 1000) AS sideOrder, coalesce(r.representative, true) AS rep
  ${claimView("c")}
  WITH side, sideOrder, cView, rep, c ORDER BY sideOrder, rep DESC, datetime(c.reportedAt), c.id
  WITH side, sideOrder, collect(cView) AS claims
  ORDER BY sideOrder, datetime(claims[0].reportedAt), claims[0].id
  RETURN collect({side: sideOrder, claims: claims}) AS groups
}
RETURN summary {.*, sideLabels: k.sideLabels, groups: groups} AS detail`;

type Raw = { sideLabels: string[] | null; groups: Array<{ side: number; claims: ClaimView[] }> };

const distinct = (xs: string[]) => [...new Set(xs)];

/**
 * One contradiction with each side's representative in `sides` and all its other statements in
 * `corroborations`. As of a date, a side whose representative came later is shown by its first
 * statement published by then.
 */
export async function getContradiction(id: string, options: GetContradictionOptions = {}): Promise<ContradictionDetail | null> {
  const o = GetContradictionOptions.parse(options);
  const rows = await readRows<{ detail: Raw & Record<string, unknown> }>(DETAIL, { id, asOf: boundMillis(o.asOf, "end") });
  const row = rows[0];
  if (!row) return null;
  const { groups, sideLabels, ...summary } = row.detail;
  const sides = groups.map(({ side, claims: [rep, ...others] }) => ({ side, rep, others }));
  const corroborations = sides.flatMap(({ side, rep, others }) => {
    if (!rep) return [];
    const sources = distinct([rep.source.name, ...others.map((c) => c.source.name)]);
    // Labels are indexed by the stored side, which stays right when a side is not known yet as of a date.
    const label = sideLabels?.[side];
    // Outlets, not claims: an outlet repeating its own figure counts once.
    return [{ sideClaimId: rep.id, sourceCount: sources.length, claims: others, sources, otherSources: sources.slice(1), ...(label ? { label } : {}) }];
  });
  return ContradictionDetail.parse({ ...summary, sides: sides.flatMap((s) => (s.rep ? [s.rep] : [])), corroborations });
}
