import neo4j from "neo4j-driver";
import { z } from "zod";
import { ContradictionKind, ContradictionSummary, Severity } from "@/lib/views/contradiction";
import { readRows } from "../driver";
import { CONTRADICTION_SUMMARY } from "./contradiction-fragments";

export const ListContradictionsOptions = z.object({
  entityId: z.string().min(1).optional(),
  kind: ContradictionKind.optional(),
  minSeverity: Severity.optional(),
  limit: z.number().int().min(1).max(500).default(100),
});
export type ListContradictionsOptions = z.input<typeof ListContradictionsOptions>;

const RANK = { low: 1, medium: 2, high: 3 } as const;

/** Contradictions, most severe first and then most recently reported, optionally for one entity. */
export async function listContradictions(options: ListContradictionsOptions = {}): Promise<ContradictionSummary[]> {
  const o = ListContradictionsOptions.parse(options);
  const rows = await readRows<{ summary: unknown }>(
    `MATCH (k:Contradiction)
     WHERE ($kind IS NULL OR k.kind = $kind)
       AND ($entityId IS NULL OR EXISTS { (k)-[:SIDE]->(:Claim)-[:ABOUT|OBJECT|ASSERTED_BY]->(:Entity {id: $entityId}) })
     ${CONTRADICTION_SUMMARY}
     WHERE severityRank >= $minRank
     RETURN summary ORDER BY severityRank DESC, summary.latestReportedAt DESC, summary.id LIMIT $limit`,
    { kind: o.kind ?? null, entityId: o.entityId ?? null, minRank: neo4j.int(o.minSeverity ? RANK[o.minSeverity] : 1), limit: neo4j.int(o.limit) },
  );
  return rows.map((r) => ContradictionSummary.parse(r.summary));
}
