import neo4j from "neo4j-driver";
import { z } from "zod";
import { ContradictionKind, ContradictionSummary, Severity } from "@/lib/views/contradiction";
import { readRows } from "../driver";
import { CONTRADICTION_SUMMARY, INVOLVES, REPORTED_BY_AS_OF } from "./contradiction-fragments";
import { boundMillis } from "./timeline-cursor";

export const ListContradictionsOptions = z.object({
  entityId: z.string().min(1).optional(),
  kind: ContradictionKind.optional(),
  minSeverity: Severity.optional(),
  /** Only what had been reported by then (YYYY-MM-DD, the whole day, or an ISO date-time): see CONTRADICTION_SUMMARY. */
  asOf: z.string().optional(),
  limit: z.number().int().min(1).max(500).default(100),
});
export type ListContradictionsOptions = z.input<typeof ListContradictionsOptions>;

const RANK = { low: 1, medium: 2, high: 3 } as const;

const LIST = `
MATCH (k:Contradiction)
WHERE ($kind IS NULL OR k.kind = $kind)
  AND ($entityId IS NULL OR EXISTS { MATCH ${INVOLVES("k", "c", ":Entity {id: $entityId}")} WHERE ${REPORTED_BY_AS_OF("c")} })
${CONTRADICTION_SUMMARY}
  AND severityRank >= $minRank
RETURN summary ORDER BY severityRank DESC, latestMs DESC, summary.id LIMIT $limit`;

/** Contradictions, most severe first and then most recently reported, optionally for one entity or as of a date. */
export async function listContradictions(options: ListContradictionsOptions = {}): Promise<ContradictionSummary[]> {
  const o = ListContradictionsOptions.parse(options);
  const rows = await readRows<{ summary: unknown }>(LIST, {
    kind: o.kind ?? null,
    entityId: o.entityId ?? null,
    asOf: boundMillis(o.asOf, "end"),
    minRank: neo4j.int(o.minSeverity ? RANK[o.minSeverity] : 1),
    limit: neo4j.int(o.limit),
  });
  return rows.map((r) => ContradictionSummary.parse(r.summary));
}
