import { z } from "zod";
import type { DecisionView } from "@/lib/views/decision";
import { DECISION_VIEW, DecisionInput, newDecisionId, notFound, parseDecision } from "./decision-record";
import { inWriteTx } from "./write-tx";

export const KeepApartInput = DecisionInput.extend({ aId: z.string().min(1), bId: z.string().min(1) });
export type KeepApartInput = z.input<typeof KeepApartInput>;

/** Records that two entities are different (two people with one surname), so alias matching never merges them. */
export async function keepApart(input: KeepApartInput): Promise<DecisionView> {
  const o = KeepApartInput.parse(input);
  const at = o.at ?? new Date().toISOString();
  const id = newDecisionId("keep_apart", o.aId, o.bId, at);
  return inWriteTx(async (run) => {
    const [row] = await run<{ decision: unknown }>(
      `MATCH (f:Entity {id: $aId}), (t:Entity {id: $bId})
       CREATE (d:Decision {id: $id, kind: 'keep_apart', fromId: f.id, intoId: t.id, fromName: f.name, intoName: t.name, by: $by, at: $at, reason: $reason, active: true})
       RETURN ${DECISION_VIEW} AS decision`,
      { ...o, id, at, reason: o.reason ?? null },
    );
    if (!row) throw notFound(`${o.aId} or ${o.bId}`);
    return parseDecision(row.decision);
  });
}
