import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { DecisionView } from "@/lib/views/decision";
import { DECISION_VIEW, DecisionInput, newDecisionId, notFound, parseDecision } from "./decision-record";
import { regroupIncomingAt } from "./regroup-incoming";
import { regroupRelationsAt } from "./regroup-relations";
import { inWriteTx } from "./write-tx";

export const MergeEntitiesInput = DecisionInput.extend({ fromId: z.string().min(1), intoId: z.string().min(1) });
export type MergeEntitiesInput = z.input<typeof MergeEntitiesInput>;

const RECORD = `
MATCH (f:Entity {id: $fromId}), (t:Entity {id: $intoId})
WITH f, t, [x IN [f.name] + coalesce(f.aliases, []) WHERE x <> t.name AND NOT x IN coalesce(t.aliases, [])] AS added
CREATE (d:Decision {id: $id, kind: 'merge', fromId: f.id, intoId: t.id, fromName: f.name, intoName: t.name,
                    by: $by, at: $at, reason: $reason, active: true, addedAliases: reduce(acc = [], x IN added | CASE WHEN x IN acc THEN acc ELSE acc + x END)})
SET t.aliases = coalesce(t.aliases, []) + d.addedAliases
SET t.aliasText = reduce(s = '', x IN t.aliases | s + ' | ' + x)
WITH f, t, d
// Earlier merges into the entity now merged away follow it, so later ingests land on the survivor.
OPTIONAL MATCH (older:Decision {kind: 'merge', intoId: f.id, active: true})
SET older.intoId = t.id, older.intoName = t.name
RETURN ${DECISION_VIEW} AS decision`;

const RETIRE_FROM = "MATCH (f:Entity {id: $fromId}) REMOVE f:Entity SET f:MergedEntity, f.mergedInto = $intoId";

/**
 * Merges one entity into another now (every relationship moves to the survivor, folded into the one
 * already there from the same article, claim or event; names become its aliases) and records the decision, which graph/write/resolve-entities.ts applies to later ingests.
 */
export async function mergeEntities(input: MergeEntitiesInput): Promise<DecisionView> {
  const o = MergeEntitiesInput.parse(input);
  if (o.fromId === o.intoId) throw new AppError("USAGE", "An entity cannot be merged into itself; name two different entities.");
  const at = o.at ?? new Date().toISOString();
  const id = newDecisionId("merge", o.fromId, o.intoId, at);
  return inWriteTx(async (run) => {
    const found = await run<{ id: string }>("MATCH (e:Entity) WHERE e.id IN [$fromId, $intoId] RETURN e.id AS id", o);
    for (const needed of [o.fromId, o.intoId]) if (!found.some((f) => f.id === needed)) throw notFound(needed);
    const [row] = await run<{ decision: unknown }>(RECORD, { ...o, id, at, reason: o.reason ?? null });
    await run(RETIRE_FROM, o);
    await regroupIncomingAt(run, [o.fromId, o.intoId]);
    await regroupRelationsAt(run, [o.fromId, o.intoId]);
    return parseDecision(row?.decision);
  });
}
