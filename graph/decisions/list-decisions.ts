import neo4j from "neo4j-driver";
import type { DecisionView } from "@/lib/views/decision";
import { readRows } from "../driver";
import { DECISION_VIEW, parseDecision } from "./decision-record";

/** Decisions, newest first, optionally only those touching one entity. */
export async function listDecisions(options: { entityId?: string; limit?: number } = {}): Promise<DecisionView[]> {
  const rows = await readRows<{ decision: unknown }>(
    `MATCH (d:Decision) WHERE $entityId IS NULL OR $entityId IN [d.fromId, d.intoId]
     RETURN ${DECISION_VIEW} AS decision ORDER BY d.at DESC, d.id LIMIT $limit`,
    { entityId: options.entityId ?? null, limit: neo4j.int(Math.min(Math.max(options.limit ?? 200, 1), 1000)) },
  );
  return rows.map((r) => parseDecision(r.decision));
}
