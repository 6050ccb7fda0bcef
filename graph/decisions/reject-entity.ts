import { z } from "zod";
import type { DecisionView } from "@/lib/views/decision";
import { DECISION_VIEW, DecisionInput, newDecisionId, notFound, parseDecision } from "./decision-record";
import { inWriteTx } from "./write-tx";

export const RejectEntityInput = DecisionInput.extend({ id: z.string().min(1) });
export type RejectEntityInput = z.input<typeof RejectEntityInput>;

/**
 * Marks a false entity ("this is not an entity"): it loses the Entity label, so no query shows it,
 * but keeps its relationships, so the decision can be reversed; later ingests drop it
 * (graph/write/resolve-entities.ts).
 */
const REJECT = `
MATCH (e:Entity {id: $id})
CREATE (d:Decision {id: $decisionId, kind: 'reject', fromId: e.id, intoId: null, fromName: e.name, intoName: null,
                    by: $by, at: $at, reason: $reason, active: true})
REMOVE e:Entity
SET e:RejectedEntity
RETURN ${DECISION_VIEW} AS decision`;

export async function rejectEntity(input: RejectEntityInput): Promise<DecisionView> {
  const o = RejectEntityInput.parse(input);
  const at = o.at ?? new Date().toISOString();
  const decisionId = newDecisionId("reject", o.id, null, at);
  return inWriteTx(async (run) => {
    const [row] = await run<{ decision: unknown }>(REJECT, { id: o.id, decisionId, at, by: o.by, reason: o.reason ?? null });
    if (!row) throw notFound(o.id);
    return parseDecision(row.decision);
  });
}
